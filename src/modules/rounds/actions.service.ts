import { and, asc, desc, eq, inArray, isNotNull, lt, or, type SQL, sql } from 'drizzle-orm';
import { updateAudited, writeAudit } from '../../core/audit';
import { type Actor, assertCan, can } from '../../core/auth/access';
import { userDirectory } from '../../core/auth/users';
import type { Db } from '../../core/db/client';
import { organisationRow } from '../../core/db/organisation-row';
import { areaScope } from '../../core/db/scope';
import { AppError } from '../../core/errors';
import type { ServiceContext } from '../../core/module';
import { refusePersonalData } from '../../core/personal-data-guard';
import { addDays, swedishToday } from '../../shared/time';
import { areaFor, areaRegister } from '../areas';
import { isClosed, isOverdue } from './follow-up';
import { ownerFor } from './people.service';
import type { ActionFilter, ActionInput, ActionPatch } from './rounds.contract';
import { roundPermissions as p } from './rounds.policy';
import { actionHistory, actions, areaManagers, findings } from './rounds.table';
import type { Severity } from './vocabulary';

/** Days a "high" finding's automatic action gets before it is due. */
export const highFindingDueDays = 14;

/** The first area manager of an area: the default owner of automatic actions. */
async function areaManagerOf(db: Db, organisationId: string, areaId: string) {
  const people = userDirectory(db, organisationId);
  const [row] = await db
    .select({ id: people.id, name: people.name })
    .from(areaManagers)
    .innerJoin(people, eq(people.id, areaManagers.userId))
    .where(and(eq(areaManagers.organisationId, organisationId), eq(areaManagers.areaId, areaId)))
    .orderBy(asc(people.name))
    .limit(1);
  return row ?? null;
}

/** The public page must never carry contact details or identity numbers (names the form warns about). */
function refusePublicPersonalData(actor: Actor, texts: Record<string, string | null | undefined>) {
  for (const [field, text] of Object.entries(texts))
    refusePersonalData(text, {
      language: actor.language,
      field,
      messageKey: 'rounds:errors.public_personal_data',
    });
}

/** One line of an action's history: who changed it, from and to which status, and why. */
async function historyLine(
  db: Db,
  actor: Actor,
  actionId: string,
  line: Omit<typeof actionHistory.$inferInsert, 'organisationId' | 'actionId' | 'actorName'>,
) {
  await db
    .insert(actionHistory)
    .values({ organisationId: actor.organisationId, actionId, actorName: actor.name, ...line });
}

/**
 * Stores a new action, open, with its first history line and its audit; null when its finding
 * already has one (the unique finding id).
 */
async function insertAction(
  db: Db,
  actor: Actor,
  values: Omit<typeof actions.$inferInsert, 'organisationId'>,
  note: string | undefined,
  requestId: string | undefined,
) {
  const [row] = await db
    .insert(actions)
    .values({ organisationId: actor.organisationId, ...values })
    .onConflictDoNothing()
    .returning();
  if (!row) return null;
  await historyLine(db, actor, row.id, { toStatus: 'open', note });
  await writeAudit(
    db,
    actor,
    { action: 'create', entity: 'action', entityId: row.id, after: row },
    requestId,
  );
  return row;
}

type FindingForAction = {
  id: string;
  areaId: string;
  severity: Severity | null;
  positive: boolean;
  foundOn: string;
};

/**
 * A "high" finding becomes an action at once: owned by the area manager (when one is named), due
 * in two weeks. The unique finding id makes this idempotent.
 */
export async function autoActionForFinding(
  db: Db,
  actor: Actor,
  finding: FindingForAction,
  title: string,
  requestId?: string,
) {
  if (finding.positive || finding.severity !== 'high') return null;
  const manager = await areaManagerOf(db, actor.organisationId, finding.areaId);
  const values = {
    findingId: finding.id,
    areaId: finding.areaId,
    title: title.slice(0, 300),
    ownerUserId: manager?.id ?? null,
    ownerName: manager?.name ?? null,
    dueOn: addDays(finding.foundOn, highFindingDueDays),
    createdOn: finding.foundOn,
  };
  return insertAction(db, actor, values, 'auto: high', requestId);
}

