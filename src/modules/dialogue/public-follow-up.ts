/**
 * The area's public "Ni sa – vi gjorde" page: what tenants raised in dialogues, the company's
 * response and what became of it, and what was done after the safety walks (the rounds module's
 * data). Only public wording, masked for contact details; never names, staff notes or who held a
 * dialogue. Plain HTML in the four tenant languages, readable without JavaScript.
 */
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../core/db/client';
import { maskPersonalData } from '../../core/personal-data';
import { escapeHtml } from '../../shared/html';
import { type TenantLanguage, tenantPage } from '../../shared/tenant-page';
import { linkedActions, type PublicDone, type PublicWalk } from '../rounds';
import { dialoguePoints, dialogues } from './dialogue.table';
import { followUpTexts } from './public-texts';
import type { DialogueMethod } from './vocabulary';

/** What became of a point: done (with its day) or under way, with the action's public wording. */
export type PublicOutcome = { done: boolean; closedOn: string | null; text: string | null };
export type PublicPoint = { text: string; response: string; outcome: PublicOutcome | null };
export type PublicDialogue = { title: string; heldOn: string; method: DialogueMethod; points: PublicPoint[] };

export type FollowUpPageData = {
  area: { name: string; organisationName: string };
  walks: PublicWalk[];
  /** Absent on pages made before dialogues were shown: none. */
  dialogues?: PublicDialogue[];
};

const masked = (text: string | null | undefined) => (text?.trim() ? maskPersonalData(text.trim()) : '');

/**
 * The area's dialogues that have points, newest first, with each point's public outcome: a done
 * action with its closing day, an open or started one as under way; one the company decided not
 * to do shows only the response, which says why.
 */
export async function publicDialogues(db: Db, organisationId: string, areaId: string) {
  const held = await db
    .select({ id: dialogues.id, title: dialogues.title, heldOn: dialogues.heldOn, method: dialogues.method })
    .from(dialogues)
    .where(and(eq(dialogues.organisationId, organisationId), eq(dialogues.areaId, areaId)))
    .orderBy(desc(dialogues.heldOn), asc(dialogues.title));
  if (held.length === 0) return [];
  const points = await db
    .select()
    .from(dialoguePoints)
    .where(
      and(
        eq(dialoguePoints.organisationId, organisationId),
        inArray(
          dialoguePoints.dialogueId,
          held.map((d) => d.id),
        ),
      ),
    )
    .orderBy(asc(dialoguePoints.createdAt), asc(dialoguePoints.id));
  const actions = await linkedActions(
    db,
    organisationId,
    points.flatMap((pt) => (pt.actionId ? [pt.actionId] : [])),
  );
  const outcomeOf = (actionId: string | null): PublicOutcome | null => {
    const action = actionId ? actions.get(actionId) : undefined;
    if (!action || action.status === 'wont_do') return null;
    const done = action.status === 'done';
    return { done, closedOn: done ? action.closedOn : null, text: masked(action.publicText) || null };
  };
  return held.flatMap((d): PublicDialogue[] => {
    const own = points.filter((pt) => pt.dialogueId === d.id);
    if (own.length === 0) return [];
    return [
      {
        title: masked(d.title),
        heldOn: d.heldOn,
        method: d.method,
        points: own.map((pt) => ({
          text: masked(pt.text),
          response: masked(pt.response),
          outcome: outcomeOf(pt.actionId),
        })),
      },
    ];
  });
}

/** Staff write in Swedish: on a page in another language their words are marked as Swedish. */
function swedish(language: TenantLanguage, text: string): string {
  return language === 'sv' ? escapeHtml(text) : `<span lang="sv">${escapeHtml(text)}</span>`;
}

/** A walk's done action in the page's language: English when written, else Swedish marked as such. */
function doneText(language: TenantLanguage, d: PublicDone): string {
  if (language === 'en' && d.textEn) return escapeHtml(d.textEn);
  return swedish(language, d.text);
}

function walkSection(language: TenantLanguage, data: FollowUpPageData): string {
  const t = followUpTexts[language];
  if (!data.walks.length) return `<p>${t.noWalks}</p>`;
  return data.walks
    .map(
      (w) =>
        `<section><h3>${t.walk} ${escapeHtml(w.walkOn)}: ${swedish(language, w.title)}</h3>${
          w.done.length
            ? `<ul>${w.done
                .map(
                  (d) =>
                    `<li>${doneText(language, d)}${d.closedOn ? ` <small>(${t.done} ${escapeHtml(d.closedOn)})</small>` : ''}</li>`,
                )
                .join('')}</ul>`
            : `<p>${t.none}</p>`
        }</section>`,
    )
    .join('\n');
}

function outcomeLine(language: TenantLanguage, point: PublicPoint): string {
  const t = followUpTexts[language];
  const outcome = point.outcome;
  if (!outcome) return '';
  // The action's own wording only where it says more than the point (it starts as the point's).
  const what = outcome.text && outcome.text !== point.text ? swedish(language, outcome.text) : '';
  if (!outcome.done) return `<p class="outcome"><strong>${t.underWay}</strong>${what ? `: ${what}` : ''}</p>`;
  const day = outcome.closedOn ? ` ${escapeHtml(outcome.closedOn)}` : '';
  return `<p class="outcome"><strong>${t.weDid}:</strong> ${what ? `${what} ` : ''}<small>(${t.done}${day})</small></p>`;
}

function dialogueSection(language: TenantLanguage, list: readonly PublicDialogue[]): string {
  const t = followUpTexts[language];
  if (!list.length) return `<p>${t.noDialogues}</p>`;
  return list
    .map(
      (d) =>
        `<section><h3>${t.methods[d.method]} ${escapeHtml(d.heldOn)}: ${swedish(language, d.title)}</h3><ul class="points">${d.points
          .map(
            (pt) =>
              `<li><p><strong>${t.youSaid}:</strong> ${swedish(language, pt.text)}</p>${
                pt.response
                  ? `<p><strong>${t.ourResponse}:</strong> ${swedish(language, pt.response)}</p>`
                  : ''
              }${outcomeLine(language, pt)}</li>`,
          )
          .join('')}</ul></section>`,
    )
    .join('\n');
}

/**
 * The whole page. `path` is the page's own address for the language links; left out, they are
 * relative (`?lang=en`), which keeps the reader on the same page as well.
 */
export function publicFollowUpPage(language: TenantLanguage, data: FollowUpPageData, path = ''): string {
  const t = followUpTexts[language];
  return tenantPage({
    language,
    path,
    title: `${t.title} – ${data.area.name}`,
    banner: `<p>${escapeHtml(data.area.organisationName)}</p>`,
    main: `<h1>${t.title}: ${escapeHtml(data.area.name)}</h1>
<p>${t.intro}</p>
<h2>${t.dialogues}</h2>
${dialogueSection(language, data.dialogues ?? [])}
<h2>${t.walks}</h2>
${walkSection(language, data)}`,
  });
}

/** The page for an unknown organisation or area, in the reader's language (sent as a 404). */
export function followUpNotFoundPage(language: TenantLanguage, path: string): string {
  const t = followUpTexts[language];
  return tenantPage({
    language,
    path,
    title: `${t.notFound} – ${t.title}`,
    main: `<h1>${t.notFound}</h1>\n<p>${t.notFoundBody}</p>`,
  });
}
