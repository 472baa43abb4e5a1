import { and, asc, desc, eq, getTableColumns, sql } from 'drizzle-orm';
import { insertAudited, updateAudited } from '../../core/audit';
import { type Actor, assertCan } from '../../core/auth/access';
import { userDirectory, userInOrganisation } from '../../core/auth/users';
import type { Db } from '../../core/db/client';
import { AppError } from '../../core/errors';
import { changeStampOf } from '../../core/http/changed-by';
import type { ServiceContext } from '../../core/module';
import { refusePersonalData } from '../../core/personal-data-guard';
import { bodiesOf, isKnownBody, requireBody } from './bodies';
import { publishedShare, totalOf, womenShareValue } from './figures';
import type { Body, BodyInput, HeadcountInput, HeadcountRow } from './working-life.contract';
import { workingLifePermissions as p } from './working-life.policy';
import { workforceBodies, workforceHeadcounts } from './working-life.table';

type StoredHeadcount = typeof workforceHeadcounts.$inferSelect;
/** One body's headcount of a year, as a write or an import gives it. */
export type HeadcountEntry = HeadcountInput & { year: number; body: string };

/** The bodies the organisation reports on: the known four, then its own. */
export async function listBodies({ db }: ServiceContext, actor: Actor): Promise<Body[]> {
  assertCan(actor, p['working-life.read']);
  return bodiesOf(db, actor.organisationId, actor.language);
}

/** Adds a body of the organisation's own, audited; a code taken (or one of the known four) is a conflict. */
export async function addBody(
  { db, requestId }: ServiceContext,
  actor: Actor,
  input: BodyInput,
): Promise<Body> {
  assertCan(actor, p['working-life.write']);
  refusePersonalData(input.name, { language: actor.language, field: 'name' });
  if (isKnownBody(input.code)) throw new AppError('conflict', { what: input.code });
  const row = await db.transaction((tx) =>
    insertAudited(
      tx,
      workforceBodies,
      { organisationId: actor.organisationId, code: input.code, name: input.name },
      { actor, entity: 'workforce_body', requestId },
      input.code,
    ),
  );
  return { code: row.code, name: row.name, known: false };
}

/**
 * Writes one body's headcount of a year (new, or the stored one replaced) in the caller's
 * transaction and audits it; the same numbers again change nothing.
 */
export async function upsertHeadcount(
  tx: Db,
  actor: Actor,
  entry: HeadcountEntry,
  requestId?: string,
): Promise<{ row: StoredHeadcount; change: 'created' | 'updated' | 'unchanged' }> {
  const [before] = await tx
    .select()
    .from(workforceHeadcounts)
    .where(
      and(
        eq(workforceHeadcounts.organisationId, actor.organisationId),
        eq(workforceHeadcounts.year, entry.year),
        eq(workforceHeadcounts.body, entry.body),
      ),
    );
  const counts = { women: entry.women, men: entry.men, other: entry.other };
  if (before && before.women === counts.women && before.men === counts.men && before.other === counts.other) {
    return { row: before, change: 'unchanged' };
  }
  const audit = { actor, entity: 'workforce_headcount', requestId };
  if (before) {
    const changes = { ...counts, updatedBy: actor.userId, updatedAt: sql`now()` };
    const { row } = await updateAudited(tx, workforceHeadcounts, before.id, changes, audit);
    return { row, change: 'updated' };
  }
  const values = { organisationId: actor.organisationId, year: entry.year, body: entry.body, ...counts };
  const row = await insertAudited(
    tx,
    workforceHeadcounts,
    { ...values, updatedBy: actor.userId },
    audit,
    entry.body,
  );
  return { row, change: 'created' };
}

/** A stored headcount as the API gives it, its share published. */
function headcountOf(row: StoredHeadcount, bodyName: string, changerName: string | null): HeadcountRow {
  return {
    year: row.year,
    body: row.body,
    bodyName,
    women: row.women,
    men: row.men,
    other: row.other,
    total: totalOf(row),
    womenShare: publishedShare(womenShareValue(row)),
    ...changeStampOf(row.updatedAt, { id: row.updatedBy, name: changerName }),
  };
}

/** Sets one body's headcount of a year, audited; a body the organisation does not have is refused. */
export async function setHeadcount(
  { db, requestId }: ServiceContext,
  actor: Actor,
  year: number,
  body: string,
  input: HeadcountInput,
): Promise<HeadcountRow> {
  assertCan(actor, p['working-life.write']);
  await requireBody(db, actor.organisationId, body);
  const entry = { ...input, year, body };
  const { row } = await db.transaction((tx) => upsertHeadcount(tx, actor, entry, requestId));
  const names = await bodiesOf(db, actor.organisationId, actor.language);
  const changer = row.updatedBy ? await userInOrganisation(db, actor.organisationId, row.updatedBy) : null;
  return headcountOf(row, names.find((b) => b.code === body)?.name ?? body, changer?.name ?? null);
}

/** Every body's headcount of a year (or of every year), newest year first, bodies in their order. */
export async function listHeadcounts(
  { db }: ServiceContext,
  actor: Actor,
  year?: number,
): Promise<HeadcountRow[]> {
  assertCan(actor, p['working-life.read']);
  const people = userDirectory(db, actor.organisationId);
  const rows = await db
    .select({ ...getTableColumns(workforceHeadcounts), changerName: people.name })
    .from(workforceHeadcounts)
    .leftJoin(people, eq(people.id, workforceHeadcounts.updatedBy))
    .where(
      and(
        eq(workforceHeadcounts.organisationId, actor.organisationId),
        year === undefined ? undefined : eq(workforceHeadcounts.year, year),
      ),
    )
    .orderBy(desc(workforceHeadcounts.year), asc(workforceHeadcounts.body));
  const bodies = await bodiesOf(db, actor.organisationId, actor.language);
  const rank = (code: string) => {
    const i = bodies.findIndex((b) => b.code === code);
    return i < 0 ? bodies.length : i;
  };
  return rows
    .sort((a, b) => b.year - a.year || rank(a.body) - rank(b.body))
    .map((r) => headcountOf(r, bodies.find((b) => b.code === r.body)?.name ?? r.body, r.changerName));
}
