import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { writeAudit } from '../../core/audit';
import { type Actor, assertCan, can } from '../../core/auth/access';
import type { Db } from '../../core/db/client';
import { areaScope } from '../../core/db/scope';
import { AppError } from '../../core/errors';
import { areas } from '../areas';
import type { ActivityInput, ActivityPatch, EventInput, SessionInput } from './activities.contract';
import { activityPermissions as p } from './activities.policy';
import { activities, activityAreas, activityEvents, activitySessions } from './activities.table';
import { type AgeCounts, normaliseCounts, type SessionCounts } from './counts';

export type Ctx = { db: Db; requestId?: string };

type ActivityRow = typeof activities.$inferSelect;

/** PostgreSQL's unique_violation, directly or wrapped by the driver. */
const uniqueViolation = (error: unknown) =>
  (error as { code?: string }).code === '23505' ||
  (error as { cause?: { code?: string } }).cause?.code === '23505';
type SessionRow = typeof activitySessions.$inferSelect;

function toActivity(row: ActivityRow, areaIds: string[]) {
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
    budget: row.budget,
    cost: row.cost,
    public: row.public,
    defaultPlace: row.defaultPlace,
    active: row.active,
  };
}

/** Age counts of a session row in the contract's shape. */
export function agesOf(row: SessionRow): AgeCounts {
  return {
    '0-12': row.age0to12,
    '13-15': row.age13to15,
    '16-19': row.age16to19,
    '20-25': row.age20to25,
    '26-64': row.age26to64,
    '65+': row.age65plus,
  };
}

export function toSession(row: SessionRow) {
  return {
    id: row.id,
    activityId: row.activityId,
    areaId: row.areaId,
    date: row.date,
    startTime: row.startTime,
    endTime: row.endTime,
    place: row.place,
    participants: row.participants,
    women: row.women,
    men: row.men,
    other: row.other,
    ages: agesOf(row),
    newParticipants: row.newParticipants,
    note: row.note,
  };
}

/** Session columns of checked counts (all zero for a planned session). */
export function countColumns(counts: SessionCounts | null) {
  const a = counts?.ages;
  return {
    participants: counts?.participants ?? null,
    women: counts?.women ?? 0,
    men: counts?.men ?? 0,
    other: counts?.other ?? 0,
    age0to12: a?.['0-12'] ?? 0,
    age13to15: a?.['13-15'] ?? 0,
    age16to19: a?.['16-19'] ?? 0,
    age20to25: a?.['20-25'] ?? 0,
    age26to64: a?.['26-64'] ?? 0,
    age65plus: a?.['65+'] ?? 0,
  };
}

async function areaIdsOf(db: Db, activityIds: string[]) {
  const map = new Map<string, string[]>();
  if (!activityIds.length) return map;
  const rows = await db
    .select({ activityId: activityAreas.activityId, areaId: activityAreas.areaId })
    .from(activityAreas)
    .where(inArray(activityAreas.activityId, activityIds));
  for (const r of rows) map.set(r.activityId, [...(map.get(r.activityId) ?? []), r.areaId]);
  for (const list of map.values()) list.sort();
  return map;
}

/** The actor may act in every one of the areas. */
function assertAreas(actor: Actor, permission: string, areaIds: readonly string[]) {
  for (const areaId of areaIds) assertCan(actor, permission, areaId);
}

async function assertOwnAreas(db: Db, actor: Actor, areaIds: readonly string[]) {
  if (!areaIds.length) return;
  const found = await db
    .select({ id: areas.id })
    .from(areas)
    .where(and(eq(areas.organisationId, actor.organisationId), inArray(areas.id, [...areaIds])));
  if (found.length !== new Set(areaIds).size) throw new AppError('not_found');
}

/** Activities held in at least one area the actor sees. */
export async function listActivities({ db }: Ctx, actor: Actor) {
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
  const areaMap = await areaIdsOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toActivity(r, areaMap.get(r.id) ?? []));
}

