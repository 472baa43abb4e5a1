import { and, asc, eq, inArray, isNull, lt, sql } from 'drizzle-orm';
import { writeAudit } from '../../core/audit';
import { type Actor, assertCan, systemActor } from '../../core/auth/access';
import type { Db } from '../../core/db/client';
import { areaScope } from '../../core/db/scope';
import { AppError } from '../../core/errors';
import { organisations } from '../../core/organisation.table';
import { decryptText, encryptText, identityKeyFromEnv } from './identity-crypto';
import type { ParticipantInput, ParticipantPatch, ProgramInput, ProgramSettings } from './programs.contract';
import { settingsSchema } from './programs.contract';
import { programPermissions as p } from './programs.policy';
import { participantIdentities, participants, programs, questionnaireAnswers } from './programs.table';

export type Ctx = { db: Db; requestId?: string };

type ProgramRow = typeof programs.$inferSelect;
type ParticipantRow = typeof participants.$inferSelect;

export const defaultSettings: ProgramSettings = { identityEnabled: false, retentionMonths: 36 };

export function toProgram(row: ProgramRow) {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    description: row.description,
    focusArea: row.focusArea,
    responsiblePerson: row.responsiblePerson,
    reportsJobOutcome: row.reportsJobOutcome,
    active: row.active,
  };
}

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

const uniqueViolation = (error: unknown) =>
  String((error as { code?: string }).code ?? '') === '23505' ||
  String((error as { cause?: { code?: string } }).cause?.code ?? '') === '23505';

// ── settings ────────────────────────────────────────────────────────────────────────────────

export async function settingsOf(db: Db, organisationId: string): Promise<ProgramSettings> {
  const [row] = await db
    .select({ settings: organisations.settings })
    .from(organisations)
    .where(eq(organisations.id, organisationId));
  const parsed = settingsSchema.partial().safeParse(row?.settings?.programs ?? {});
  return { ...defaultSettings, ...(parsed.success ? parsed.data : {}) };
}

export async function getSettings({ db }: Ctx, actor: Actor) {
  assertCan(actor, p['programs.settings']);
  return settingsOf(db, actor.organisationId);
}

export async function updateSettings({ db, requestId }: Ctx, actor: Actor, input: ProgramSettings) {
  assertCan(actor, p['programs.settings']);
  if (input.identityEnabled && !identityKeyFromEnv()) {
    throw new AppError('validation', {}, 400, 'programs:errors.no_identity_key');
  }
  return db.transaction(async (tx) => {
    const before = await settingsOf(tx, actor.organisationId);
    await tx
      .update(organisations)
      .set({ settings: sql`${organisations.settings} || ${JSON.stringify({ programs: input })}::jsonb` })
      .where(eq(organisations.id, actor.organisationId));
    await writeAudit(
      tx,
      actor,
      { action: 'update', entity: 'program_settings', before, after: input },
      requestId,
    );
    return input;
  });
}

/** Whether names and personal numbers can be stored now: turned on, and the key is set. */
export async function identityStorage({ db }: Ctx, actor: Actor) {
  assertCan(actor, p['programs.participants.write']);
  const settings = await settingsOf(db, actor.organisationId);
  return { enabled: settings.identityEnabled && identityKeyFromEnv() !== null };
}

// ── programs ────────────────────────────────────────────────────────────────────────────────

export async function listPrograms({ db }: Ctx, actor: Actor) {
  assertCan(actor, p['programs.read']);
  const rows = await db
    .select()
    .from(programs)
    .where(eq(programs.organisationId, actor.organisationId))
    .orderBy(asc(programs.name));
  return rows.map(toProgram);
}

export async function programOf(db: Db, actor: Actor, id: string) {
  const [row] = await db
    .select()
    .from(programs)
    .where(and(eq(programs.id, id), eq(programs.organisationId, actor.organisationId)));
  if (!row) throw new AppError('not_found');
  return toProgram(row);
}

export async function getProgram({ db }: Ctx, actor: Actor, id: string) {
  assertCan(actor, p['programs.read']);
  return programOf(db, actor, id);
}

