import { auditLog } from './audit.table';
import type { Actor } from './auth/access';
import type { Db } from './db/client';

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
