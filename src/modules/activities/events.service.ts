import { and, desc, eq } from 'drizzle-orm';
import { recordAudit } from '../../core/audit';
import { type Actor, assertCan } from '../../core/auth/access';
import { organisationRow } from '../../core/db/organisation-row';
import type { ServiceContext } from '../../core/module';
import type { EventInput } from './activities.contract';
import { activityPermissions as p } from './activities.policy';
import { activityOf, writableActivityIn } from './activities.service';
import { activityEvents } from './activities.table';

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

export async function listEvents({ db }: ServiceContext, actor: Actor, activityId: string) {
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

export async function createEvent({ db, requestId }: ServiceContext, actor: Actor, input: EventInput) {
  assertCan(actor, p['activities.write'], input.areaId);
  return db.transaction(async (tx) => {
    await writableActivityIn(tx, actor, input.activityId, input.areaId);
    const [row] = await tx
      .insert(activityEvents)
      .values({ ...input, organisationId: actor.organisationId })
      .returning();
    const event = toEvent(row);
    await recordAudit(tx, { actor, entity: 'activity_event', requestId }, 'create', row.id, { after: event });
    return event;
  });
}

export async function updateEvent(
  { db, requestId }: ServiceContext,
  actor: Actor,
  id: string,
  input: EventInput,
) {
  return db.transaction(async (tx) => {
    const before = await organisationRow(tx, activityEvents, id, actor.organisationId);
    await activityOf(tx, actor, before.activityId, p['activities.write']);
    await writableActivityIn(tx, actor, input.activityId, input.areaId);
    const [row] = await tx.update(activityEvents).set(input).where(eq(activityEvents.id, id)).returning();
    const after = toEvent(row);
    const audited = { actor, entity: 'activity_event', requestId };
    await recordAudit(tx, audited, 'update', id, { before: toEvent(before), after });
    return after;
  });
}
