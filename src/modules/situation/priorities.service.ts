import { and, asc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { insertAudited, updateAudited } from '../../core/audit';
import type { Actor } from '../../core/auth/access';
import type { Db } from '../../core/db/client';
import type { ServiceContext } from '../../core/module';
import { areaNameMap, requireAreaInOrganisation } from '../areas';
import { assertNoPersonalData } from './checks';
import type { priorityInput } from './situation.contract';
import { assertCoordinator } from './situation.policy';
import { weeklyPriorities } from './situation.table';
import { addWeeks } from './week';

/** Priorities and hot-spots the weekly meeting agrees for the next week, each with an owner; open ones follow. */

/**
 * The week's decided (or still open) priorities and hot-spots. `areaIds` is the viewer's areas: a
 * host sees those of their own areas and the ones tied to no area, never another host's.
 */
export async function loadPriorities(
  db: Db,
  organisationId: string,
  where: 'decided' | 'open',
  week: string,
  areaIds: readonly string[] | 'all' = 'all',
) {
  const rows = await db
    .select()
    .from(weeklyPriorities)
    .where(
      and(
        eq(weeklyPriorities.organisationId, organisationId),
        where === 'decided'
          ? eq(weeklyPriorities.decidedWeek, week)
          : and(sql`${weeklyPriorities.decidedWeek} < ${week}`, eq(weeklyPriorities.done, false)),
      ),
    )
    .orderBy(asc(weeklyPriorities.decidedWeek), asc(weeklyPriorities.createdAt));
  const names = await areaNameMap(db, organisationId);
  const mine = (r: { areaId: string | null }) => areaIds === 'all' || !r.areaId || areaIds.includes(r.areaId);
  return rows.filter(mine).map((r) => ({
    id: r.id,
    week: r.week,
    decidedWeek: r.decidedWeek,
    kind: r.kind,
    areaId: r.areaId,
    areaName: r.areaId ? (names.get(r.areaId) ?? null) : null,
    placeType: r.placeType,
    lat: r.lat,
    lon: r.lon,
    description: r.description,
    owner: r.owner,
    done: r.done,
  }));
}

/** A priority or hot-spot agreed at the meeting of `decidedWeek`, for the week after. */
export async function createPriority(
  { db, requestId }: ServiceContext,
  actor: Actor,
  decidedWeek: string,
  input: z.infer<typeof priorityInput>,
) {
  await assertCoordinator(db, actor);
  assertNoPersonalData(input.description, actor.language);
  assertNoPersonalData(input.owner, actor.language, 'owner');
  if (input.areaId) await requireAreaInOrganisation(db, actor.organisationId, input.areaId);
  const values = {
    organisationId: actor.organisationId,
    decidedWeek,
    week: input.week ?? addWeeks(decidedWeek, 1),
    kind: input.kind,
    areaId: input.areaId ?? null,
    placeType: input.placeType ?? null,
    lat: input.lat ?? null,
    lon: input.lon ?? null,
    description: input.description,
    owner: input.owner,
  };
  const audited = { actor, entity: 'situation_priority', requestId };
  const { id } = await db.transaction((tx) =>
    insertAudited(tx, weeklyPriorities, values, audited, input.description),
  );
  return (await loadPriorities(db, actor.organisationId, 'decided', decidedWeek)).find((r) => r.id === id)!;
}

/** Marks a priority (an action) done or open again. */
export async function setPriorityDone(
  { db, requestId }: ServiceContext,
  actor: Actor,
  id: string,
  done: boolean,
) {
  await assertCoordinator(db, actor);
  const changes = { done, doneAt: done ? new Date() : null };
  return db.transaction(async (tx) => {
    const audited = { actor, entity: 'situation_priority', requestId };
    const { row } = await updateAudited(tx, weeklyPriorities, id, changes, audited);
    return { id, done: row.done };
  });
}
