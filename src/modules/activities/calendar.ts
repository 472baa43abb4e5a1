import { and, asc, count, eq, gte, lte } from 'drizzle-orm';
import ical from 'ical-generator';
import type { Db } from '../../core/db/client';
import { organisationBySlug } from '../../core/organisations';
import { addDays, localDate, localToInstant } from '../../shared/time';
import { areaRegister, publicArea } from '../areas';
import { activities, activitySessions } from './activities.table';

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

/** Sessions of active public activities between the dates: what the public calendar shows. */
const publicBetween = (from: string, to: string) =>
  and(
    eq(activities.public, true),
    eq(activities.active, true),
    gte(activitySessions.date, from),
    lte(activitySessions.date, to),
  );

/** The sessions of public, active activities in an area between two dates (public data only). */
export async function publicSessions(db: Db, orgSlug: string, areaCode: string, from: string, to: string) {
  const area = await publicArea(db, orgSlug, areaCode, { anyCase: true });
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
    .where(and(eq(activitySessions.areaId, area.id), publicBetween(from, to)))
    .orderBy(asc(activitySessions.date), asc(activitySessions.startTime), asc(activities.name))
    .limit(500);
  return { area, entries: rows as CalendarEntry[] };
}

/**
 * The organisation's areas for the calendar index, by name, each with how many public sessions
 * lie between the dates (so a tenant sees where something is on).
 */
export async function publicAreas(db: Db, orgSlug: string, from: string, to: string) {
  const organisation = await organisationBySlug(db, orgSlug);
  const upcoming = db
    .select({ areaId: activitySessions.areaId, sessions: count().as('sessions') })
    .from(activitySessions)
    .innerJoin(activities, eq(activities.id, activitySessions.activityId))
    .where(and(eq(activitySessions.organisationId, organisation.id), publicBetween(from, to)))
    .groupBy(activitySessions.areaId)
    .as('upcoming');
  const areas = areaRegister(db, organisation.id);
  const rows = await db
    .select({ code: areas.code, name: areas.name, sessions: upcoming.sessions })
    .from(areas)
    .leftJoin(upcoming, eq(upcoming.areaId, areas.id))
    .orderBy(asc(areas.name));
  return {
    organisationName: organisation.name,
    areas: rows.map((r) => ({ code: r.code, name: r.name, sessions: Number(r.sessions ?? 0) })),
  };
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