/** One activity the actor may see (read) or change (write: one of its areas is the actor's). */
export async function activityOf(
  db: Db,
  actor: Actor,
  id: string,
  permission: string = p['activities.read'],
) {
  assertCan(actor, permission);
  const [row] = await db
    .select()
    .from(activities)
    .where(and(eq(activities.id, id), eq(activities.organisationId, actor.organisationId)));
  if (!row) throw new AppError('not_found');
  const areaIds = (await areaIdsOf(db, [id])).get(id) ?? [];
  if (!areaIds.some((areaId) => can(actor, permission, areaId))) throw new AppError('forbidden');
  return toActivity(row, areaIds);
}

export async function getActivity({ db }: Ctx, actor: Actor, id: string) {
  return activityOf(db, actor, id);
}

export async function createActivity({ db, requestId }: Ctx, actor: Actor, input: ActivityInput) {
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
    const activity = toActivity(row, unique);
    await writeAudit(
      tx,
      actor,
      { action: 'create', entity: 'activity', entityId: row.id, after: activity },
      requestId,
    );
    return activity;
  });
}

export async function updateActivity({ db, requestId }: Ctx, actor: Actor, id: string, input: ActivityPatch) {
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
        .catch((error: unknown) => {
          if (uniqueViolation(error)) throw new AppError('conflict', { what: fields.name });
          throw error;
        });
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
    const after = toActivity(row as ActivityRow, areaIds ? [...new Set(areaIds)].sort() : before.areaIds);
    await writeAudit(
      tx,
      actor,
      { action: 'update', entity: 'activity', entityId: id, before, after },
      requestId,
    );
    return after;
  });
}

function checkedCounts(input: SessionInput): SessionCounts | null {
  if (input.participants === null) return null;
  const counts = normaliseCounts({
    participants: input.participants,
    women: input.women,
    men: input.men,
    other: input.other,
    ages: input.ages,
  });
  if (Array.isArray(counts)) {
    const [first] = counts;
    throw new AppError(
      'validation',
      { details: `${first.field}: ${first.code}` },
      400,
      `activities:errors.${first.code}`,
      counts,
    );
  }
  return counts;
}

export async function listSessions({ db }: Ctx, actor: Actor, activityId: string, year?: number) {
  await activityOf(db, actor, activityId);
  const rows = await db
    .select()
    .from(activitySessions)
    .where(
      and(
        eq(activitySessions.organisationId, actor.organisationId),
        eq(activitySessions.activityId, activityId),
        areaScope(activitySessions.areaId, actor),
        year ? sql`extract(year from ${activitySessions.date}) = ${year}` : undefined,
      ),
    )
    .orderBy(desc(activitySessions.date), desc(activitySessions.startTime));
  return rows.map(toSession);
}

/**
 * The activity, checked for write access, when `areaId` (if any) is one of its areas: sessions and
 * events belong to one of the activity's own areas.
 */
async function writableActivityIn(db: Db, actor: Actor, activityId: string, areaId: string | null) {
  const activity = await activityOf(db, actor, activityId, p['activities.write']);
  if (areaId && !activity.areaIds.includes(areaId)) {
    throw new AppError('validation', {}, 400, 'activities:errors.area_not_of_activity');
  }
  return activity;
}

/** Logs a session (or plans one, without counts); the area must be one of the activity's. */
export async function createSession({ db, requestId }: Ctx, actor: Actor, input: SessionInput) {
  assertCan(actor, p['activities.write'], input.areaId);
  const counts = checkedCounts(input);
  return db.transaction(async (tx) => {
    const activity = await writableActivityIn(tx, actor, input.activityId, input.areaId);
    const [row] = await tx
      .insert(activitySessions)
      .values({
        organisationId: actor.organisationId,
        activityId: input.activityId,
        areaId: input.areaId,
        date: input.date,
        startTime: input.startTime,
        endTime: input.endTime,
        place: input.place || activity.defaultPlace,
        newParticipants: input.newParticipants,
        note: input.note,
        ...countColumns(counts),
      })
      .returning();
    const session = toSession(row);
    await writeAudit(
      tx,
      actor,
      { action: 'create', entity: 'activity_session', entityId: row.id, after: session },
      requestId,
    );
    return session;
  });
}