export async function createProgram({ db, requestId }: Ctx, actor: Actor, input: ProgramInput) {
  assertCan(actor, p['programs.write']);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(programs)
      .values({ ...input, organisationId: actor.organisationId })
      .onConflictDoNothing()
      .returning();
    if (!row) throw new AppError('conflict', { what: input.code });
    const program = toProgram(row);
    await writeAudit(
      tx,
      actor,
      { action: 'create', entity: 'program', entityId: row.id, after: program },
      requestId,
    );
    return program;
  });
}

export async function updateProgram(
  { db, requestId }: Ctx,
  actor: Actor,
  id: string,
  input: Partial<ProgramInput>,
) {
  assertCan(actor, p['programs.write']);
  return db.transaction(async (tx) => {
    const before = await programOf(tx, actor, id);
    const [row] = await tx
      .update(programs)
      .set(input)
      .where(eq(programs.id, id))
      .returning()
      .catch((error: unknown) => {
        if (uniqueViolation(error)) throw new AppError('conflict', { what: input.code });
        throw error;
      });
    const after = toProgram(row);
    await writeAudit(
      tx,
      actor,
      { action: 'update', entity: 'program', entityId: id, before, after },
      requestId,
    );
    return after;
  });
}

// ── participants ────────────────────────────────────────────────────────────────────────────

