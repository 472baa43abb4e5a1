import { and, between, eq, isNotNull, type SQL } from 'drizzle-orm';
import type { Actor } from '../../core/auth/access';
import type { Db } from '../../core/db/client';
import { areaScope } from '../../core/db/scope';
import { activities, activitySessions } from './activities.table';

/** Sessions dated in the calendar year. */
export function sessionsInYear(year: number): SQL {
  return between(activitySessions.date, `${year}-01-01`, `${year}-12-31`);
}

/** Sessions held: reported with a participant count (a planned session has none). */
export const heldSession = (): SQL => isNotNull(activitySessions.participants);

/**
 * The organisation's sessions with their activity's id and focus area, narrowed by `where`: the one
 * query the overview, an area's profile and the annual report's breakdowns read sessions through.
 */
export function sessionsWithActivity(db: Db, organisationId: string, ...where: (SQL | undefined)[]) {
  return db
    .select({ session: activitySessions, activityId: activities.id, focusArea: activities.focusArea })
    .from(activitySessions)
    .innerJoin(activities, eq(activities.id, activitySessions.activityId))
    .where(and(eq(activitySessions.organisationId, organisationId), ...where));
}

/** One activity's sessions in the areas the actor sees, narrowed by `where` (its list, its follow-up). */
export function visibleSessionsOf(db: Db, actor: Actor, activityId: string, ...where: (SQL | undefined)[]) {
  return db
    .select()
    .from(activitySessions)
    .where(
      and(
        eq(activitySessions.organisationId, actor.organisationId),
        eq(activitySessions.activityId, activityId),
        areaScope(activitySessions.areaId, actor),
        ...where,
      ),
    );
}
