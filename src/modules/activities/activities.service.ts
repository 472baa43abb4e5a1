import { and, asc, eq, inArray } from 'drizzle-orm';
import { recordAudit } from '../../core/audit';
import { type Actor, assertCan, can } from '../../core/auth/access';
import type { Db } from '../../core/db/client';
import { organisationRow } from '../../core/db/organisation-row';
import { areaScope } from '../../core/db/scope';
import { conflictOver } from '../../core/db/unique-conflict';
import { AppError } from '../../core/errors';
import type { ServiceContext } from '../../core/module';
import { assertAreasInOrganisation } from '../areas';
import type { ActivityInput, ActivityPatch } from './activities.contract';
import { activityPermissions as p } from './activities.policy';
import { activities, activityAreas, activityFinances } from './activities.table';

/** What the activities services get: the database and the request, for the audit log. */

type ActivityRow = typeof activities.$inferSelect;

type Finance = { year: number; budget: number | null; cost: number | null };

function toActivity(row: ActivityRow, areaIds: string[], finances: Finance[]) {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    focusArea: row.focusArea,
    areaIds,
    partners: row.partners,
    targetGroups: row.targetGroups,
    sdgs: row.sdgs,
    responsiblePerson: row.responsiblePerson,
    public: row.public,
    defaultPlace: row.defaultPlace,
    active: row.active,
    finances,
  };
}

/** The areas (sorted) and yearly finances (oldest first) of the activities. */
async function detailsOf(db: Db, activityIds: string[]) {
  const areaIds = new Map<string, string[]>();
  const finances = new Map<string, Finance[]>();
  if (!activityIds.length) return { areaIds, finances };
  const links = await db
    .select({ activityId: activityAreas.activityId, areaId: activityAreas.areaId })
    .from(activityAreas)
    .where(inArray(activityAreas.activityId, activityIds));
  for (const r of links) areaIds.set(r.activityId, [...(areaIds.get(r.activityId) ?? []), r.areaId]);
  for (const list of areaIds.values()) list.sort();
  const years = await db
    .select()
    .from(activityFinances)
    .where(inArray(activityFinances.activityId, activityIds))
    .orderBy(asc(activityFinances.year));
  for (const { activityId, year, budget, cost } of years)
    finances.set(activityId, [...(finances.get(activityId) ?? []), { year, budget, cost }]);
  return { areaIds, finances };
}

/** The actor may act in every one of the areas. */
function assertAreas(actor: Actor, permission: string, areaIds: readonly string[]) {
  for (const areaId of areaIds) assertCan(actor, permission, areaId);
}

async function assertOwnAreas(db: Db, actor: Actor, areaIds: readonly string[]) {
  await assertAreasInOrganisation(db, actor.organisationId, areaIds);
}

/** Activities held in at least one area the actor sees. */
export async function listActivities({ db }: ServiceContext, actor: Actor) {
  assertCan(actor, p['activities.read']);
  const visible = db
    .select({ id: activityAreas.activityId })
    .from(activityAreas)
    .where(
      and(eq(activityAreas.organisationId, actor.organisationId), areaScope(activityAreas.areaId, actor)),
    );
  const rows = await db
    .select()
    .from(activities)
    .where(and(eq(activities.organisationId, actor.organisationId), inArray(activities.id, visible)))
    .orderBy(asc(activities.name));
  const details = await detailsOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toActivity(r, details.areaIds.get(r.id) ?? [], details.finances.get(r.id) ?? []));
}

/** One activity the actor may see (read) or change (write: one of its areas is the actor's). */
export async function activityOf(
  db: Db,
  actor: Actor,
  id: string,
  permission: string = p['activities.read'],
) {
  assertCan(actor, permission);
  const row = await organisationRow(db, activities, id, actor.organisationId);
  const details = await detailsOf(db, [id]);
  const areaIds = details.areaIds.get(id) ?? [];
  if (!areaIds.some((areaId) => can(actor, permission, areaId))) throw new AppError('forbidden');
  return toActivity(row, areaIds, details.finances.get(id) ?? []);
}

export async function getActivity({ db }: ServiceContext, actor: Actor, id: string) {
  return activityOf(db, actor, id);
}

export async function createActivity({ db, requestId }: ServiceContext, actor: Actor, input: ActivityInput) {
  assertCan(actor, p['activities.write']);
  assertAreas(actor, p['activities.write'], input.areaIds);
  return db.transaction(async (tx) => {
    await assertOwnAreas(tx, actor, input.areaIds);
    const { areaIds, ...fields } = input;
    const [row] = await tx
      .insert(activities)
      .values({ ...fields, organisationId: actor.organisationId })
      .onConflictDoNothing()
      .returning();
    if (!row) throw new AppError('conflict', { what: input.name });
    const unique = [...new Set(areaIds)].sort();
    await tx
      .insert(activityAreas)
      .values(unique.map((areaId) => ({ organisationId: actor.organisationId, activityId: row.id, areaId })));
    const activity = toActivity(row, unique, []);
    await recordAudit(tx, { actor, entity: 'activity', requestId }, 'create', row.id, { after: activity });
    return activity;
  });
}

export async function updateActivity(
  { db, requestId }: ServiceContext,
  actor: Actor,
  id: string,
  input: ActivityPatch,
) {
  return db.transaction(async (tx) => {
    const before = await activityOf(tx, actor, id, p['activities.write']);
    const { areaIds, ...fields } = input;
    if (areaIds) {
      // A host may add or remove only their own areas.
      const changed = [
        ...areaIds.filter((a) => !before.areaIds.includes(a)),
        ...before.areaIds.filter((a) => !areaIds.includes(a)),
      ];
      assertAreas(actor, p['activities.write'], changed);
      await assertOwnAreas(tx, actor, areaIds);
    }
    let row: ActivityRow | undefined;
    if (Object.keys(fields).length) {
      [row] = await tx
        .update(activities)
        .set({ ...fields, updatedAt: new Date() })
        .where(eq(activities.id, id))
        .returning()
        .catch(conflictOver(fields.name));
    } else [row] = await tx.select().from(activities).where(eq(activities.id, id));
    if (areaIds) {
      await tx.delete(activityAreas).where(eq(activityAreas.activityId, id));
      await tx.insert(activityAreas).values(
        [...new Set(areaIds)].map((areaId) => ({
          organisationId: actor.organisationId,
          activityId: id,
          areaId,
        })),
      );
    }
    const after = toActivity(
      row as ActivityRow,
      areaIds ? [...new Set(areaIds)].sort() : before.areaIds,
      before.finances,
    );
    await recordAudit(tx, { actor, entity: 'activity', requestId }, 'update', id, { before, after });
    return after;
  });
}

/**
 * The activity, checked for write access, when `areaId` (if any) is one of its areas: sessions and
 * events belong to one of the activity's own areas.
 */
export async function writableActivityIn(db: Db, actor: Actor, activityId: string, areaId: string | null) {
  const activity = await activityOf(db, actor, activityId, p['activities.write']);
  if (areaId && !activity.areaIds.includes(areaId)) {
    throw new AppError('validation', {}, 400, 'activities:errors.area_not_of_activity');
  }
  return activity;
}
