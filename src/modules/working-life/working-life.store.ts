/**
 * Reads of this module's tables for the indicators and the services: one organisation's rows only.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../core/db/client';
import type { Headcount } from './figures';
import { workEnvironmentYears, workforceHeadcounts } from './working-life.table';

/** A body's headcount of a year, or null when none is entered. */
export async function storedHeadcount(
  db: Db,
  organisationId: string,
  year: number,
  body: string,
): Promise<Headcount | null> {
  const [row] = await db
    .select({
      women: workforceHeadcounts.women,
      men: workforceHeadcounts.men,
      other: workforceHeadcounts.other,
    })
    .from(workforceHeadcounts)
    .where(
      and(
        eq(workforceHeadcounts.organisationId, organisationId),
        eq(workforceHeadcounts.year, year),
        eq(workforceHeadcounts.body, body),
      ),
    );
  return row ?? null;
}

/** The year's work-environment row, or null when none is entered. */
export async function storedWorkEnvironment(db: Db, organisationId: string, year: number) {
  const [row] = await db
    .select()
    .from(workEnvironmentYears)
    .where(and(eq(workEnvironmentYears.organisationId, organisationId), eq(workEnvironmentYears.year, year)));
  return row ?? null;
}
