/**
 * The HTML of the budget's public pages: plain forms with POST and labelled controls, so they work
 * without JavaScript; texts in the tenant's language (tenant-texts.ts). Free text from tenants and
 * staff is masked for personal data on the way out (it was refused when written; this is the belt).
 */
import { maskPersonalData } from '../../core/personal-data';
import { formatCount, formatDate, formatPercent } from '../../shared/format';
import { escapeHtml as e } from '../../shared/html';
import { type TenantLanguage, tenantPage } from '../../shared/tenant-page';
import type { BudgetResult, Phase, PhaseDates } from './participatory-budget.contract';
import { votingOver } from './phases';
import { type BudgetTexts, budgetTexts } from './tenant-texts';

export const kronor = (amount: number, lang: TenantLanguage) => `${formatCount(amount, lang)} kr`;
/** A long date in Swedish and English; ISO (2026-11-16) for Arabic and Somali, which the formats lack. */
const day = (date: string, lang: TenantLanguage) =>
  lang === 'sv' || lang === 'en' ? formatDate(date, lang, 'long') : formatDate(date, 'sv');
const text = (s: string) => e(maskPersonalData(s));

export type PublicProposal = {
  number: number;
  title: string;
  description: string;
  costEstimate: number;
  status: 'submitted' | 'feasible' | 'rejected';
  reviewedCost: number | null;
  rejectionReason: string | null;
};

export type PublicBudget = {
  areaName: string;
  organisationName: string;
  year: number;
  amount: number;
  votingMethod: string;
  phase: Phase;
  dates: PhaseDates;
  proposals: PublicProposal[];
  result: BudgetResult | null;
};

/** What a re-shown proposal form keeps, and what was wrong. */
export type ProposalForm = { values: Record<string, string>; error: string | null };

export function page(lang: TenantLanguage, title: string, main: string, path: string, noindex = false) {
  return tenantPage({ language: lang, title, main, path, noindex });
}

/** A heading and a paragraph: the pages for codes that do not work, closed votes, unknown budgets. */
export function messagePage(
  lang: TenantLanguage,
  path: string,
  heading: keyof BudgetTexts,
  body: keyof BudgetTexts,
  back?: string,
) {
  const t = budgetTexts[lang];
  const link = back ? `<p><a href="${e(back)}?lang=${lang}">${e(t.back)}</a></p>` : '';
  return page(
    lang,
    `${String(t[heading])} – ${t.title}`,
    `<h1>${e(String(t[heading]))}</h1><p>${e(String(t[body]))}</p>${link}`,
    path,
    true,
  );
}

function phaseList(b: PublicBudget, t: BudgetTexts, lang: TenantLanguage) {
  const rows: [Phase, string][] = [
    ['proposals', b.dates.proposalsFrom],
    ['review', b.dates.reviewFrom],
    ['voting', b.dates.votingFrom],
    ['result', b.dates.resultFrom],
    ['implementation', b.dates.implementationFrom],
  ];
  const items = rows
    .map(([phase, from]) => {
      const current = phase === b.phase ? ' aria-current="step"' : '';
      const label = phase === b.phase ? `<strong>${e(t.phases[phase])}</strong>` : e(t.phases[phase]);
      return `<li${current}>${label} – ${e(t.from)} <time datetime="${from}">${e(day(from, lang))}</time></li>`;
    })
    .join('');
  return `<h2 id="phases">${e(t.phase)}: ${e(t.phases[b.phase])}</h2><ol>${items}</ol>`;
}

function proposalItem(p: PublicProposal, t: BudgetTexts, lang: TenantLanguage) {
  const cost =
    p.reviewedCost !== null
      ? `${e(t.reviewedCost)}: ${e(kronor(p.reviewedCost, lang))}`
      : `${e(t.costEstimate)}: ${e(kronor(p.costEstimate, lang))}`;
  const reason = p.rejectionReason ? `<span>${e(t.reason)}: ${text(p.rejectionReason)}</span>` : '';
  return `<li class="entry"><strong>${p.number}. ${text(p.title)}</strong><span>${text(p.description)}</span><span>${cost}</span><span><em>${e(t.status[p.status])}</em></span>${reason}</li>`;
}

