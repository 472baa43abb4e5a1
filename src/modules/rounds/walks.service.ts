import { randomUUID } from 'node:crypto';
import { and, desc, eq, sql } from 'drizzle-orm';
import { insertAudited, writeAudit } from '../../core/audit';
import { type Actor, assertCan } from '../../core/auth/access';
import type { Db } from '../../core/db/client';
import { organisationRow } from '../../core/db/organisation-row';
import { areaScope } from '../../core/db/scope';
import { AppError } from '../../core/errors';
import type { ServiceContext } from '../../core/module';
import { areaFor, areaRegister } from '../areas';
import type { WalkInput, WalkPatch } from './rounds.contract';
import { roundPermissions as p } from './rounds.policy';
import { findingsWhere } from './rounds.service';
import { actions, findings, safetyWalks } from './rounds.table';

function walkQuery(db: Db, organisationId: string) {
  const names = areaRegister(db, organisationId);
  const repeat = db
    .select({ id: safetyWalks.id, repeatOfId: safetyWalks.repeatOfId })
    .from(safetyWalks)
    .as('repeat');
  return db
    .select({
      walk: safetyWalks,
      areaName: names.name,
      repeatWalkId: repeat.id,
      findings: sql<number>`(select count(*)::int from ${findings} where ${findings.walkId} = ${safetyWalks.id})`,
      actionsTotal: sql<number>`(select count(*)::int from ${actions} join ${findings} f on f.id = ${actions.findingId} where f.walk_id = ${safetyWalks.id})`,
      actionsDone: sql<number>`(select count(*)::int from ${actions} join ${findings} f on f.id = ${actions.findingId} where f.walk_id = ${safetyWalks.id} and ${actions.status} = 'done')`,
    })
    .from(safetyWalks)
    .innerJoin(names, eq(names.id, safetyWalks.areaId))
    .leftJoin(repeat, eq(repeat.repeatOfId, safetyWalks.id));
}
type WalkRow = Awaited<ReturnType<ReturnType<typeof walkQuery>['execute']>>[number];

function present(row: WalkRow) {
  const w = row.walk;
  return {
    id: w.id,
    areaId: w.areaId,
    areaName: row.areaName,
    title: w.title,
    route: w.route,
    participants: w.participants,
    introductionOn: w.introductionOn,
    walkOn: w.walkOn,
    feedbackOn: w.feedbackOn,
    summary: w.summary,
    repeatOfId: w.repeatOfId,
    repeatWalkId: row.repeatWalkId ?? null,
    findings: row.findings,
    actionsDone: row.actionsDone,
    actionsTotal: row.actionsTotal,
  };
}

export async function listWalks({ db }: ServiceContext, actor: Actor, areaId?: string) {
  assertCan(actor, p['rounds.read'], areaId);
  const rows = await walkQuery(db, actor.organisationId)
    .where(
      and(
        eq(safetyWalks.organisationId, actor.organisationId),
        areaScope(safetyWalks.areaId, actor),
        areaId ? eq(safetyWalks.areaId, areaId) : undefined,
      ),
    )
    .orderBy(desc(safetyWalks.walkOn));
  return rows.map(present);
}

async function walkRow(db: Db, actor: Actor, id: string) {
  const [row] = await walkQuery(db, actor.organisationId).where(
    and(eq(safetyWalks.id, id), eq(safetyWalks.organisationId, actor.organisationId)),
  );
  if (!row) throw new AppError('not_found');
  assertCan(actor, p['rounds.read'], row.walk.areaId);
  return row;
}

export async function getWalk({ db }: ServiceContext, actor: Actor, id: string) {
  const row = await walkRow(db, actor, id);
  return { ...present(row), findingList: await findingsWhere(db, actor.organisationId, { walkId: id }) };
}

