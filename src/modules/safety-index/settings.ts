import { randomBytes } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../core/db/client';
import type { Targets } from './results';
import { surveySettings, surveyTargets } from './safety-index.table';
import { effectiveMinRespondents } from './statistics';

export type SurveySettings = { seed: string; minRespondents: number; validDays: number };

/** The organisation's survey settings; the first call stores a random sampling seed. */
export async function settingsOf(db: Db, organisationId: string): Promise<SurveySettings> {
  const [found] = await db
    .select()
    .from(surveySettings)
    .where(eq(surveySettings.organisationId, organisationId));
  if (found) return { ...found, minRespondents: effectiveMinRespondents(found.minRespondents) };
  await db
    .insert(surveySettings)
    .values({ organisationId, seed: randomBytes(16).toString('hex') })
    .onConflictDoNothing();
  return settingsOf(db, organisationId);
}

/** The year's targets: organisation-wide and per area. */
export async function targetsOf(db: Db, organisationId: string, year: number): Promise<Targets> {
  const rows = await db
    .select()
    .from(surveyTargets)
    .where(and(eq(surveyTargets.organisationId, organisationId), eq(surveyTargets.year, year)));
  const organisation = rows.find((r) => r.areaId === null)?.target ?? null;
  const byArea = new Map(rows.filter((r) => r.areaId !== null).map((r) => [r.areaId!, r.target]));
  return { organisation, byArea };
}

export async function organisationTarget(db: Db, organisationId: string, year: number) {
  const [row] = await db
    .select({ target: surveyTargets.target })
    .from(surveyTargets)
    .where(
      and(
        eq(surveyTargets.organisationId, organisationId),
        eq(surveyTargets.year, year),
        isNull(surveyTargets.areaId),
      ),
    );
  return row?.target ?? null;
}