function proposalForm(path: string, lang: TenantLanguage, t: BudgetTexts, form?: ProposalForm) {
  const v = (name: string) => e(form?.values[name] ?? '');
  const error = form?.error ? `<p class="error" role="alert">${e(form.error)}</p>` : '';
  const input = (id: string, label: string, type: string, extra = '') =>
    `<p><label for="${id}">${e(label)}</label><br><input id="${id}" name="${id}" type="${type}" value="${v(id)}" ${extra} style="width:100%;font:inherit;padding:.5rem"></p>`;
  return `<h2 id="propose">${e(t.propose)}</h2>${error}<p>${e(t.proposeIntro)}</p><p class="hint">${e(t.noPersonalData)}</p>
<form method="post" action="${e(path)}#propose"><input type="hidden" name="lang" value="${lang}">
${input('title', t.proposalTitle, 'text', 'required maxlength="120"')}
<p><label for="description">${e(t.description)}</label><br><textarea id="description" name="description" required maxlength="2000">${v('description')}</textarea></p>
${input('costEstimate', `${t.costEstimate} (kr)`, 'number', 'required min="0" step="1" inputmode="numeric"')}
<p><label for="contactEmail">${e(t.contact)}</label><br><span class="hint" id="contact-hint">${e(t.contactHint)}</span><input id="contactEmail" name="contactEmail" type="email" value="${v('contactEmail')}" aria-describedby="contact-hint" style="width:100%;font:inherit;padding:.5rem"></p>
<button type="submit">${e(t.send)}</button></form>`;
}

function codeForm(lang: TenantLanguage, t: BudgetTexts) {
  return `<h2 id="vote">${e(t.vote)}</h2><p>${e(t.voteIntro)}</p>
<form method="get" action="/boendebudget/rosta"><input type="hidden" name="lang" value="${lang}">
<p><label for="code">${e(t.code)}</label><br><span class="hint" id="code-hint">${e(t.codeHint)}</span><input id="code" name="code" type="text" autocomplete="off" autocapitalize="characters" required aria-describedby="code-hint" style="width:100%;font:inherit;padding:.5rem"></p>
<button type="submit">${e(t.next)}</button></form>`;
}

function resultSection(r: BudgetResult, t: BudgetTexts, lang: TenantLanguage) {
  const turnout =
    r.turnout !== null ? ` (${e(formatPercent(r.turnout, lang === 'sv' ? 'sv' : 'en', 0))})` : '';
  const rows = r.projects
    .map((p) => {
      const paid = p.payments?.length
        ? `<br><small>${e(t.paidBy)}: ${p.payments.map((s) => e(t.payment(s.voters, kronor(s.amount, lang)))).join(', ')}</small>`
        : '';
      return `<tr><th scope="row">${p.number}. ${text(p.title)}${paid}</th><td>${formatCount(p.votes, lang)}</td><td>${e(kronor(p.cost, lang))}</td><td>${e(p.selected ? t.selected : t.notSelected)}</td></tr>`;
    })
    .join('');
  const winners = r.projects
    .filter((p) => p.selected)
    .map((p) => {
      const status = p.actionStatus
        ? ` – <em>${e(t.actionStatus[p.actionStatus as keyof BudgetTexts['actionStatus']])}</em>`
        : '';
      return `<li>${text(p.title)}${status}</li>`;
    })
    .join('');
  return `<h2 id="result">${e(t.result)}</h2><p>${e(t.ballots)}: ${formatCount(r.ballots, lang)}${turnout}</p>
<div class="scroll"><table><thead><tr><th scope="col"></th><th scope="col">${e(t.votes)}</th><th scope="col">${e(t.cost)}</th><th scope="col"></th></tr></thead><tbody>${rows}</tbody></table></div>
<h2 id="winners">${e(t.winners)}</h2><ul>${winners}</ul>`;
}