async function sessionOf(db: Db, actor: Actor, id: string) {
  const [row] = await db
    .select()
    .from(activitySessions)
    .where(and(eq(activitySessions.id, id), eq(activitySessions.organisationId, actor.organisationId)));
  if (!row) throw new AppError('not_found');
  assertCan(actor, p['activities.write'], row.areaId);
  return row;
}

/** Replaces a session's details and counts (reporting a planned session, correcting a count). */
export async function updateSession({ db, requestId }: Ctx, actor: Actor, id: string, input: SessionInput) {
  assertCan(actor, p['activities.write'], input.areaId);
  const counts = checkedCounts(input);
  return db.transaction(async (tx) => {
    const before = await sessionOf(tx, actor, id);
    await writableActivityIn(tx, actor, input.activityId, input.areaId);
    const [row] = await tx
      .update(activitySessions)
      .set({
        activityId: input.activityId,
        areaId: input.areaId,
        date: input.date,
        startTime: input.startTime,
        endTime: input.endTime,
        place: input.place,
        newParticipants: input.newParticipants,
        note: input.note,
        ...countColumns(counts),
      })
      .where(eq(activitySessions.id, id))
      .returning();
    const after = toSession(row);
    await writeAudit(
      tx,
      actor,
      { action: 'update', entity: 'activity_session', entityId: id, before: toSession(before), after },
      requestId,
    );
    return after;
  });
}

export async function deleteSession({ db, requestId }: Ctx, actor: Actor, id: string) {
  return db.transaction(async (tx) => {
    const before = await sessionOf(tx, actor, id);
    await tx.delete(activitySessions).where(eq(activitySessions.id, id));
    await writeAudit(
      tx,
      actor,
      { action: 'delete', entity: 'activity_session', entityId: id, before: toSession(before) },
      requestId,
    );
  });
}

function toEvent(row: typeof activityEvents.$inferSelect) {
  return {
    id: row.id,
    activityId: row.activityId,
    areaId: row.areaId,
    name: row.name,
    date: row.date,
    counters: row.counters,
    note: row.note,
  };
}

export async function listEvents({ db }: Ctx, actor: Actor, activityId: string) {
  await activityOf(db, actor, activityId);
  const rows = await db
    .select()
    .from(activityEvents)
    .where(
      and(eq(activityEvents.organisationId, actor.organisationId), eq(activityEvents.activityId, activityId)),
    )
    .orderBy(desc(activityEvents.date));
  return rows.map(toEvent);
}

export async function createEvent({ db, requestId }: Ctx, actor: Actor, input: EventInput) {
  assertCan(actor, p['activities.write'], input.areaId);
  return db.transaction(async (tx) => {
    await writableActivityIn(tx, actor, input.activityId, input.areaId);
    const [row] = await tx
      .insert(activityEvents)
      .values({ ...input, organisationId: actor.organisationId })
      .returning();
    const event = toEvent(row);
    await writeAudit(
      tx,
      actor,
      { action: 'create', entity: 'activity_event', entityId: row.id, after: event },
      requestId,
    );
    return event;
  });
}

export async function updateEvent({ db, requestId }: Ctx, actor: Actor, id: string, input: EventInput) {
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(activityEvents)
      .where(and(eq(activityEvents.id, id), eq(activityEvents.organisationId, actor.organisationId)));
    if (!before) throw new AppError('not_found');
    await activityOf(tx, actor, before.activityId, p['activities.write']);
    await writableActivityIn(tx, actor, input.activityId, input.areaId);
    const [row] = await tx.update(activityEvents).set(input).where(eq(activityEvents.id, id)).returning();
    const after = toEvent(row);
    await writeAudit(
      tx,
      actor,
      { action: 'update', entity: 'activity_event', entityId: id, before: toEvent(before), after },
      requestId,
    );
    return after;
  });
}
