import { and, asc, eq, gte, lte } from 'drizzle-orm';
import ical from 'ical-generator';
import type { Db } from '../../core/db/client';
import { AppError } from '../../core/errors';
import type { Language } from '../../core/i18n/i18n';
import { translate } from '../../core/i18n/i18n';
import { organisations } from '../../core/organisation.table';
import { areas } from '../areas';
import { activities, activitySessions } from './activities.table';
import { localDate, localToInstant } from './local-time';

export type CalendarEntry = {
  id: string;
  activity: string;
  description: string;
  targetGroups: string[];
  date: string;
  startTime: string | null;
  endTime: string | null;
  place: string;
};

/** The sessions of public, active activities in an area between two dates (public data only). */
export async function publicSessions(db: Db, orgSlug: string, areaCode: string, from: string, to: string) {
  const [area] = await db
    .select({ id: areas.id, name: areas.name, code: areas.code, organisationName: organisations.name })
    .from(areas)
    .innerJoin(organisations, eq(organisations.id, areas.organisationId))
    .where(and(eq(organisations.slug, orgSlug), eq(areas.code, areaCode)));
  if (!area) throw new AppError('not_found');
  const rows = await db
    .select({
      id: activitySessions.id,
      activity: activities.name,
      description: activities.description,
      targetGroups: activities.targetGroups,
      date: activitySessions.date,
      startTime: activitySessions.startTime,
      endTime: activitySessions.endTime,
      place: activitySessions.place,
    })
    .from(activitySessions)
    .innerJoin(activities, eq(activities.id, activitySessions.activityId))
    .where(
      and(
        eq(activitySessions.areaId, area.id),
        eq(activities.public, true),
        eq(activities.active, true),
        gte(activitySessions.date, from),
        lte(activitySessions.date, to),
      ),
    )
    .orderBy(asc(activitySessions.date), asc(activitySessions.startTime), asc(activities.name))
    .limit(500);
  return { area, entries: rows as CalendarEntry[] };
}

function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** From today (Swedish date) to the given number of days ahead. */
export function upcomingWindow(now: Date, daysAhead: number, daysBack = 0) {
  const today = localDate(now);
  return { from: addDays(today, -daysBack), to: addDays(today, daysAhead) };
}

/** An iCalendar feed of the entries; times are Swedish local time written as UTC instants. */
export function calendarFeed(
  entries: CalendarEntry[],
  meta: { name: string; domain: string; url: string },
): string {
  const calendar = ical({
    name: meta.name,
    prodId: { company: 'Grannskap', product: 'kalender', language: 'SV' },
  });
  calendar.url(meta.url);
  for (const e of entries) {
    const common = {
      id: `${e.id}@${meta.domain}`,
      summary: e.activity,
      description: e.description || undefined,
      location: e.place || undefined,
    };
    if (e.startTime) {
      const start = localToInstant(e.date, e.startTime);
      const end = e.endTime ? localToInstant(e.date, e.endTime) : new Date(start.getTime() + 60 * 60 * 1000);
      calendar.createEvent({
        ...common,
        start,
        end: end > start ? end : new Date(start.getTime() + 3600_000),
      });
    } else {
      calendar.createEvent({ ...common, start: new Date(`${e.date}T00:00:00Z`), allDay: true });
    }
  }
  return calendar.toString();
}

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/** The public calendar page: plain HTML, no script, readable on a phone. */
export function calendarPage(
  language: Language,
  data: { area: { name: string; organisationName: string }; entries: CalendarEntry[]; icsUrl: string },
): string {
  const t = (key: string, params: Record<string, unknown> = {}) =>
    escapeHtml(translate(language, `activities:calendar.${key}`, params));
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
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t('title', { area: data.area.name })}</title>
<link rel="alternate" type="text/calendar" href="${escapeHtml(data.icsUrl)}">
<style>
body{font-family:system-ui,sans-serif;margin:0;padding:1rem;max-width:44rem;color:#1a1a1a;line-height:1.5}
h1{font-size:1.5rem}h2{font-size:1.1rem;margin-top:1.5rem;text-transform:capitalize}
ul{list-style:none;padding:0}.entry{border-left:4px solid #1c6b48;padding:.25rem .75rem;margin:.5rem 0}
.entry span{display:block}a{color:#0b5394}
</style>
</head>
<body>
<header><p>${escapeHtml(data.area.organisationName)}</p><h1>${t('title', { area: data.area.name })}</h1></header>
<main>
${list || `<p>${t('empty')}</p>`}
</main>
<footer><p><a href="${escapeHtml(data.icsUrl)}">${t('subscribe')}</a></p></footer>
</body>
</html>`;
}
