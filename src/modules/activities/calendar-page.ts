import type { Language } from '../../core/i18n/i18n';
import { translator } from '../../core/i18n/i18n';
import type { CalendarEntry } from './calendar';

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/** The page around a calendar's content: plain HTML, no script, readable on a phone. */
function layout(language: Language, head: { title: string; icsUrl?: string }, body: string): string {
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${head.title}</title>
${head.icsUrl ? `<link rel="alternate" type="text/calendar" href="${escapeHtml(head.icsUrl)}">\n` : ''}<style>
body{font-family:system-ui,sans-serif;margin:0;padding:1rem;max-width:44rem;color:#1a1a1a;line-height:1.5}
h1{font-size:1.5rem}h2{font-size:1.1rem;margin-top:1.5rem;text-transform:capitalize}
ul{list-style:none;padding:0}.entry{border-left:4px solid #1c6b48;padding:.25rem .75rem;margin:.5rem 0}
.entry span{display:block}a{color:#0b5394}.areas li{margin:.5rem 0}
</style>
</head>
<body>
${body}
</body>
</html>`;
}

const htmlTranslator = (language: Language) => {
  const t = translator(language, 'activities:calendar');
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
  return layout(
    language,
    { title: t('indexTitle', { organisation: data.organisationName }) },
    `<header><p>${escapeHtml(data.organisationName)}</p><h1>${t('indexTitle', { organisation: data.organisationName })}</h1></header>
<main>
<p>${t('indexLead')}</p>
<ul class="areas">
${items}
</ul>
</main>`,
  );
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
  const dateFormat = new Intl.DateTimeFormat(language === 'sv' ? 'sv-SE' : 'en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  });
  const days = new Map<string, CalendarEntry[]>();
  for (const e of data.entries) days.set(e.date, [...(days.get(e.date) ?? []), e]);
  const list = [...days.entries()]
    .map(
      ([date, entries]) => `<section aria-labelledby="d-${date}">
  <h2 id="d-${date}"><time datetime="${date}">${escapeHtml(dateFormat.format(new Date(`${date}T00:00:00Z`)))}</time></h2>
  <ul>${entries
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
  return layout(
    language,
    { title: t('title', { area: data.area.name }), icsUrl: data.icsUrl },
    `<header><p>${escapeHtml(data.area.organisationName)}</p><h1>${t('title', { area: data.area.name })}</h1></header>
<main>
${list || `<p>${t('empty')}</p>`}
</main>
<footer><p><a href="${escapeHtml(data.icsUrl)}">${t('subscribe')}</a></p><p><a href="${escapeHtml(data.indexUrl)}">${t('allAreas')}</a></p></footer>`,
  );
}
