import { and, count, eq, gte, isNotNull, lt, lte, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { type Actor, assertCan } from '../../core/auth/access';
import type { Db } from '../../core/db/client';
import { areaScope } from '../../core/db/scope';
import type { ServiceContext } from '../../core/module';
import { swedishToday } from '../../shared/time';
import { isOverdue, medianDaysToClose } from './follow-up';
import { roundPermissions as p } from './rounds.policy';
import { actions, findings, rounds } from './rounds.table';

export type FollowUpFilter = { areaId?: string; propertyId?: string; from?: string; to?: string };

/** What the follow-up reads of an action: enough to tell whether, when and how it closed. */
const actionDates = {
  status: actions.status,
  dueOn: actions.dueOn,
  createdOn: actions.createdOn,
  closedOn: actions.closedOn,
};

/** The filter's conditions on a query's area, property and day columns. */
function filtered(filter: FollowUpFilter, on: { area: PgColumn; property: PgColumn; day: PgColumn }) {
  return [
    filter.areaId ? eq(on.area, filter.areaId) : undefined,
    filter.propertyId ? eq(on.property, filter.propertyId) : undefined,
    filter.from ? gte(on.day, filter.from) : undefined,
    filter.to ? lte(on.day, filter.to) : undefined,
  ];
}

/** Non-positive findings of checklist items per item and quarter, within the filter. */
function findingsByItem(db: Db, actor: Actor, filter: FollowUpFilter) {
  const year = sql<number>`extract(year from ${findings.foundOn})::int`;
  const quarter = sql<number>`extract(quarter from ${findings.foundOn})::int`;
  return db
    .select({
      itemKey: sql<string>`${findings.itemKey}`,
      year,
      quarter,
      findings: sql<number>`count(*)::int`,
    })
    .from(findings)
    .where(
      and(
        eq(findings.organisationId, actor.organisationId),
        areaScope(findings.areaId, actor),
        ...filtered(filter, { area: findings.areaId, property: findings.propertyId, day: findings.foundOn }),
        eq(findings.positive, false),
        isNotNull(findings.itemKey),
      ),
    )
    .groupBy(findings.itemKey, year, quarter)
    .orderBy(year, quarter, findings.itemKey);
}

/** Actions created within the filter (a property's through their finding). */
function actionsWithin(db: Db, actor: Actor, filter: FollowUpFilter) {
  return db
    .select(actionDates)
    .from(actions)
    .leftJoin(findings, eq(findings.id, actions.findingId))
    .where(
      and(
        eq(actions.organisationId, actor.organisationId),
        areaScope(actions.areaId, actor),
        ...filtered(filter, { area: actions.areaId, property: findings.propertyId, day: actions.createdOn }),
      ),
    );
}

/** Rounds completed, walked within the filter. */
async function roundsCompletedWithin(db: Db, actor: Actor, filter: FollowUpFilter) {
  const [completed] = await db
    .select({ n: count() })
    .from(rounds)
    .where(
      and(
        eq(rounds.organisationId, actor.organisationId),
        areaScope(rounds.areaId, actor),
        isNotNull(rounds.completedAt),
        ...filtered(filter, { area: rounds.areaId, property: rounds.propertyId, day: rounds.walkedOn }),
      ),
    );
  return completed.n;
}

/**
 * Follow-up of an area or property (or everything the actor sees): findings per checklist item
 * and quarter, actions open, overdue and closed with the median days to close, rounds completed.
 */
export async function followUp({ db }: ServiceContext, actor: Actor, filter: FollowUpFilter, now: Date) {
  assertCan(actor, p['rounds.read'], filter.areaId);
  const byItem = await findingsByItem(db, actor, filter);
  const actionRows = await actionsWithin(db, actor, filter);
  const today = swedishToday(now);
  const countOf = (s: string) => actionRows.filter((a) => a.status === s).length;
  return {
    findingsByItem: byItem,
    actions: {
      open: countOf('open'),
      inProgress: countOf('in_progress'),
      overdue: actionRows.filter((a) => isOverdue(a, today)).length,
      done: countOf('done'),
      wontDo: countOf('wont_do'),
      medianDaysToClose: medianDaysToClose(actionRows),
    },
    roundsCompleted: await roundsCompletedWithin(db, actor, filter),
  };
}

/** Year bounds as ISO dates: [first day, first day of next year). */
export const yearBounds = (year: number) => [`${year}-01-01`, `${year + 1}-01-01`] as const;

/** The organisation's rows (or one area's) whose day falls in the year. */
function inYear(
  on: { organisationId: PgColumn; areaId: PgColumn },
  day: PgColumn,
  organisationId: string,
  year: number,
  areaId?: string,
) {
  const [from, to] = yearBounds(year);
  return and(
    eq(on.organisationId, organisationId),
    areaId ? eq(on.areaId, areaId) : undefined,
    gte(day, from),
    lt(day, to),
  );
}

/** Rounds completed (walked) in the year: the organisation's, or one area's for its profile. */
export async function roundsCompletedInYear(db: Db, organisationId: string, year: number, areaId?: string) {
  const [row] = await db
    .select({ n: count() })
    .from(rounds)
    .where(and(inYear(rounds, rounds.walkedOn, organisationId, year, areaId), isNotNull(rounds.completedAt)));
  return row.n;
}

/** Actions created in the year, with what is needed to tell whether, when and how they closed. */
export async function actionsOfYear(db: Db, organisationId: string, year: number, areaId?: string) {
  return db
    .select(actionDates)
    .from(actions)
    .where(inYear(actions, actions.createdOn, organisationId, year, areaId));
}

/** How many of the year's actions were closed (done or won't do) by the end of the year. */
export function closedByYearEnd(rows: readonly { closedOn: string | null }[], year: number) {
  const [, end] = yearBounds(year);
  return rows.filter((a) => a.closedOn !== null && a.closedOn < end).length;
}

/** Share of the year's actions closed by the end of the year; null without actions. */
export function closedShareByYearEnd(rows: readonly { closedOn: string | null }[], year: number) {
  return rows.length ? closedByYearEnd(rows, year) / rows.length : null;
}

/** Actions closed in the year (whenever created): the basis of the median days to close. */
export async function actionsClosedInYear(db: Db, organisationId: string, year: number, areaId?: string) {
  return db
    .select({ createdOn: actions.createdOn, closedOn: actions.closedOn })
    .from(actions)
    .where(inYear(actions, actions.closedOn, organisationId, year, areaId));
}

/** Non-positive findings of the year in an area, and how many of them were severity high. */
export async function findingsInYear(db: Db, organisationId: string, year: number, areaId: string) {
  const [row] = await db
    .select({
      n: count(),
      high: sql<number>`count(*) filter (where ${findings.severity} = 'high')::int`,
    })
    .from(findings)
    .where(
      and(inYear(findings, findings.foundOn, organisationId, year, areaId), eq(findings.positive, false)),
    );
  return { findings: row.n, high: row.high };
}
