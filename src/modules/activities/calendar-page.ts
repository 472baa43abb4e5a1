import type { Language } from '../../core/i18n/i18n';
import { translator } from '../../core/i18n/i18n';
import { formatDate } from '../../shared/format';
import { escapeHtml, publicPage } from '../../shared/html';
import type { CalendarEntry } from './calendar';

const plain = (language: Language) => translator(language, 'activities:calendar');

const htmlTranslator = (language: Language) => {
  const t = plain(language);
  return (key: string, params: Record<string, unknown> = {}) => escapeHtml(t(key, params));
};

/** The organisation's calendar index: every area, linked to its calendar, with what is on. */
export function calendarIndexPage(
  language: Language,
  data: { organisationName: string; areas: { code: string; name: string; sessions: number }[]; base: string },
): string {
  const t = htmlTranslator(language);
  const items = data.areas
    .map(
      (a) =>
        `<li><a href="${escapeHtml(`${data.base}/${encodeURIComponent(a.code)}`)}">${escapeHtml(a.name)}</a> – ${t('upcoming', { count: a.sessions })}</li>`,
    )
    .join('\n');
  const title = plain(language)('indexTitle', { organisation: data.organisationName });
  return publicPage({
    language,
    title,
    header: `<p>${escapeHtml(data.organisationName)}</p>`,
    main: `<h1>${escapeHtml(title)}</h1>
<p>${t('indexLead')}</p>
<ul class="plain">
${items}
</ul>`,
  });
}

/** The public calendar page of an area. */
export function calendarPage(
  language: Language,
  data: {
    area: { name: string; organisationName: string };
    entries: CalendarEntry[];
    icsUrl: string;
    indexUrl: string;
  },
): string {
  const t = htmlTranslator(language);
  const days = new Map<string, CalendarEntry[]>();
  for (const e of data.entries) days.set(e.date, [...(days.get(e.date) ?? []), e]);
  const list = [...days.entries()]
    .map(
      ([date, entries]) => `<section aria-labelledby="d-${date}">
  <h2 id="d-${date}"><time datetime="${date}">${escapeHtml(formatDate(date, language, 'weekday'))}</time></h2>
  <ul class="plain">${entries
    .map(
      (e) => `
    <li class="entry"><strong>${escapeHtml(e.activity)}</strong>
      <span>${e.startTime ? `${escapeHtml(e.startTime)}${e.endTime ? `–${escapeHtml(e.endTime)}` : ''}` : t('all_day')}</span>
      ${e.place ? `<span>${t('place')}: ${escapeHtml(e.place)}</span>` : ''}
      ${e.targetGroups.length ? `<span>${t('for')}: ${e.targetGroups.map((g) => t(`target.${g}`)).join(', ')}</span>` : ''}
      ${e.description ? `<p>${escapeHtml(e.description)}</p>` : ''}</li>`,
    )
    .join('')}
  </ul>
</section>`,
    )
    .join('\n');
  const title = plain(language)('title', { area: data.area.name });
  return publicPage({
    language,
    title,
    head: `<link rel="alternate" type="text/calendar" href="${escapeHtml(data.icsUrl)}">\n`,
    header: `<p>${escapeHtml(data.area.organisationName)}</p>`,
    main: `<h1>${escapeHtml(title)}</h1>
${list || `<p>${t('empty')}</p>`}`,
    footer: `<p><a href="${escapeHtml(data.icsUrl)}">${t('subscribe')}</a></p><p><a href="${escapeHtml(data.indexUrl)}">${t('allAreas')}</a></p>`,
  });
}
