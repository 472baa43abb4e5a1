import { and, count, eq, gte, isNotNull, lt, lte, sql } from 'drizzle-orm';
import { type Actor, assertCan } from '../../core/auth/access';
import type { Db } from '../../core/db/client';
import { areaScope } from '../../core/db/scope';
import { swedishToday } from '../../core/local-time';
import type { ServiceContext } from '../../core/module';
import { isOverdue, medianDaysToClose } from './follow-up';
import { roundPermissions as p } from './rounds.policy';
import { actions, findings, rounds } from './rounds.table';

export type FollowUpFilter = { areaId?: string; propertyId?: string; from?: string; to?: string };

/**
 * Follow-up of an area or property (or everything the actor sees): findings per checklist item
 * and quarter, actions open, overdue and closed with the median days to close, rounds completed.
 */
export async function followUp(
  { db }: ServiceContext,
  actor: Actor,
  filter: FollowUpFilter,
  now = new Date(),
) {
  assertCan(actor, p['rounds.read'], filter.areaId);
  const org = actor.organisationId;
  const findingWhere = and(
    eq(findings.organisationId, org),
    areaScope(findings.areaId, actor),
    filter.areaId ? eq(findings.areaId, filter.areaId) : undefined,
    filter.propertyId ? eq(findings.propertyId, filter.propertyId) : undefined,
    filter.from ? gte(findings.foundOn, filter.from) : undefined,
    filter.to ? lte(findings.foundOn, filter.to) : undefined,
    eq(findings.positive, false),
    isNotNull(findings.itemKey),
  );
  const year = sql<number>`extract(year from ${findings.foundOn})::int`;
  const quarter = sql<number>`extract(quarter from ${findings.foundOn})::int`;
  const byItem = await db
    .select({
      itemKey: sql<string>`${findings.itemKey}`,
      year,
      quarter,
      findings: sql<number>`count(*)::int`,
    })
    .from(findings)
    .where(findingWhere)
    .groupBy(findings.itemKey, year, quarter)
    .orderBy(year, quarter, findings.itemKey);

  const actionRows = await db
    .select({
      status: actions.status,
      dueOn: actions.dueOn,
      createdOn: actions.createdOn,
      closedOn: actions.closedOn,
    })
    .from(actions)
    .leftJoin(findings, eq(findings.id, actions.findingId))
    .where(
      and(
        eq(actions.organisationId, org),
        areaScope(actions.areaId, actor),
        filter.areaId ? eq(actions.areaId, filter.areaId) : undefined,
        filter.propertyId ? eq(findings.propertyId, filter.propertyId) : undefined,
        filter.from ? gte(actions.createdOn, filter.from) : undefined,
        filter.to ? lte(actions.createdOn, filter.to) : undefined,
      ),
    );
  const today = swedishToday(now);
  const countOf = (s: string) => actionRows.filter((a) => a.status === s).length;

  const [completed] = await db
    .select({ n: count() })
    .from(rounds)
    .where(
      and(
        eq(rounds.organisationId, org),
        areaScope(rounds.areaId, actor),
        isNotNull(rounds.completedAt),
        filter.areaId ? eq(rounds.areaId, filter.areaId) : undefined,
        filter.propertyId ? eq(rounds.propertyId, filter.propertyId) : undefined,
        filter.from ? gte(rounds.walkedOn, filter.from) : undefined,
        filter.to ? lte(rounds.walkedOn, filter.to) : undefined,
      ),
    );
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
    roundsCompleted: completed.n,
  };
}

/** Year bounds as ISO dates: [first day, first day of next year). */
export const yearBounds = (year: number) => [`${year}-01-01`, `${year + 1}-01-01`] as const;

/** Rounds completed (walked) in the year: the organisation's, or one area's for its profile. */
export async function roundsCompletedInYear(db: Db, organisationId: string, year: number, areaId?: string) {
  const [from, to] = yearBounds(year);
  const [row] = await db
    .select({ n: count() })
    .from(rounds)
    .where(
      and(
        eq(rounds.organisationId, organisationId),
        areaId ? eq(rounds.areaId, areaId) : undefined,
        isNotNull(rounds.completedAt),
        gte(rounds.walkedOn, from),
        lt(rounds.walkedOn, to),
      ),
    );
  return row.n;
}

/** Actions created in the year, with what is needed to tell whether, when and how they closed. */
export async function actionsOfYear(db: Db, organisationId: string, year: number, areaId?: string) {
  const [from, to] = yearBounds(year);
  return db
    .select({
      status: actions.status,
      dueOn: actions.dueOn,
      createdOn: actions.createdOn,
      closedOn: actions.closedOn,
    })
    .from(actions)
    .where(
      and(
        eq(actions.organisationId, organisationId),
        areaId ? eq(actions.areaId, areaId) : undefined,
        gte(actions.createdOn, from),
        lt(actions.createdOn, to),
      ),
    );
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
  const [from, to] = yearBounds(year);
  return db
    .select({ createdOn: actions.createdOn, closedOn: actions.closedOn })
    .from(actions)
    .where(
      and(
        eq(actions.organisationId, organisationId),
        areaId ? eq(actions.areaId, areaId) : undefined,
        gte(actions.closedOn, from),
        lt(actions.closedOn, to),
      ),
    );
}

/** Non-positive findings of the year in an area, and how many of them were severity high. */
export async function findingsInYear(db: Db, organisationId: string, year: number, areaId: string) {
  const [from, to] = yearBounds(year);
  const [row] = await db
    .select({
      n: count(),
      high: sql<number>`count(*) filter (where ${findings.severity} = 'high')::int`,
    })
    .from(findings)
    .where(
      and(
        eq(findings.organisationId, organisationId),
        eq(findings.areaId, areaId),
        eq(findings.positive, false),
        gte(findings.foundOn, from),
        lt(findings.foundOn, to),
      ),
    );
  return { findings: row.n, high: row.high };
}
