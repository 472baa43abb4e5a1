import { stringify } from 'csv-stringify/sync';
import { and, desc, eq, gte, ilike, lt, type SQL } from 'drizzle-orm';
import { auditLog } from '../../core/audit.table';
import { type Actor, assertCan, definePermissions } from '../../core/auth/access';
import type { Db } from '../../core/db/client';

export const auditPermissions = definePermissions({ 'audit.read': ['admin'] });

export type AuditFilter = {
  from?: string;
  to?: string;
  actor?: string;
  entity?: string;
  action?: string;
  limit: number;
  offset: number;
};

function conditions(actor: Actor, f: Omit<AuditFilter, 'limit' | 'offset'>): SQL | undefined {
  return and(
    eq(auditLog.organisationId, actor.organisationId),
    f.from ? gte(auditLog.at, new Date(f.from)) : undefined,
    // "to" is a whole day: everything before the next midnight.
    f.to ? lt(auditLog.at, new Date(new Date(f.to).getTime() + 86_400_000)) : undefined,
    f.actor ? ilike(auditLog.actorName, `%${f.actor.replace(/[%_]/g, '\\$&')}%`) : undefined,
    f.entity ? eq(auditLog.entity, f.entity) : undefined,
    f.action ? eq(auditLog.action, f.action) : undefined,
  );
}

export async function listAudit(db: Db, actor: Actor, filter: AuditFilter) {
  assertCan(actor, auditPermissions['audit.read']);
  return db
    .select()
    .from(auditLog)
    .where(conditions(actor, filter))
    .orderBy(desc(auditLog.id))
    .limit(filter.limit)
    .offset(filter.offset);
}

/** The filtered log as CSV (semicolon-separated with BOM, as Swedish Excel opens it). */
export async function exportAudit(db: Db, actor: Actor, filter: Omit<AuditFilter, 'limit' | 'offset'>) {
  assertCan(actor, auditPermissions['audit.read']);
  const rows = await db
    .select()
    .from(auditLog)
    .where(conditions(actor, filter))
    .orderBy(desc(auditLog.id))
    .limit(100_000);
  const records = rows.map((r) => [
    r.at.toISOString(),
    r.actorName,
    r.action,
    r.entity,
    r.entityId ?? '',
    r.before === null ? '' : JSON.stringify(r.before),
    r.after === null ? '' : JSON.stringify(r.after),
    r.requestId ?? '',
  ]);
  return `\uFEFF${stringify([['at', 'actor', 'action', 'entity', 'entity_id', 'before', 'after', 'request_id'], ...records], { delimiter: ';' })}`;
}
