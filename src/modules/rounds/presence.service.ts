import { and, desc, eq, gte, lt } from 'drizzle-orm';
import { type Actor, assertCan } from '../../core/auth/access';
import type { Db } from '../../core/db/client';
import { areaScope } from '../../core/db/scope';
import type { ServiceContext } from '../../core/module';
import { addDays, startOfLocalDay } from '../../shared/time';
import { areaRegister } from '../areas';
import { presenceHoursByWeek, shiftHours } from './follow-up';
import { roundPermissions as p } from './rounds.policy';
import { presenceShifts } from './rounds.table';

export type PresenceFilter = { areaId?: string; from?: string; to?: string };

function range(filter: PresenceFilter) {
  return [
    filter.areaId ? eq(presenceShifts.areaId, filter.areaId) : undefined,
    filter.from ? gte(presenceShifts.startsAt, startOfLocalDay(filter.from)) : undefined,
    filter.to ? lt(presenceShifts.startsAt, startOfLocalDay(addDays(filter.to, 1))) : undefined,
  ];
}

export async function listShifts({ db }: ServiceContext, actor: Actor, filter: PresenceFilter) {
  assertCan(actor, p['rounds.read'], filter.areaId);
  const names = areaRegister(db, actor.organisationId);
  const rows = await db
    .select({ shift: presenceShifts, areaName: names.name })
    .from(presenceShifts)
    .innerJoin(names, eq(names.id, presenceShifts.areaId))
    .where(
      and(
        eq(presenceShifts.organisationId, actor.organisationId),
        areaScope(presenceShifts.areaId, actor),
        ...range(filter),
      ),
    )
    .orderBy(desc(presenceShifts.startsAt))
    .limit(500);
  return rows.map(({ shift: s, areaName }) => ({
    id: s.id,
    clientId: s.clientId,
    areaId: s.areaId,
    areaName,
    hostName: s.hostName,
    role: s.role,
    startsAt: s.startsAt.toISOString(),
    endsAt: s.endsAt.toISOString(),
    timeOfDay: s.timeOfDay,
    activities: s.activities,
    talks: s.talks,
    note: s.note,
    hours: shiftHours(s.startsAt, s.endsAt),
  }));
}

/**
 * Presence hours per area and ISO week for an organisation, without an actor check: for other
 * modules (the situation picture, the area profile) that have already checked their own access.
 * Dates are Swedish calendar dates of the shift start; `to` is inclusive.
 */
export async function presenceHoursPerWeek(db: Db, organisationId: string, filter: PresenceFilter = {}) {
  const rows = await db
    .select({
      areaId: presenceShifts.areaId,
      startsAt: presenceShifts.startsAt,
      endsAt: presenceShifts.endsAt,
      timeOfDay: presenceShifts.timeOfDay,
    })
    .from(presenceShifts)
    .where(and(eq(presenceShifts.organisationId, organisationId), ...range(filter)));
  return presenceHoursByWeek(rows);
}

/**
 * Shifts that started in the year (Swedish calendar), for the presence_hours indicator and an
 * area's profile: hours in all and evening hours, and how many shifts.
 */
export async function presenceHoursInYear(db: Db, organisationId: string, year: number, areaId?: string) {
  const rows = await db
    .select({
      startsAt: presenceShifts.startsAt,
      endsAt: presenceShifts.endsAt,
      timeOfDay: presenceShifts.timeOfDay,
    })
    .from(presenceShifts)
    .where(
      and(
        eq(presenceShifts.organisationId, organisationId),
        ...range({ areaId, from: `${year}-01-01`, to: `${year}-12-31` }),
      ),
    );
  let hours = 0;
  let eveningHours = 0;
  for (const s of rows) {
    const h = shiftHours(s.startsAt, s.endsAt);
    hours += h;
    if (s.timeOfDay === 'evening') eveningHours += h;
  }
  return { hours, eveningHours, shifts: rows.length };
}

export async function presenceWeeks({ db }: ServiceContext, actor: Actor, filter: PresenceFilter) {
  assertCan(actor, p['rounds.read'], filter.areaId);
  const weeks = await presenceHoursPerWeek(db, actor.organisationId, filter);
  return actor.areaIds === 'all' ? weeks : weeks.filter((w) => actor.areaIds.includes(w.areaId));
}
