import { and, asc, desc, eq, gte, ilike, lt, type SQL } from 'drizzle-orm';
import { auditLog } from '../../core/audit.table';
import { type Actor, assertCan, definePermissions } from '../../core/auth/access';
import type { Db } from '../../core/db/client';
import { toCsv } from '../../core/export/csv';
import { translate } from '../../core/i18n/i18n';
import { addDays, startOfLocalDay } from '../../shared/time';
import { auditLabel } from './labels';

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
    f.from ? gte(auditLog.at, startOfLocalDay(f.from)) : undefined,
    // Swedish calendar days: "to" includes its whole day, up to the next local midnight.
    f.to ? lt(auditLog.at, startOfLocalDay(addDays(f.to, 1))) : undefined,
    f.actor ? ilike(auditLog.actorName, `%${f.actor.replace(/[%_]/g, '\\$&')}%`) : undefined,
    f.entity ? eq(auditLog.entity, f.entity) : undefined,
    f.action ? eq(auditLog.action, f.action) : undefined,
  );
}

/** The rows of the log that the filter lets through, newest first, for one who may read the log. */
function filteredLog(db: Db, actor: Actor, filter: Omit<AuditFilter, 'limit' | 'offset'>) {
  assertCan(actor, auditPermissions['audit.read']);
  return db.select().from(auditLog).where(conditions(actor, filter)).orderBy(desc(auditLog.id));
}

/** A page of the log, newest first, with entity and action named in the actor's language. */
export async function listAudit(db: Db, actor: Actor, filter: AuditFilter) {
  const rows = await filteredLog(db, actor, filter).limit(filter.limit).offset(filter.offset);
  return rows.map((row) => ({
    ...row,
    entityLabel: auditLabel(actor.language, 'entities', row.entity),
    actionLabel: auditLabel(actor.language, 'actions', row.action),
  }));
}

/** The entities and actions that occur in the organisation's log, named, for the filter lists. */
export async function auditFacets(db: Db, actor: Actor) {
  assertCan(actor, auditPermissions['audit.read']);
  const own = eq(auditLog.organisationId, actor.organisationId);
  const [entities, actions] = await Promise.all([
    db.selectDistinct({ code: auditLog.entity }).from(auditLog).where(own).orderBy(asc(auditLog.entity)),
    db.selectDistinct({ code: auditLog.action }).from(auditLog).where(own).orderBy(asc(auditLog.action)),
  ]);
  const named = (group: 'entities' | 'actions', codes: { code: string }[]) =>
    codes
      .map(({ code }) => ({ code, label: auditLabel(actor.language, group, code) }))
      .sort((a, b) => a.label.localeCompare(b.label, actor.language));
  return { entities: named('entities', entities), actions: named('actions', actions) };
}

const csvColumns = [
  'at',
  'actor',
  'action',
  'entity',
  'entity_id',
  'before',
  'after',
  'request_id',
  'action_code',
  'entity_code',
] as const;

/**
 * The filtered log as CSV (core toCsv: formulas neutralised, as Swedish Excel opens it): headers and
 * names in the actor's language, the codes in the last two columns for filtering and scripts.
 */
export async function exportAudit(db: Db, actor: Actor, filter: Omit<AuditFilter, 'limit' | 'offset'>) {
  const rows = await filteredLog(db, actor, filter).limit(100_000);
  const header = csvColumns.map((c) => translate(actor.language, `audit-log:csv.${c}`));
  const records = rows.map((r) => [
    r.at.toISOString(),
    r.actorName,
    auditLabel(actor.language, 'actions', r.action),
    auditLabel(actor.language, 'entities', r.entity),
    r.entityId ?? '',
    r.before === null ? '' : JSON.stringify(r.before),
    r.after === null ? '' : JSON.stringify(r.after),
    r.requestId ?? '',
    r.action,
    r.entity,
  ]);
  return toCsv([header, ...records]);
}
