import { and, eq, inArray, isNotNull, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Db } from '../../core/db/client';
import { estWeeks, weeklyGrades } from './situation.table';

/** The organisation's rows of the given ISO weeks, narrowed by any further conditions. */
export function inWeeks(
  table: { organisationId: PgColumn; week: PgColumn },
  organisationId: string,
  weeks: string[],
  ...more: (SQL | undefined)[]
): SQL | undefined {
  return and(eq(table.organisationId, organisationId), inArray(table.week, weeks), ...more);
}

/** The weeks of the list that are compiled. */
export async function compiledWeeks(db: Db, organisationId: string, weeks: string[]): Promise<Set<string>> {
  const rows = await db
    .select({ week: estWeeks.week })
    .from(estWeeks)
    .where(inWeeks(estWeeks, organisationId, weeks, isNotNull(estWeeks.compiledAt)));
  return new Set(rows.map((r) => r.week));
}

/**
 * Grades of the weeks, of one area when given. Others than the coordinator see a week's grades once
 * it is compiled: until then they are the coordinator's work in progress.
 */
export async function shownGrades(
  db: Db,
  organisationId: string,
  weeks: string[],
  coordinator: boolean,
  areaId?: string,
) {
  if (!weeks.length) return [];
  const rows = await db
    .select({
      week: weeklyGrades.week,
      areaId: weeklyGrades.areaId,
      level: weeklyGrades.level,
      rationale: weeklyGrades.rationale,
    })
    .from(weeklyGrades)
    .where(
      inWeeks(weeklyGrades, organisationId, weeks, areaId ? eq(weeklyGrades.areaId, areaId) : undefined),
    );
  if (coordinator) return rows;
  const shown = await compiledWeeks(db, organisationId, weeks);
  return rows.filter((r) => shown.has(r.week));
}
