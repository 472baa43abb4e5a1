import { and, asc, eq } from 'drizzle-orm';
import { recordAudit } from '../../core/audit';
import { type Actor, assertCan } from '../../core/auth/access';
import type { Db } from '../../core/db/client';
import { organisationRow } from '../../core/db/organisation-row';
import { areaScope } from '../../core/db/scope';
import { conflictOver } from '../../core/db/unique-conflict';
import { AppError } from '../../core/errors';
import type { ServiceContext } from '../../core/module';
import { swedishToday } from '../../shared/time';
import { decryptText, encryptText } from './identity-crypto';
import { type ParticipantStory, storyProblem } from './participant-story';
import type { ParticipantInput, ParticipantPatch } from './programs.contract';
import { programPermissions as p } from './programs.policy';
import { type KeyCtx, programOf } from './programs.service';
import { participantIdentities, participants } from './programs.table';
import { identityKey } from './settings.service';

type ParticipantRow = typeof participants.$inferSelect;

function toParticipant(row: ParticipantRow, hasIdentity: boolean) {
  return {
    id: row.id,
    programId: row.programId,
    ref: row.ref,
    birthYear: row.birthYear,
    gender: row.gender,
    areaId: row.areaId,
    consentOn: row.consentOn,
    enrolledOn: row.enrolledOn,
    exitedOn: row.exitedOn,
    completed: row.completed,
    outcome: row.outcome,
    outcomeAfter6Months: row.outcomeAfter6Months,
    satisfaction: row.satisfaction,
    erased: row.erasedAt !== null,
    hasIdentity,
  };
}

/** The audit keeps which fields changed, never their values: it is append-only and erasure must reach everything. */
function changedFields(input: Record<string, unknown>) {
  return Object.keys(input).filter((k) => input[k] !== undefined);
}

export async function listParticipants({ db }: ServiceContext, actor: Actor, programId: string) {
  assertCan(actor, p['programs.participants.read']);
  await programOf(db, actor, programId);
  const rows = await db
    .select({ participant: participants, identity: participantIdentities.participantId })
    .from(participants)
    .leftJoin(participantIdentities, eq(participantIdentities.participantId, participants.id))
    .where(
      and(
        eq(participants.organisationId, actor.organisationId),
        eq(participants.programId, programId),
        areaScope(participants.areaId, actor),
      ),
    )
    .orderBy(asc(participants.enrolledOn), asc(participants.ref));
  return rows.map((r) => toParticipant(r.participant, r.identity !== null));
}

/** One participant the actor may use with the permission (held to the host's areas). */
export async function participantOf(db: Db, actor: Actor, id: string, permission: string) {
  const row = await organisationRow(db, participants, id, actor.organisationId);
  assertCan(actor, permission, row.areaId);
  // Hosts work only with participants placed in their areas.
  if (actor.areaIds !== 'all' && row.areaId === null) throw new AppError('forbidden');
  return row;
}

/** Refuses a record that tells an impossible story (see storyProblem) on `now`'s day, with the reason. */
function checkStory(row: ParticipantStory, now: Date) {
  const problem = storyProblem(row, swedishToday(now));
  if (problem) throw new AppError('validation', {}, 400, `programs:errors.${problem.code}`);
}

export async function createParticipant(
  ctx: KeyCtx,
  actor: Actor,
  programId: string,
  input: ParticipantInput,
  now: Date,
) {
  const { db, requestId } = ctx;
  assertCan(actor, p['programs.participants.write'], input.areaId);
  if (actor.areaIds !== 'all' && !input.areaId) throw new AppError('forbidden');
  checkStory(input, now);
  const wantsIdentity = Boolean(input.name || input.personalNumber);
  return db.transaction(async (tx) => {
    await programOf(tx, actor, programId);
    const key = wantsIdentity ? await identityKey({ ...ctx, db: tx }, actor) : null;
    const { name, personalNumber, ...fields } = input;
    const [row] = await tx
      .insert(participants)
      .values({ ...fields, programId, organisationId: actor.organisationId })
      .onConflictDoNothing()
      .returning();
    if (!row) throw new AppError('conflict', { what: input.ref });
    if (key) {
      await tx.insert(participantIdentities).values({
        participantId: row.id,
        organisationId: actor.organisationId,
        nameSealed: name ? encryptText(key, name, row.id) : null,
        personalNumberSealed: personalNumber ? encryptText(key, personalNumber, row.id) : null,
      });
    }
    await recordAudit(tx, { actor, entity: 'program_participant', requestId }, 'create', row.id, {
      after: { programId, fields: changedFields(fields), identity: Boolean(key) },
    });
    return toParticipant(row, Boolean(key));
  });
}

export async function updateParticipant(
  { db, requestId }: ServiceContext,
  actor: Actor,
  id: string,
  input: ParticipantPatch,
  now: Date,
) {
  assertCan(actor, p['programs.participants.write']);
  if (input.areaId !== undefined) assertCan(actor, p['programs.participants.write'], input.areaId);
  return db.transaction(async (tx) => {
    const before = await participantOf(tx, actor, id, p['programs.participants.write']);
    if (before.erasedAt) throw new AppError('conflict', { what: id }, 409, 'programs:errors.erased');
    checkStory({ ...before, ...input }, now);
    const [row] = await tx
      .update(participants)
      .set({ ...input, updatedAt: new Date() })
      .where(eq(participants.id, id))
      .returning()
      .catch(conflictOver(input.ref));
    const [identity] = await tx
      .select({ id: participantIdentities.participantId })
      .from(participantIdentities)
      .where(eq(participantIdentities.participantId, id));
    const audited = { actor, entity: 'program_participant', requestId };
    await recordAudit(tx, audited, 'update', id, { after: { fields: changedFields(input) } });
    return toParticipant(row, Boolean(identity));
  });
}

/** Decrypted name and personal number, for the few who may see them; the look-up itself is audited. */
export async function participantIdentity({ db, config, requestId }: KeyCtx, actor: Actor, id: string) {
  assertCan(actor, p['programs.identity']);
  await participantOf(db, actor, id, p['programs.identity']);
  const [row] = await db
    .select()
    .from(participantIdentities)
    .where(eq(participantIdentities.participantId, id));
  if (!row) throw new AppError('not_found');
  const key = config.participantKey;
  if (!key) throw new AppError('validation', {}, 400, 'programs:errors.no_identity_key');
  await recordAudit(db, { actor, entity: 'program_participant', requestId }, 'read_identity', id);
  return {
    name: row.nameSealed ? decryptText(key, row.nameSealed, id) : null,
    personalNumber: row.personalNumberSealed ? decryptText(key, row.personalNumberSealed, id) : null,
  };
}