function actionQuery(db: Db, organisationId: string) {
  const names = areaRegister(db, organisationId);
  return db
    .select({
      action: actions,
      areaName: names.name,
      walkId: findings.walkId,
      severity: findings.severity,
    })
    .from(actions)
    .innerJoin(names, eq(names.id, actions.areaId))
    .leftJoin(findings, eq(findings.id, actions.findingId));
}

type ActionRow = Awaited<ReturnType<ReturnType<typeof actionQuery>['execute']>>[number];

function present(row: ActionRow, today: string) {
  const a = row.action;
  return {
    id: a.id,
    findingId: a.findingId,
    walkId: row.walkId ?? null,
    areaId: a.areaId,
    areaName: row.areaName,
    title: a.title,
    ownerUserId: a.ownerUserId,
    ownerName: a.ownerName,
    dueOn: a.dueOn,
    status: a.status,
    wontDoReason: a.wontDoReason,
    publicText: a.publicText,
    publicTextEn: a.publicTextEn,
    createdOn: a.createdOn,
    closedOn: a.closedOn,
    overdue: isOverdue(a, today),
    severity: row.severity ?? null,
  };
}

const openStatuses = ['open', 'in_progress'] as const;

export async function listActions({ db }: ServiceContext, actor: Actor, filter: ActionFilter, now: Date) {
  assertCan(actor, p['rounds.read'], filter.areaId);
  const today = swedishToday(now);
  const where: (SQL | undefined)[] = [
    eq(actions.organisationId, actor.organisationId),
    areaScope(actions.areaId, actor),
    filter.areaId ? eq(actions.areaId, filter.areaId) : undefined,
    filter.status ? eq(actions.status, filter.status) : undefined,
    filter.walkId ? eq(findings.walkId, filter.walkId) : undefined,
    filter.mine === 'true'
      ? eq(actions.ownerUserId, actor.userId ?? '00000000-0000-0000-0000-000000000000')
      : undefined,
    filter.active === 'true' ? inArray(actions.status, [...openStatuses]) : undefined,
    filter.overdue === 'true'
      ? and(inArray(actions.status, [...openStatuses]), isNotNull(actions.dueOn), lt(actions.dueOn, today))
      : undefined,
  ];
  const rows = await actionQuery(db, actor.organisationId)
    .where(and(...where))
    .orderBy(asc(actions.dueOn), desc(actions.createdAt))
    .limit(1000);
  return rows.map((r) => present(r, today));
}

/**
 * Overdue actions that concern the actor: the ones they own, and the ones in areas they manage —
 * within the areas they may see (a host who has left an area no longer hears about it; its
 * manager does). This is what the actions page shows them and what the weekly digest mails.
 */
export async function overdueActionsFor(db: Db, actor: Actor, now: Date) {
  if (!actor.userId || !can(actor, p['rounds.read'])) return [];
  const today = swedishToday(now);
  const managed = db
    .select({ areaId: areaManagers.areaId })
    .from(areaManagers)
    .where(and(eq(areaManagers.organisationId, actor.organisationId), eq(areaManagers.userId, actor.userId)));
  const rows = await actionQuery(db, actor.organisationId)
    .where(
      and(
        eq(actions.organisationId, actor.organisationId),
        areaScope(actions.areaId, actor),
        inArray(actions.status, [...openStatuses]),
        lt(actions.dueOn, today),
        or(eq(actions.ownerUserId, actor.userId), inArray(actions.areaId, managed)),
      ),
    )
    .orderBy(asc(actions.dueOn));
  return rows.map((r) => present(r, today));
}

export async function myOverdueActions({ db }: ServiceContext, actor: Actor, now: Date) {
  assertCan(actor, p['rounds.read']);
  return overdueActionsFor(db, actor, now);
}

function actionOf(db: Db, actor: Actor, id: string) {
  return organisationRow(db, actions, id, actor.organisationId);
}

export async function getActionHistory({ db }: ServiceContext, actor: Actor, id: string) {
  const action = await actionOf(db, actor, id);
  assertCan(actor, p['rounds.read'], action.areaId);
  const rows = await db
    .select()
    .from(actionHistory)
    .where(eq(actionHistory.actionId, id))
    .orderBy(asc(actionHistory.at), asc(sql`${actionHistory.id}`));
  return rows.map((h) => ({
    at: h.at.toISOString(),
    actorName: h.actorName,
    fromStatus: h.fromStatus,
    toStatus: h.toStatus,
    note: h.note,
  }));
}