/** The budget's page: amount, phases, proposals with their review, and what the phase offers. */
export function budgetPage(
  b: PublicBudget,
  lang: TenantLanguage,
  path: string,
  notice: { sent?: boolean; form?: ProposalForm } = {},
) {
  const t = budgetTexts[lang];
  const title = t.heading(b.areaName, b.year);
  const sent = notice.sent ? `<p role="status"><strong>${e(t.sent)}</strong></p>` : '';
  // A refusal outside the proposal phase has no form to stand by: it goes at the top.
  const refused =
    notice.form?.error && b.phase !== 'proposals'
      ? `<p class="error" role="alert">${e(notice.form.error)}</p>`
      : '';
  const list = b.proposals.length
    ? `<ul class="plain">${b.proposals.map((p) => proposalItem(p, t, lang)).join('')}</ul>`
    : `<p>${e(t.noProposals)}</p>`;
  const offer =
    b.phase === 'proposals'
      ? proposalForm(path, lang, t, notice.form)
      : b.phase === 'voting'
        ? codeForm(lang, t)
        : b.result && votingOver(b.phase)
          ? resultSection(b.result, t, lang)
          : '';
  const main = `<p><small>${e(b.organisationName)}</small></p><h1>${e(title)}</h1>${sent}${refused}<p>${e(t.intro)}</p>
<p>${e(t.amount)}: <strong>${e(kronor(b.amount, lang))}</strong></p>${phaseList(b, t, lang)}${offer}
<h2 id="proposals">${e(t.proposals)}</h2>${list}`;
  return page(lang, title, main, path);
}

export type BallotProject = { id: string; number: number; title: string; description: string; cost: number };

/** The ballot: a checkbox per project (`project_<number>`), blank allowed; ticks kept when re-shown. */
export function ballotPage(
  lang: TenantLanguage,
  path: string,
  budget: { areaName: string; year: number; amount: number; votingMethod: string },
  projects: BallotProject[],
  ticked: ReadonlySet<string> = new Set(),
  error: string | null = null,
) {
  const t = budgetTexts[lang];
  const help =
    budget.votingMethod === 'knapsack' ? t.knapsackHelp(kronor(budget.amount, lang)) : t.approvalHelp;
  const boxes = projects
    .map((p) => {
      const id = `project_${p.number}`;
      const checked = ticked.has(p.id) ? ' checked' : '';
      return `<label for="${id}"><input type="checkbox" id="${id}" name="${id}" value="1"${checked} style="width:1.4rem;height:1.4rem;flex:none"> <span><strong>${p.number}. ${text(p.title)}</strong> – ${e(kronor(p.cost, lang))}<br><small>${text(p.description)}</small></span></label>`;
    })
    .join('');
  const alert = error ? `<p class="error" role="alert">${e(error)}</p>` : '';
  const title = `${t.ballot} – ${t.heading(budget.areaName, budget.year)}`;
  const main = `<h1>${e(t.heading(budget.areaName, budget.year))}</h1>${alert}<p>${e(help)}</p><p class="hint">${e(t.blankHelp)}</p><p class="hint">${e(t.secrecy)}</p>
<form method="post" action="${e(path)}"><input type="hidden" name="lang" value="${lang}"><fieldset><legend>${e(t.ballot)}</legend><div class="opts">${boxes}</div></fieldset><button type="submit">${e(t.castVote)}</button></form>`;
  return page(lang, title, main, path, true);
}

/** The page to type a code on, for a tenant who came without one (`/boendebudget/rosta`). */
export function codePage(lang: TenantLanguage, path: string) {
  const t = budgetTexts[lang];
  return page(lang, `${t.vote} – ${t.title}`, `<h1>${e(t.title)}</h1>${codeForm(lang, t)}`, path, true);
}
