import { and, asc, desc, eq } from 'drizzle-orm';
import type { Db } from '../../core/db/client';
import type { Language } from '../../core/i18n/i18n';
import { maskPersonalData } from '../../core/personal-data';
import { escapeHtml, languageSwitch, publicPage } from '../../shared/html';
import { publicArea } from '../areas';
import { actions, findings, safetyWalks } from './rounds.table';

/** One done action as the page shows it: the Swedish text, and the English one when written. */
export type PublicDone = { text: string; textEn: string | null; closedOn: string | null };
export type PublicWalk = { title: string; walkOn: string; done: PublicDone[] };

/**
 * What was done after the safety walks of an area, for the public page. Only done actions, their
 * public wording (falling back to the title), dates — never owners, people or notes. Contact
 * details that slipped into a title are masked (public texts are refused with them when saved).
 */
export async function publicWalkFollowUp(db: Db, orgSlug: string, areaCode: string) {
  const area = await publicArea(db, orgSlug, areaCode);
  const walks = await db
    .select({ id: safetyWalks.id, title: safetyWalks.title, walkOn: safetyWalks.walkOn })
    .from(safetyWalks)
    .where(and(eq(safetyWalks.organisationId, area.organisationId), eq(safetyWalks.areaId, area.id)))
    .orderBy(desc(safetyWalks.walkOn));
  const done = await db
    .select({
      walkId: findings.walkId,
      title: actions.title,
      publicText: actions.publicText,
      publicTextEn: actions.publicTextEn,
      closedOn: actions.closedOn,
    })
    .from(actions)
    .innerJoin(findings, eq(findings.id, actions.findingId))
    .where(
      and(
        eq(actions.organisationId, area.organisationId),
        eq(findings.areaId, area.id),
        eq(actions.status, 'done'),
      ),
    )
    .orderBy(asc(actions.closedOn));
  const list: PublicWalk[] = walks.map((w) => ({
    title: maskPersonalData(w.title),
    walkOn: w.walkOn,
    done: done
      .filter((d) => d.walkId === w.id)
      .map((d) => ({
        text: maskPersonalData(d.publicText?.trim() || d.title),
        textEn: d.publicTextEn?.trim() ? maskPersonalData(d.publicTextEn.trim()) : null,
        closedOn: d.closedOn,
      })),
  }));
  return { area: { name: area.name, organisationName: area.organisationName }, walks: list };
}

const words = {
  sv: {
    title: 'Ni sa – vi gjorde',
    intro:
      'Här ser du vad vi har gjort efter trygghetsvandringarna i ditt område. Tack för att du var med och berättade vad som behövde bli bättre.',
    walk: 'Trygghetsvandring',
    done: 'Klart',
    none: 'Inga åtgärder är klara ännu. Vi arbetar med dem.',
    noWalks: 'Det har inte varit någon trygghetsvandring här ännu.',
    language: 'Språk',
  },
  en: {
    title: 'You said – we did',
    intro:
      'This page shows what we have done after the safety walks in your area. Thank you for taking part and telling us what needed to get better.',
    walk: 'Safety walk',
    done: 'Done',
    none: 'No actions are finished yet. We are working on them.',
    noWalks: 'There has not been a safety walk here yet.',
    language: 'Language',
  },
} as const;

const languageLinks = [
  { language: 'sv', name: 'Svenska', href: '?lang=sv' },
  { language: 'en', name: 'English', href: '?lang=en' },
];

/** An action's text in the page's language; Swedish text on the English page is marked as Swedish. */
function doneText(language: Language, d: PublicDone): string {
  if (language === 'en' && d.textEn) return escapeHtml(d.textEn);
  if (language === 'en') return `<span lang="sv">${escapeHtml(d.text)}</span>`;
  return escapeHtml(d.text);
}

/** The public page: plain language, no names, readable without JavaScript. */
export function publicFollowUpPage(
  language: Language,
  data: Awaited<ReturnType<typeof publicWalkFollowUp>>,
): string {
  const t = words[language];
  const walks = data.walks.length
    ? data.walks
        .map(
          (w) =>
            `<section><h2>${t.walk} ${escapeHtml(w.walkOn)}: ${escapeHtml(w.title)}</h2>${
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
        .join('\n')
    : `<p>${t.noWalks}</p>`;
  return publicPage({
    language,
    title: `${t.title} – ${data.area.name}`,
    header: `<p>${escapeHtml(data.area.organisationName)}</p>${languageSwitch(language, t.language, languageLinks)}`,
    main: `<h1>${t.title}: ${escapeHtml(data.area.name)}</h1>
<p>${t.intro}</p>
${walks}`,
  });
}
