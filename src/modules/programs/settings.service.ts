import { eq } from 'drizzle-orm';
import { recordAudit } from '../../core/audit';
import { type Actor, assertCan } from '../../core/auth/access';
import type { Db } from '../../core/db/client';
import { AppError } from '../../core/errors';
import type { ServiceContext } from '../../core/module';
import { mergeOrganisationSettings, organisationSettings } from '../../core/organisations';
import type { ProgramSettings } from './programs.contract';
import { settingsSchema } from './programs.contract';
import { programPermissions as p } from './programs.policy';
import type { KeyCtx } from './programs.service';
import { participantIdentities } from './programs.table';

export const defaultSettings: ProgramSettings = { identityEnabled: false, retentionMonths: 36 };

/** The organisation's program settings (identity storage, retention), defaults filled in. */
export async function settingsOf(db: Db, organisationId: string): Promise<ProgramSettings> {
  const settings = await organisationSettings(db, organisationId);
  const parsed = settingsSchema.partial().safeParse(settings.programs ?? {});
  return { ...defaultSettings, ...(parsed.success ? parsed.data : {}) };
}

export async function getSettings({ db }: ServiceContext, actor: Actor) {
  assertCan(actor, p['programs.settings']);
  return settingsOf(db, actor.organisationId);
}

/**
 * Saves the settings. Turning identity storage off deletes the names and personal numbers already
 * stored: the organisation has decided not to keep them, so they go (counted in the audit log).
 */
export async function updateSettings(
  { db, config, requestId }: KeyCtx,
  actor: Actor,
  input: ProgramSettings,
) {
  assertCan(actor, p['programs.settings']);
  if (input.identityEnabled && !config.participantKey) {
    throw new AppError('validation', {}, 400, 'programs:errors.no_identity_key');
  }
  return db.transaction(async (tx) => {
    const before = await settingsOf(tx, actor.organisationId);
    await mergeOrganisationSettings(tx, actor.organisationId, { programs: input });
    const removed = input.identityEnabled
      ? []
      : await tx
          .delete(participantIdentities)
          .where(eq(participantIdentities.organisationId, actor.organisationId))
          .returning({ id: participantIdentities.participantId });
    await recordAudit(tx, { actor, entity: 'program_settings', requestId }, 'update', null, {
      before,
      after: { ...input, ...(removed.length ? { identitiesDeleted: removed.length } : {}) },
    });
    return input;
  });
}

/** Whether names and personal numbers can be stored now: turned on, and the key is set. */
export async function identityStorage({ db, config }: KeyCtx, actor: Actor) {
  assertCan(actor, p['programs.participants.write']);
  const settings = await settingsOf(db, actor.organisationId);
  return { enabled: settings.identityEnabled && config.participantKey !== undefined };
}

/** The key to seal an identity with; refuses when the organisation has not turned storage on. */
export async function identityKey(
  { db, config }: Pick<KeyCtx, 'db' | 'config'>,
  actor: Actor,
): Promise<Buffer> {
  const settings = await settingsOf(db, actor.organisationId);
  if (!settings.identityEnabled || !config.participantKey)
    throw new AppError('validation', {}, 400, 'programs:errors.identity_disabled');
  return config.participantKey;
}
