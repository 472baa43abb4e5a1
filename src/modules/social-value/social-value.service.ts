import { and, asc, desc, eq, isNull, ne, sql } from 'drizzle-orm';
import { recordAudit } from '../../core/audit';
import { type Actor, assertCan } from '../../core/auth/access';
import type { Db } from '../../core/db/client';
import { organisationRow } from '../../core/db/organisation-row';
import { AppError } from '../../core/errors';
import { lookUp, lookupByNames } from '../../core/import/look-up';
import type { ServiceContext } from '../../core/module';
import { programmeOutcomes, programmeRefs } from './programme-outcomes';
import { socialValueOf } from './result';
import type { SocialValueResult, Valuation, ValuationInput } from './social-value.contract';
import { socialValuePermissions as p } from './social-value.policy';
import { socialValuations } from './social-value.table';

type ValuationRow = typeof socialValuations.$inferSelect;
const entity = 'social_valuation';

/** A stored valuation as the API gives it. */
export function valuationOf(row: ValuationRow): Valuation {
  return {
    id: row.id,
    outcome: row.outcome as Valuation['outcome'],
    programCode: row.programCode,
    label: row.label,
    valuePerPersonYear: row.valuePerPersonYear,
    deadweight: row.deadweight,
    attribution: row.attribution,
    durationYears: row.durationYears,
    dropOff: row.dropOff,
    source: row.source,
    validFromYear: row.validFromYear,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedBy,
  };
}

/** What the audit log shows of a valuation: its key and its assumptions. */
const audited = ({ id, updatedAt, updatedBy, ...rest }: Valuation) => rest;

/** The valuation of an outcome, programme (null: all) and first year, as the unique key has it. */
function sameKey(
  organisationId: string,
  key: Pick<ValuationInput, 'outcome' | 'programCode' | 'validFromYear'>,
) {
  return and(
    eq(socialValuations.organisationId, organisationId),
    eq(socialValuations.outcome, key.outcome),
    key.programCode === null
      ? isNull(socialValuations.programCode)
      : eq(socialValuations.programCode, key.programCode),
    eq(socialValuations.validFromYear, key.validFromYear),
  );
}

/** The organisation's programme codes, lower-cased, each to the code as the programme has it. */
export async function programmeCodes(db: Db, organisationId: string): Promise<Map<string, string>> {
  return lookupByNames(
    await programmeRefs(db, organisationId),
    (r) => [r.code],
    (r) => r.code,
  );
}

/** The input with its programme code as the programme spells it; an unknown code is refused. */
async function checked(db: Db, organisationId: string, input: ValuationInput): Promise<ValuationInput> {
  if (input.programCode === null) return input;
  const code = lookUp(await programmeCodes(db, organisationId), input.programCode);
  if (!code) throw new AppError('social_value_unknown_program', { code: input.programCode });
  return { ...input, programCode: code };
}

const duplicate = (input: ValuationInput) =>
  new AppError('social_value_duplicate', {
    outcome: input.outcome,
    program: input.programCode ?? '–',
    year: input.validFromYear,
  });

/** What a valuation says besides its key. */
const assumed = [
  'label',
  'valuePerPersonYear',
  'deadweight',
  'attribution',
  'durationYears',
  'dropOff',
  'source',
] as const;

/**
 * Writes one valuation (new, or the one of the same outcome, programme and first year replaced) in
 * the caller's transaction and audits it; the import's write.
 */
export async function upsertValuation(
  tx: Db,
  actor: Actor,
  input: ValuationInput,
  requestId?: string,
): Promise<{ row: ValuationRow; change: 'created' | 'updated' | 'unchanged' }> {
  const [before] = await tx.select().from(socialValuations).where(sameKey(actor.organisationId, input));
  if (before && assumed.every((f) => before[f] === input[f])) return { row: before, change: 'unchanged' };
  const values = { ...input, updatedBy: actor.userId };
  const [row] = before
    ? await tx
        .update(socialValuations)
        .set({ ...values, updatedAt: sql`now()` })
        .where(eq(socialValuations.id, before.id))
        .returning()
    : await tx
        .insert(socialValuations)
        .values({ organisationId: actor.organisationId, ...values })
        .returning();
  await recordAudit(tx, { actor, entity, requestId }, before ? 'update' : 'create', row.id, {
    ...(before ? { before: audited(valuationOf(before)) } : {}),
    after: audited(valuationOf(row)),
  });
  return { row, change: before ? 'updated' : 'created' };
}

