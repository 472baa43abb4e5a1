/**
 * The organisation's exception codes: documented reasons to let a flat outside queue order, each with
 * its legal or policy basis. A new organisation starts with the usual ones of Swedish municipal
 * housing companies' letting rules; admins edit, add and deactivate them (codes are never deleted:
 * imported lettings refer to them).
 */
import { asc, eq, sql } from 'drizzle-orm';
import { insertAudited, updateAudited } from '../../core/audit';
import { type Actor, assertCan } from '../../core/auth/access';
import type { Db } from '../../core/db/client';
import { conflictOver } from '../../core/db/unique-conflict';
import type { ServiceContext } from '../../core/module';
import { refusePersonalData } from '../../core/personal-data-guard';
import type { ExceptionCodeInput, ExceptionCodePatch, ExceptionCodeRow } from './rental-queue.contract';
import { rentalQueuePermissions as p } from './rental-queue.policy';
import { rentalExceptionCodes } from './rental-queue.table';

type DefaultCode = Omit<ExceptionCodeInput, 'active'>;

/** The defaults: what Swedish municipal housing companies' letting rules usually allow. */
export const defaultExceptionCodes: DefaultCode[] = [
  {
    code: 'samverkan',
    nameSv: 'Samverkansavtal med kommunen',
    nameEn: 'Partnership flat (municipal agreement)',
    basis:
      'Samverkansavtalet med kommunen om lägenheter för bostadssociala behov (nyanlända, personer utestängda från bostadsmarknaden); kommunens ansvar enligt lagen (2000:1383) om kommunernas bostadsförsörjningsansvar.',
  },
  {
    code: 'internflytt',
    nameSv: 'Internflytt',
    nameEn: 'Internal transfer',
    basis:
      'Uthyrningspolicyn: en hyresgäst som behöver en annan lägenhet i beståndet (storlek, tillgänglighet) får flytta internt enligt reglerna för internflytt.',
  },
  {
    code: 'fortur-medicinsk',
    nameSv: 'Förtur av medicinska skäl',
    nameEn: 'Urgent need, medical grounds',
    basis:
      'Uthyrningspolicyn: förtur efter läkarintyg och bedömning, när nuvarande bostad inte fungerar av medicinska skäl.',
  },
  {
    code: 'fortur-social',
    nameSv: 'Förtur av sociala skäl',
    nameEn: 'Urgent need, social grounds',
    basis:
      'Uthyrningspolicyn: förtur på socialtjänstens begäran, t.ex. vid våld i nära relation eller när barn far illa av boendesituationen.',
  },
  {
    code: 'evakuering',
    nameSv: 'Ersättningslägenhet vid ombyggnad eller rivning',
    nameEn: 'Replacement flat during renovation or demolition',
    basis:
      'Hyreslagen (12 kap. jordabalken): en hyresgäst som måste flytta för ombyggnad eller rivning erbjuds en ersättningslägenhet.',
  },
];

const row = (r: typeof rentalExceptionCodes.$inferSelect): ExceptionCodeRow => ({
  id: r.id,
  code: r.code,
  nameSv: r.nameSv,
  nameEn: r.nameEn,
  basis: r.basis,
  active: r.active,
});

/**
 * A new organisation's default codes (`organisationCreated`, and at every start-up): only for an
 * organisation that has none yet, so a code an admin renamed is not brought back.
 */
export async function ensureDefaultExceptionCodes(db: Db, organisationId: string): Promise<void> {
  const [existing] = await db
    .select({ id: rentalExceptionCodes.id })
    .from(rentalExceptionCodes)
    .where(eq(rentalExceptionCodes.organisationId, organisationId))
    .limit(1);
  if (existing) return;
  await db
    .insert(rentalExceptionCodes)
    .values(defaultExceptionCodes.map((c) => ({ organisationId, ...c })))
    .onConflictDoNothing();
}

/** Every code of the organisation, by code: the active and the retired. */
export async function exceptionCodesOf(db: Db, organisationId: string) {
  return db
    .select()
    .from(rentalExceptionCodes)
    .where(eq(rentalExceptionCodes.organisationId, organisationId))
    .orderBy(asc(rentalExceptionCodes.code));
}

export async function listExceptionCodes({ db }: ServiceContext, actor: Actor): Promise<ExceptionCodeRow[]> {
  assertCan(actor, p['rental-queue.read']);
  return (await exceptionCodesOf(db, actor.organisationId)).map(row);
}

function refuseInText(actor: Actor, input: ExceptionCodePatch) {
  for (const field of ['nameSv', 'nameEn', 'basis'] as const) {
    const text = input[field];
    if (text) refusePersonalData(text, { language: actor.language, field });
  }
}

/** Adds a code, audited; a code already kept is a conflict. */
export async function createExceptionCode(
  { db, requestId }: ServiceContext,
  actor: Actor,
  input: ExceptionCodeInput,
): Promise<ExceptionCodeRow> {
  assertCan(actor, p['rental-queue.exceptions']);
  refuseInText(actor, input);
  const created = await db.transaction((tx) =>
    insertAudited(
      tx,
      rentalExceptionCodes,
      { organisationId: actor.organisationId, ...input },
      { actor, entity: 'rental_exception_code', requestId },
      input.code,
    ),
  );
  return row(created);
}

/** Changes a code (name, basis, active …), audited; another organisation's is not found. */
export async function updateExceptionCode(
  { db, requestId }: ServiceContext,
  actor: Actor,
  id: string,
  patch: ExceptionCodePatch,
): Promise<ExceptionCodeRow> {
  assertCan(actor, p['rental-queue.exceptions']);
  refuseInText(actor, patch);
  const { row: updated } = await db
    .transaction((tx) =>
      updateAudited(
        tx,
        rentalExceptionCodes,
        id,
        { ...patch, updatedAt: sql`now()` },
        {
          actor,
          entity: 'rental_exception_code',
          requestId,
        },
      ),
    )
    .catch(conflictOver(patch.code));
  return row(updated);
}