export async function listParticipants({ db }: Ctx, actor: Actor, programId: string) {
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

async function participantOf(db: Db, actor: Actor, id: string, permission: string) {
  const [row] = await db
    .select()
    .from(participants)
    .where(and(eq(participants.id, id), eq(participants.organisationId, actor.organisationId)));
  if (!row) throw new AppError('not_found');
  assertCan(actor, permission, row.areaId);
  // Hosts work only with participants placed in their areas.
  if (actor.areaIds !== 'all' && row.areaId === null) throw new AppError('forbidden');
  return row;
}

function checkDates(row: { consentOn?: string | null; enrolledOn: string; exitedOn: string | null }) {
  if (row.exitedOn && row.exitedOn < row.enrolledOn) {
    throw new AppError('validation', {}, 400, 'programs:errors.exit_before_enrolment');
  }
}

export async function createParticipant(
  { db, requestId }: Ctx,
  actor: Actor,
  programId: string,
  input: ParticipantInput,
) {
  assertCan(actor, p['programs.participants.write'], input.areaId);
  if (actor.areaIds !== 'all' && !input.areaId) throw new AppError('forbidden');
  checkDates(input);
  const wantsIdentity = Boolean(input.name || input.personalNumber);
  return db.transaction(async (tx) => {
    await programOf(tx, actor, programId);
    const key = wantsIdentity ? await identityKey(tx, actor) : null;
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
    await writeAudit(
      tx,
      actor,
      {
        action: 'create',
        entity: 'program_participant',
        entityId: row.id,
        after: { programId, fields: changedFields(fields), identity: Boolean(key) },
      },
      requestId,
    );
    return toParticipant(row, Boolean(key));
  });
}

async function identityKey(db: Db, actor: Actor): Promise<Buffer> {
  const settings = await settingsOf(db, actor.organisationId);
  const key = identityKeyFromEnv();
  if (!settings.identityEnabled || !key)
    throw new AppError('validation', {}, 400, 'programs:errors.identity_disabled');
  return key;
}

export async function updateParticipant(
  { db, requestId }: Ctx,
  actor: Actor,
  id: string,
  input: ParticipantPatch,
) {
  assertCan(actor, p['programs.participants.write']);
  if (input.areaId !== undefined) assertCan(actor, p['programs.participants.write'], input.areaId);
  return db.transaction(async (tx) => {
    const before = await participantOf(tx, actor, id, p['programs.participants.write']);
    if (before.erasedAt) throw new AppError('conflict', { what: id }, 409, 'programs:errors.erased');
    checkDates({ ...before, ...input });
    const [row] = await tx
      .update(participants)
      .set({ ...input, updatedAt: new Date() })
      .where(eq(participants.id, id))
      .returning()
      .catch((error: unknown) => {
        if (uniqueViolation(error)) throw new AppError('conflict', { what: input.ref });
        throw error;
      });
    const [identity] = await tx
      .select({ id: participantIdentities.participantId })
      .from(participantIdentities)
      .where(eq(participantIdentities.participantId, id));
    await writeAudit(
      tx,
      actor,
      {
        action: 'update',
        entity: 'program_participant',
        entityId: id,
        after: { fields: changedFields(input) },
      },
      requestId,
    );
    return toParticipant(row, Boolean(identity));
  });
}

/** Decrypted name and personal number, for the few who may see them; the look-up itself is audited. */
export async function participantIdentity({ db, requestId }: Ctx, actor: Actor, id: string) {
  assertCan(actor, p['programs.identity']);
  await participantOf(db, actor, id, p['programs.identity']);
  const [row] = await db
    .select()
    .from(participantIdentities)
    .where(eq(participantIdentities.participantId, id));
  if (!row) throw new AppError('not_found');
  const key = identityKeyFromEnv();
  if (!key) throw new AppError('validation', {}, 400, 'programs:errors.no_identity_key');
  await writeAudit(
    db,
    actor,
    { action: 'read_identity', entity: 'program_participant', entityId: id },
    requestId,
  );
  return {
    name: row.nameSealed ? decryptText(key, row.nameSealed, id) : null,
    personalNumber: row.personalNumberSealed ? decryptText(key, row.personalNumberSealed, id) : null,
  };
}

/**
 * Removes who a participant is while keeping what the counts need: the reference, birth year,
 * gender, consent date and the encrypted identity go; enrolment and exit dates are cut to the
 * first of the month; outcome, satisfaction, area and questionnaire answers stay, now anonymous.
 */
export async function anonymiseParticipants(tx: Db, organisationId: string, ids: string[]): Promise<number> {
  if (!ids.length) return 0;
  await tx.delete(participantIdentities).where(inArray(participantIdentities.participantId, ids));
  await tx
    .update(questionnaireAnswers)
    .set({ answeredOn: sql`date_trunc('month', ${questionnaireAnswers.answeredOn})::date` })
    .where(inArray(questionnaireAnswers.participantId, ids));
  const rows = await tx
    .update(participants)
    .set({
      ref: null,
      birthYear: null,
      gender: null,
      consentOn: null,
      enrolledOn: sql`date_trunc('month', ${participants.enrolledOn})::date`,
      exitedOn: sql`date_trunc('month', ${participants.exitedOn})::date`,
      erasedAt: new Date(),
      updatedAt: new Date(),
    })
    .where(
      and(
        eq(participants.organisationId, organisationId),
        inArray(participants.id, ids),
        isNull(participants.erasedAt),
      ),
    )
    .returning({ id: participants.id });
  return rows.length;
}

/** Right to erasure, on request. */
export async function eraseParticipant({ db, requestId }: Ctx, actor: Actor, id: string) {
  assertCan(actor, p['programs.erase']);
  return db.transaction(async (tx) => {
    const row = await participantOf(tx, actor, id, p['programs.erase']);
    if (row.erasedAt) return;
    await anonymiseParticipants(tx, actor.organisationId, [id]);
    await writeAudit(
      tx,
      actor,
      { action: 'erase', entity: 'program_participant', entityId: id, after: { programId: row.programId } },
      requestId,
    );
  });
}

function monthsBefore(isoDate: string, months: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d.toISOString().slice(0, 10);
}

/** Anonymises everyone who left the program more than the retention period before `today`. */
export async function applyRetention(db: Db, organisationId: string, today: string): Promise<number> {
  const settings = await settingsOf(db, organisationId);
  const cutoff = monthsBefore(today, settings.retentionMonths);
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ id: participants.id })
      .from(participants)
      .where(
        and(
          eq(participants.organisationId, organisationId),
          isNull(participants.erasedAt),
          lt(participants.exitedOn, cutoff),
        ),
      );
    const count = await anonymiseParticipants(
      tx,
      organisationId,
      due.map((r) => r.id),
    );
    if (count) {
      await writeAudit(tx, systemActor(organisationId, 'retention'), {
        action: 'anonymise',
        entity: 'program_participant',
        after: { count, exitedBefore: cutoff },
      });
    }
    return count;
  });
}