/** Adds a valuation, audited; one of the same outcome, programme and first year is a conflict. */
export async function createValuation(
  { db, requestId }: ServiceContext,
  actor: Actor,
  input: ValuationInput,
): Promise<Valuation> {
  assertCan(actor, p['social-value.write']);
  const values = await checked(db, actor.organisationId, input);
  return db.transaction(async (tx) => {
    const [taken] = await tx.select().from(socialValuations).where(sameKey(actor.organisationId, values));
    if (taken) throw duplicate(values);
    return valuationOf((await upsertValuation(tx, actor, values, requestId)).row);
  });
}

/** Changes a valuation, audited; another organisation's, or none, is not_found. */
export async function updateValuation(
  { db, requestId }: ServiceContext,
  actor: Actor,
  id: string,
  input: ValuationInput,
): Promise<Valuation> {
  assertCan(actor, p['social-value.write']);
  const before = await organisationRow(db, socialValuations, id, actor.organisationId);
  const values = await checked(db, actor.organisationId, input);
  return db.transaction(async (tx) => {
    const [taken] = await tx
      .select()
      .from(socialValuations)
      .where(and(sameKey(actor.organisationId, values), ne(socialValuations.id, id)));
    if (taken) throw duplicate(values);
    const [row] = await tx
      .update(socialValuations)
      .set({ ...values, updatedBy: actor.userId, updatedAt: sql`now()` })
      .where(and(eq(socialValuations.id, id), eq(socialValuations.organisationId, actor.organisationId)))
      .returning();
    await recordAudit(tx, { actor, entity, requestId }, 'update', id, {
      before: audited(valuationOf(before)),
      after: audited(valuationOf(row)),
    });
    return valuationOf(row);
  });
}

/** Deletes a valuation, audited; another organisation's, or none, is not_found. */
export async function deleteValuation(
  { db, requestId }: ServiceContext,
  actor: Actor,
  id: string,
): Promise<void> {
  assertCan(actor, p['social-value.write']);
  const row = await organisationRow(db, socialValuations, id, actor.organisationId);
  await db.transaction(async (tx) => {
    await tx
      .delete(socialValuations)
      .where(and(eq(socialValuations.id, id), eq(socialValuations.organisationId, actor.organisationId)));
    await recordAudit(tx, { actor, entity, requestId }, 'delete', id, { before: audited(valuationOf(row)) });
  });
}

/** Every valuation of the organisation: by outcome, programme (all first) and newest first year. */
export async function listValuations({ db }: ServiceContext, actor: Actor): Promise<Valuation[]> {
  assertCan(actor, p['social-value.read']);
  return storedValuations(db, actor.organisationId);
}

/** The organisation's valuations, unauthorised: for the report's indicator, which publishes only the result. */
export async function storedValuations(db: Db, organisationId: string): Promise<Valuation[]> {
  const rows = await db
    .select()
    .from(socialValuations)
    .where(eq(socialValuations.organisationId, organisationId))
    .orderBy(
      asc(socialValuations.outcome),
      sql`${socialValuations.programCode} asc nulls first`,
      desc(socialValuations.validFromYear),
    );
  return rows.map(valuationOf);
}

/** The year's social value: each valuation in force with its assumptions and published value, and the total. */
export async function socialValue(
  ctx: ServiceContext,
  actor: Actor,
  year: number,
): Promise<SocialValueResult> {
  assertCan(actor, p['social-value.read']);
  const [valuations, source] = await Promise.all([
    listValuations(ctx, actor),
    programmeOutcomes(ctx.db, actor.organisationId, year),
  ]);
  return socialValueOf(valuations, source, year);
}
