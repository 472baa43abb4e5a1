import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import { recordAudit } from '../../core/audit';
import { type Actor, assertCan } from '../../core/auth/access';
import type { Db } from '../../core/db/client';
import { organisationRow } from '../../core/db/organisation-row';
import { AppError } from '../../core/errors';
import type { ServiceContext } from '../../core/module';
import type { SessionInput } from './activities.contract';
import { activityPermissions as p } from './activities.policy';
import { activityOf, writableActivityIn } from './activities.service';
import { activitySessions } from './activities.table';
import { normaliseCounts, type SessionCounts } from './counts';
import { countColumns, sessionColumns, toSession } from './session-columns';
import { visibleSessionsOf } from './session-queries';

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

export async function listSessions({ db }: ServiceContext, actor: Actor, activityId: string, year?: number) {
  await activityOf(db, actor, activityId);
  const inYear = year ? sql`extract(year from ${activitySessions.date}) = ${year}` : undefined;
  const rows = await visibleSessionsOf(db, actor, activityId, inYear).orderBy(
    desc(activitySessions.date),
    desc(activitySessions.startTime),
  );
  return rows.map(toSession);
}

/**
 * The planned session a report after the fact belongs to: same activity, area and day, not yet
 * reported, and at the same start time when one is given (else the day's earliest).
 */
async function plannedSessionFor(db: Db, actor: Actor, input: SessionInput) {
  const [row] = await db
    .select()
    .from(activitySessions)
    .where(
      and(
        eq(activitySessions.organisationId, actor.organisationId),
        eq(activitySessions.activityId, input.activityId),
        eq(activitySessions.areaId, input.areaId),
        eq(activitySessions.date, input.date),
        isNull(activitySessions.participants),
        input.startTime ? eq(activitySessions.startTime, input.startTime) : undefined,
      ),
    )
    .orderBy(asc(activitySessions.startTime))
    .limit(1);
  return row;
}

/**
 * Logs a session (or plans one, without counts); the area must be one of the activity's. Counts
 * for a day with a planned session report that session, so the calendar and the follow-up show
 * one session, not the plan and the report side by side.
 */
export async function createSession({ db, requestId }: ServiceContext, actor: Actor, input: SessionInput) {
  assertCan(actor, p['activities.write'], input.areaId);
  const counts = checkedCounts(input);
  return db.transaction(async (tx) => {
    const activity = await writableActivityIn(tx, actor, input.activityId, input.areaId);
    const planned = counts ? await plannedSessionFor(tx, actor, input) : undefined;
    const values = {
      startTime: input.startTime ?? planned?.startTime ?? null,
      endTime: input.endTime ?? planned?.endTime ?? null,
      place: input.place || planned?.place || activity.defaultPlace,
      newParticipants: input.newParticipants,
      note: input.note || planned?.note || '',
      ...countColumns(counts),
    };
    const [row] = planned
      ? await tx.update(activitySessions).set(values).where(eq(activitySessions.id, planned.id)).returning()
      : await tx
          .insert(activitySessions)
          .values({
            organisationId: actor.organisationId,
            activityId: input.activityId,
            areaId: input.areaId,
            date: input.date,
            ...values,
          })
          .returning();
    const session = toSession(row);
    await recordAudit(
      tx,
      { actor, entity: 'activity_session', requestId },
      planned ? 'update' : 'create',
      row.id,
      planned ? { before: toSession(planned), after: session } : { after: session },
    );
    return session;
  });
}

/** One of the organisation's sessions, if the actor has the permission in its area. */
async function sessionOf(db: Db, actor: Actor, id: string, permission = p['activities.write']) {
  const row = await organisationRow(db, activitySessions, id, actor.organisationId);
  assertCan(actor, permission, row.areaId);
  return row;
}

/** One session the actor may see (held to the host's areas), e.g. to correct or report it. */
export async function getSession({ db }: ServiceContext, actor: Actor, id: string) {
  assertCan(actor, p['activities.read']);
  return toSession(await sessionOf(db, actor, id, p['activities.read']));
}

/** Replaces a session's details and counts (reporting a planned session, correcting a count). */
export async function updateSession(
  { db, requestId }: ServiceContext,
  actor: Actor,
  id: string,
  input: SessionInput,
) {
  assertCan(actor, p['activities.write'], input.areaId);
  const counts = checkedCounts(input);
  return db.transaction(async (tx) => {
    const before = await sessionOf(tx, actor, id);
    await writableActivityIn(tx, actor, input.activityId, input.areaId);
    const [row] = await tx
      .update(activitySessions)
      .set(sessionColumns(input, counts))
      .where(eq(activitySessions.id, id))
      .returning();
    const after = toSession(row);
    const audited = { actor, entity: 'activity_session', requestId };
    await recordAudit(tx, audited, 'update', id, { before: toSession(before), after });
    return after;
  });
}

export async function deleteSession({ db, requestId }: ServiceContext, actor: Actor, id: string) {
  return db.transaction(async (tx) => {
    const before = await sessionOf(tx, actor, id);
    await tx.delete(activitySessions).where(eq(activitySessions.id, id));
    const audited = { actor, entity: 'activity_session', requestId };
    await recordAudit(tx, audited, 'delete', id, { before: toSession(before) });
  });
}