export async function createAction(
  { db, requestId }: ServiceContext,
  actor: Actor,
  input: ActionInput,
  now: Date,
) {
  assertCan(actor, p['rounds.actions']);
  refusePublicPersonalData(actor, { publicText: input.publicText, publicTextEn: input.publicTextEn });
  return db.transaction(async (tx) => {
    let areaId = input.areaId;
    if (input.findingId) {
      const [finding] = await tx
        .select()
        .from(findings)
        .where(and(eq(findings.id, input.findingId), eq(findings.organisationId, actor.organisationId)));
      if (!finding) throw new AppError('not_found');
      areaId = finding.areaId;
    }
    if (!areaId) throw new AppError('validation', { details: 'areaId' });
    await areaFor(tx, actor, areaId, p['rounds.actions']);
    const name = await ownerFor(tx, actor, input.ownerUserId, areaId);
    const values = {
      findingId: input.findingId ?? null,
      areaId,
      title: input.title,
      ownerUserId: input.ownerUserId ?? null,
      ownerName: name,
      dueOn: input.dueOn ?? null,
      publicText: input.publicText || null,
      publicTextEn: input.publicTextEn || null,
      createdOn: swedishToday(now),
    };
    const row = await insertAction(tx, actor, values, undefined, requestId);
    if (!row) throw new AppError('action_exists', {}, 409, 'rounds:errors.action_exists');
    const [full] = await actionQuery(tx, actor.organisationId).where(eq(actions.id, row.id));
    return present(full, swedishToday(now));
  });
}

/** Changes an action; every status change is a history line; won't do needs a reason. */
export async function updateAction(
  { db, requestId }: ServiceContext,
  actor: Actor,
  id: string,
  patch: ActionPatch,
  now: Date,
) {
  assertCan(actor, p['rounds.actions']);
  refusePublicPersonalData(actor, { publicText: patch.publicText, publicTextEn: patch.publicTextEn });
  const today = swedishToday(now);
  return db.transaction(async (tx) => {
    const before = await actionOf(tx, actor, id);
    assertCan(actor, p['rounds.actions'], before.areaId);
    const status = patch.status ?? before.status;
    const reason = patch.wontDoReason !== undefined ? patch.wontDoReason : before.wontDoReason;
    if (status === 'wont_do' && !reason?.trim()) {
      throw new AppError('reason_required', {}, 400, 'rounds:errors.reason_required');
    }
    const set: Partial<typeof actions.$inferInsert> = { updatedAt: new Date() };
    if (patch.title !== undefined) set.title = patch.title;
    if (patch.dueOn !== undefined) set.dueOn = patch.dueOn;
    if (patch.publicText !== undefined) set.publicText = patch.publicText || null;
    if (patch.publicTextEn !== undefined) set.publicTextEn = patch.publicTextEn || null;
    // An unchanged owner is not checked again: an edit must not fail because a host has left the area.
    if (patch.ownerUserId !== undefined && patch.ownerUserId !== before.ownerUserId) {
      set.ownerUserId = patch.ownerUserId;
      set.ownerName = await ownerFor(tx, actor, patch.ownerUserId, before.areaId);
    }
    if (patch.status !== undefined && patch.status !== before.status) {
      set.status = patch.status;
      set.closedOn = isClosed(patch.status) ? today : null;
    }
    set.wontDoReason = status === 'wont_do' ? reason : null;
    const { row } = await updateAudited(tx, actions, id, set, { actor, entity: 'action', requestId });
    const changes = Object.fromEntries(
      Object.entries(set).filter(([k, v]) => k !== 'updatedAt' && before[k as keyof typeof before] !== v),
    );
    if (Object.keys(changes).length || patch.note) {
      await historyLine(tx, actor, id, {
        fromStatus: before.status,
        toStatus: row.status,
        note: patch.note || (row.status === 'wont_do' ? (row.wontDoReason ?? '') : ''),
        changes,
      });
    }
    const [full] = await actionQuery(tx, actor.organisationId).where(eq(actions.id, id));
    return present(full, today);
  });
}
