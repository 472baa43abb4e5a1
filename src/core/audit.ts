import { eq, type InferSelectModel } from 'drizzle-orm';
import type { PgInsertValue, PgTable, PgUpdateSetSource } from 'drizzle-orm/pg-core';
import { auditLog } from './audit.table';
import type { Actor } from './auth/access';
import type { Db } from './db/client';
import { type OrganisationTable, organisationRow } from './db/organisation-row';
import { AppError } from './errors';

export type AuditEntry = {
  action: string;
  entity: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
};

/** Writes one audit row in the caller's transaction, so a write and its audit commit together. */
export async function writeAudit(db: Db, actor: Actor, entry: AuditEntry, requestId?: string): Promise<void> {
  await db.insert(auditLog).values({
    organisationId: actor.organisationId,
    actorId: actor.userId,
    actorName: actor.name,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId ?? null,
    before: entry.before ?? null,
    after: entry.after ?? null,
    requestId: requestId ?? null,
  });
}

/** Who writes, what the audit calls the row (e.g. 'area'), and the request it came with. */
export type AuditedWrite = { actor: Actor; entity: string; requestId?: string };

/**
 * Inserts one row and audits its creation in the caller's transaction. A row that would repeat a
 * unique name or code is a conflict, whose message names `what` (the taken name or code).
 */
export async function insertAudited<T extends PgTable>(
  tx: Db,
  table: T,
  values: PgInsertValue<T>,
  { actor, entity, requestId }: AuditedWrite,
  what: string,
): Promise<InferSelectModel<T>> {
  const [row] = (await tx
    .insert(table)
    .values(values)
    .onConflictDoNothing()
    .returning()) as InferSelectModel<T>[];
  if (!row) throw new AppError('conflict', { what });
  const entityId = (row as { id: string }).id;
  await writeAudit(tx, actor, { action: 'create', entity, entityId, after: row }, requestId);
  return row;
}

/**
 * Changes one of the actor's organisation's rows and audits it, before and after, in the caller's
 * transaction; another organisation's row, or none, is not_found.
 */
export async function updateAudited<T extends OrganisationTable>(
  tx: Db,
  table: T,
  id: string,
  changes: PgUpdateSetSource<T>,
  { actor, entity, requestId }: AuditedWrite,
): Promise<{ before: InferSelectModel<T>; row: InferSelectModel<T> }> {
  const before = await organisationRow(tx, table, id, actor.organisationId);
  const [row] = (await tx
    .update(table)
    .set(changes)
    .where(eq(table.id, id))
    .returning()) as InferSelectModel<T>[];
  await writeAudit(tx, actor, { action: 'update', entity, entityId: id, before, after: row }, requestId);
  return { before, row };
}

/** What a write changed, as the module shows the row (its API shape, or only the changed fields). */
export type AuditChange = { before?: unknown; after?: unknown };

/**
 * writeAudit for a write described as AuditedWrite, for services whose audit shows a row otherwise
 * than stored (so insertAudited/updateAudited, which audit the stored row, do not fit):
 * `await recordAudit(tx, { actor, entity: 'program', requestId }, 'create', row.id, { after })`.
 */
export function recordAudit(
  db: Db,
  { actor, entity, requestId }: AuditedWrite,
  action: string,
  entityId: string | null,
  change: AuditChange = {},
): Promise<void> {
  return writeAudit(db, actor, { action, entity, entityId, ...change }, requestId);
}