async function checkRepeatOf(
  db: Db,
  actor: Actor,
  repeatOfId: string | null | undefined,
  areaId: string,
  selfId?: string,
) {
  if (!repeatOfId) return;
  if (repeatOfId === selfId) throw new AppError('repeat_invalid', {}, 400, 'rounds:errors.repeat_invalid');
  const [original] = await db
    .select({ areaId: safetyWalks.areaId })
    .from(safetyWalks)
    .where(and(eq(safetyWalks.id, repeatOfId), eq(safetyWalks.organisationId, actor.organisationId)));
  if (!original) throw new AppError('not_found');
  if (original.areaId !== areaId)
    throw new AppError('repeat_invalid', {}, 400, 'rounds:errors.repeat_invalid');
  const [taken] = await db
    .select({ id: safetyWalks.id })
    .from(safetyWalks)
    .where(eq(safetyWalks.repeatOfId, repeatOfId));
  if (taken && taken.id !== selfId) throw new AppError('repeat_taken', {}, 409, 'rounds:errors.repeat_taken');
}

/** Tenants are counted, never named: whatever was typed as their "organisation" is dropped. */
function countedParticipants<T extends { kind: string; organisation: string | null }>(
  participants: T[],
): T[] {
  return participants.map((p) => (p.kind === 'tenants' ? { ...p, organisation: null } : p));
}

/** Creates a walk; a given client id makes a retried create return the same walk. */
export async function createWalk({ db, requestId }: ServiceContext, actor: Actor, input: WalkInput) {
  await areaFor(db, actor, input.areaId, p['rounds.write']);
  const id = await db.transaction(async (tx) => {
    const clientId = input.clientId ?? randomUUID();
    const [existing] = await tx
      .select({ id: safetyWalks.id })
      .from(safetyWalks)
      .where(and(eq(safetyWalks.organisationId, actor.organisationId), eq(safetyWalks.clientId, clientId)));
    if (existing) return existing.id;
    await checkRepeatOf(tx, actor, input.repeatOfId, input.areaId);
    const values = {
      organisationId: actor.organisationId,
      clientId,
      areaId: input.areaId,
      title: input.title,
      route: input.route,
      participants: countedParticipants(input.participants),
      introductionOn: input.introductionOn ?? null,
      walkOn: input.walkOn,
      feedbackOn: input.feedbackOn ?? null,
      summary: input.summary,
      repeatOfId: input.repeatOfId ?? null,
    };
    const row = await insertAudited(
      tx,
      safetyWalks,
      values,
      { actor, entity: 'safety_walk', requestId },
      input.title,
    );
    return row.id;
  });
  return getWalk({ db }, actor, id);
}

export async function updateWalk(
  { db, requestId }: ServiceContext,
  actor: Actor,
  id: string,
  patch: WalkPatch,
) {
  await db.transaction(async (tx) => {
    const before = await organisationRow(tx, safetyWalks, id, actor.organisationId);
    assertCan(actor, p['rounds.write'], before.areaId);
    if (patch.repeatOfId !== undefined) await checkRepeatOf(tx, actor, patch.repeatOfId, before.areaId, id);
    const set = patch.participants
      ? { ...patch, participants: countedParticipants(patch.participants) }
      : patch;
    const [after] = await tx.update(safetyWalks).set(set).where(eq(safetyWalks.id, id)).returning();
    await writeAudit(
      tx,
      actor,
      { action: 'update', entity: 'safety_walk', entityId: id, before, after },
      requestId,
    );
  });
  return getWalk({ db }, actor, id);
}

/** Everything the protocol needs: the walk, its findings with their actions, and both ends of the repeat link. */
export async function walkProtocolData(ctx: ServiceContext, actor: Actor, id: string) {
  const walk = await getWalk(ctx, actor, id);
  const actionRows = await ctx.db
    .select({ action: actions })
    .from(actions)
    .innerJoin(findings, eq(findings.id, actions.findingId))
    .where(and(eq(findings.walkId, id), eq(actions.organisationId, actor.organisationId)));
  const related = async (otherId: string | null) => {
    if (!otherId) return null;
    const [row] = await ctx.db
      .select({ id: safetyWalks.id, title: safetyWalks.title, walkOn: safetyWalks.walkOn })
      .from(safetyWalks)
      .where(eq(safetyWalks.id, otherId));
    return row ?? null;
  };
  return {
    walk,
    actions: actionRows.map((r) => r.action),
    repeatOf: await related(walk.repeatOfId),
    repeatWalk: await related(walk.repeatWalkId),
  };
}
