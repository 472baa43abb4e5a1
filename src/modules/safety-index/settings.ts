import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { writeAudit } from '../../core/audit';
import { type Actor, assertCan } from '../../core/auth/access';
import type { Db } from '../../core/db/client';
import { disclosureKinds, disclosureThresholds, setDisclosureThreshold } from '../../core/disclosure';
import type { ServiceContext } from '../../core/module';
import { yearTargets } from '../goals';
import { currentInstrument } from './instrument';
import type { Targets } from './results';
import { safetyPermissions as p } from './safety-index.policy';
import { surveySettings } from './safety-index.table';
import { safetyIndexId } from './vocabulary';

export type PooledMethod = 'pooled' | 'weighted';
export type SurveySettings = { seed: string; validDays: number; pooledMethod: PooledMethod };

/** The organisation's survey settings; the first call stores a random sampling seed. */
export async function settingsOf(db: Db, organisationId: string): Promise<SurveySettings> {
  const [found] = await db
    .select()
    .from(surveySettings)
    .where(eq(surveySettings.organisationId, organisationId));
  if (found) return { seed: found.seed, validDays: found.validDays, pooledMethod: found.pooledMethod };
  await db
    .insert(surveySettings)
    .values({ organisationId, seed: randomBytes(16).toString('hex') })
    .onConflictDoNothing();
  return settingsOf(db, organisationId);
}

/** A new organisation's survey defaults: its sampling seed and version 1 of the question set. */
export async function createSurveyDefaults({ db }: ServiceContext, organisationId: string): Promise<void> {
  await settingsOf(db, organisationId);
  await currentInstrument(db, organisationId);
}

/** What the admin page edits: the core survey threshold (never below its floor) and the pooled method. */
export type PublicationSettings = { threshold: number; floor: number; pooledMethod: PooledMethod };

export async function publicationSettings(db: Db, actor: Actor): Promise<PublicationSettings> {
  assertCan(actor, p['safety-index.admin']);
  const [thresholds, settings] = await Promise.all([
    disclosureThresholds(db, actor.organisationId),
    settingsOf(db, actor.organisationId),
  ]);
  return {
    threshold: thresholds.survey,
    floor: disclosureKinds.survey.floor,
    pooledMethod: settings.pooledMethod,
  };
}

/** Sets the threshold through the core (audited there) and the pooled method (audited here). */
export async function setPublicationSettings(
  db: Db,
  actor: Actor,
  input: { threshold?: number; pooledMethod?: PooledMethod },
  requestId?: string,
): Promise<PublicationSettings> {
  assertCan(actor, p['safety-index.admin']);
  if (input.threshold !== undefined) {
    await setDisclosureThreshold(db, actor, 'survey', input.threshold, requestId);
  }
  if (input.pooledMethod !== undefined) {
    const before = await settingsOf(db, actor.organisationId);
    await db.transaction(async (tx) => {
      await tx
        .update(surveySettings)
        .set({ pooledMethod: input.pooledMethod })
        .where(eq(surveySettings.organisationId, actor.organisationId));
      await writeAudit(
        tx,
        actor,
        {
          action: 'set',
          entity: 'survey_settings',
          entityId: actor.organisationId,
          before: { pooledMethod: before.pooledMethod },
          after: { pooledMethod: input.pooledMethod },
        },
        requestId,
      );
    });
  }
  return publicationSettings(db, actor);
}

/**
 * The year's targets of the safety index, organisation-wide and per area: its goals, set on the goals
 * page (or imported) like every other indicator's.
 */
export async function targetsOf(db: Db, organisationId: string, year: number): Promise<Targets> {
  return yearTargets(db, organisationId, safetyIndexId, year);
}
