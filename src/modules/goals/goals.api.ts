/**
 * What other modules read of the goals: the targets alone, without status (the report, the safety
 * index's dashboard and profile work out their own figures). Reads only; writes go through the
 * service, so that they are checked and audited.
 */
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../core/db/client';
import { indicatorGoals } from './goals.table';

/** One target of an indicator: its year, its area (null: the whole organisation) and its value. */
export type GoalTarget = { year: number; areaId: string | null; target: number; baselineYear: number | null };

/** Every goal of one indicator of the organisation, oldest year first, organisation-wide before areas. */
export async function indicatorGoalTargets(
  db: Db,
  organisationId: string,
  indicatorId: string,
): Promise<GoalTarget[]> {
  return db
    .select({
      year: indicatorGoals.year,
      areaId: indicatorGoals.areaId,
      target: indicatorGoals.target,
      baselineYear: indicatorGoals.baselineYear,
    })
    .from(indicatorGoals)
    .where(
      and(eq(indicatorGoals.organisationId, organisationId), eq(indicatorGoals.indicatorId, indicatorId)),
    )
    .orderBy(asc(indicatorGoals.year), asc(indicatorGoals.areaId));
}

/** An indicator's targets of one year: the organisation-wide one, and each area's by area id. */
export type YearTargets = { organisation: number | null; byArea: Map<string, number> };

/** Groups targets by year: the organisation-wide one and each area's. */
export function targetsByYear(rows: readonly GoalTarget[]): Map<number, YearTargets> {
  const out = new Map<number, YearTargets>();
  for (const row of rows) {
    let year = out.get(row.year);
    if (!year) {
      year = { organisation: null, byArea: new Map() };
      out.set(row.year, year);
    }
    if (row.areaId === null) year.organisation = row.target;
    else year.byArea.set(row.areaId, row.target);
  }
  return out;
}

/** An indicator's targets of one year (none set: organisation null and no areas). */
export async function yearTargets(
  db: Db,
  organisationId: string,
  indicatorId: string,
  year: number,
): Promise<YearTargets> {
  const rows = await db
    .select({ areaId: indicatorGoals.areaId, target: indicatorGoals.target })
    .from(indicatorGoals)
    .where(
      and(
        eq(indicatorGoals.organisationId, organisationId),
        eq(indicatorGoals.indicatorId, indicatorId),
        eq(indicatorGoals.year, year),
      ),
    );
  return (
    targetsByYear(rows.map((r) => ({ ...r, year, baselineYear: null }))).get(year) ?? {
      organisation: null,
      byArea: new Map(),
    }
  );
}

/** Every organisation-wide goal of the organisation, as `(indicatorId, year) => target | null`. */
export async function organisationWideGoals(
  db: Db,
  organisationId: string,
): Promise<(indicatorId: string, year: number) => number | null> {
  const rows = await db
    .select({
      indicatorId: indicatorGoals.indicatorId,
      year: indicatorGoals.year,
      target: indicatorGoals.target,
    })
    .from(indicatorGoals)
    .where(and(eq(indicatorGoals.organisationId, organisationId), isNull(indicatorGoals.areaId)));
  const byKey = new Map(rows.map((r) => [`${r.indicatorId}|${r.year}`, r.target]));
  return (indicatorId, year) => byKey.get(`${indicatorId}|${year}`) ?? null;
}
