/**
 * Staff's side: the list (by area, status, category, paged), one report with its photo, and
 * triage — into an action (rounds), an EST report (situation) or an answer. Hosts only in their
 * own areas; every write audited, without the tenant's text or contact (they must not outlive
 * the retention).
 */
import { and, count, desc, eq, inArray, type SQL } from 'drizzle-orm';
import { recordAudit } from '../../core/audit';
import { type Actor, assertCan, can } from '../../core/auth/access';
import type { Db } from '../../core/db/client';
import { organisationRow } from '../../core/db/organisation-row';
import { areaScope } from '../../core/db/scope';
import { AppError } from '../../core/errors';
import type { Mailer } from '../../core/mail/mailer';
import type { ServiceContext } from '../../core/module';
import { areaNameMap } from '../areas';
import { createAction, type LinkedAction, linkedActions } from '../rounds';
import { fileReport } from '../situation';
import type { FeedbackQuery, FeedbackReport, TriageInput } from './feedback.contract';
import { feedbackPermissions as p } from './feedback.policy';
import { feedbackPhotos, feedbackReports } from './feedback.table';
import { feedbackTexts, fill } from './tenant-texts';
import { categoryTexts, type FeedbackStatus, feedbackCategories } from './vocabulary';

type Row = typeof feedbackReports.$inferSelect;
type PhotoInfo = { reportId: string; publishable: boolean };

function present(
  row: Row,
  actor: Actor,
  areaNames: Map<string, string>,
  actions: Map<string, LinkedAction>,
  photo: PhotoInfo | undefined,
): FeedbackReport {
  // Only those who may answer the tenant see how to reach them (a viewer does not).
  const seesContact = can(actor, p['feedback.triage'], row.areaId);
  const action = row.actionId ? actions.get(row.actionId) : undefined;
  return {
    id: row.id,
    areaId: row.areaId,
    areaName: areaNames.get(row.areaId) ?? '',
    category: row.category,
    place: row.place,
    lat: row.lat,
    lon: row.lon,
    description: row.description,
    contactEmail: seesContact ? row.contactEmail : null,
    contactPhone: seesContact ? row.contactPhone : null,
    contactErased: row.contactErasedAt !== null,
    language: row.language,
    status: row.status,
    receivedAt: row.receivedAt.toISOString(),
    receivedOn: row.receivedOn,
    answer: row.answer,
    answeredAt: row.answeredAt?.toISOString() ?? null,
    action: action
      ? {
          id: action.id,
          title: action.title,
          status: action.status,
          dueOn: action.dueOn,
          closedOn: action.closedOn,
        }
      : null,
    estReportId: row.estReportId,
    triagedAt: row.triagedAt?.toISOString() ?? null,
    triagedBy: row.triagedBy,
    closedAt: row.closedAt?.toISOString() ?? null,
    hasPhoto: Boolean(photo),
    photoPublishable: photo?.publishable ?? false,
  };
}

async function presentAll(db: Db, actor: Actor, rows: Row[]) {
  const areaNames = await areaNameMap(db, actor.organisationId);
  const actions = await linkedActions(
    db,
    actor.organisationId,
    rows.flatMap((r) => (r.actionId ? [r.actionId] : [])),
  );
  const photos = rows.length
    ? await db
        .select({ reportId: feedbackPhotos.reportId, publishable: feedbackPhotos.publishable })
        .from(feedbackPhotos)
        .where(
          and(
            eq(feedbackPhotos.organisationId, actor.organisationId),
            inArray(
              feedbackPhotos.reportId,
              rows.map((r) => r.id),
            ),
          ),
        )
    : [];
  const photoOf = new Map(photos.map((ph) => [ph.reportId, ph]));
  return rows.map((r) => present(r, actor, areaNames, actions, photoOf.get(r.id)));
}

/** A page of the reports the actor sees, newest first. */
export async function listFeedback({ db }: ServiceContext, actor: Actor, query: FeedbackQuery) {
  assertCan(actor, p['feedback.read'], query.areaId);
  const conditions: (SQL | undefined)[] = [
    eq(feedbackReports.organisationId, actor.organisationId),
    areaScope(feedbackReports.areaId, actor),
    query.areaId ? eq(feedbackReports.areaId, query.areaId) : undefined,
    query.status ? eq(feedbackReports.status, query.status) : undefined,
    query.category ? eq(feedbackReports.category, query.category) : undefined,
  ];
  const where = and(...conditions);
  const [{ total }] = await db.select({ total: count() }).from(feedbackReports).where(where);
  const rows = await db
    .select()
    .from(feedbackReports)
    .where(where)
    .orderBy(desc(feedbackReports.receivedAt), desc(feedbackReports.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  return { items: await presentAll(db, actor, rows), total, page: query.page, pageSize: query.pageSize };
}

/** The organisation's report, if the actor may see its area (a host: their own areas only). */
async function reportFor(db: Db, actor: Actor, id: string, permission: string) {
  const row = await organisationRow(db, feedbackReports, id, actor.organisationId);
  assertCan(actor, permission, row.areaId);
  return row;
}

export async function getFeedback({ db }: ServiceContext, actor: Actor, id: string) {
  assertCan(actor, p['feedback.read']);
  const row = await reportFor(db, actor, id, p['feedback.read']);
  return (await presentAll(db, actor, [row]))[0];
}

/** The report's photo (already stripped of metadata when stored). */
export async function feedbackPhoto({ db }: ServiceContext, actor: Actor, id: string) {
  assertCan(actor, p['feedback.read']);
  const row = await reportFor(db, actor, id, p['feedback.read']);
  const [photo] = await db
    .select({ mime: feedbackPhotos.mime, content: feedbackPhotos.content })
    .from(feedbackPhotos)
    .where(and(eq(feedbackPhotos.reportId, row.id), eq(feedbackPhotos.organisationId, actor.organisationId)));
  if (!photo) throw new AppError('not_found');
  return photo;
}

/** Lets Open311 show the photo (staff saw no people, faces or plates in it), or takes it back. */
export async function setPhotoPublishable(
  { db, requestId }: ServiceContext,
  actor: Actor,
  id: string,
  publishable: boolean,
) {
  assertCan(actor, p['feedback.triage']);
  const row = await reportFor(db, actor, id, p['feedback.triage']);
  await db.transaction(async (tx) => {
    const changed = await tx
      .update(feedbackPhotos)
      .set({ publishable })
      .where(
        and(eq(feedbackPhotos.reportId, row.id), eq(feedbackPhotos.organisationId, actor.organisationId)),
      )
      .returning({ id: feedbackPhotos.id });
    if (!changed.length) throw new AppError('not_found');
    await recordAudit(tx, { actor, entity: 'feedback_photo', requestId }, 'update', changed[0].id, {
      after: { publishable },
    });
  });
  return getFeedback({ db }, actor, id);
}

/** The EST report's text: the place and the tenant's text (checked for personal data on receipt), as EST allows. */
const estDescription = (row: Row) =>
  (row.place ? `${row.place}: ${row.description}` : row.description).slice(0, 500);

/** What a triage makes of the report: the status after it and whether it closes it. */
function statusAfter(input: TriageInput, row: Row): FeedbackStatus {
  if (input.answer) return 'answered';
  if (input.kind === 'action') return 'in_progress';
  return row.status === 'answered' ? 'answered' : 'closed';
}

/**
 * Turns a report into an action, an EST report (filed as the company's own, like a host's) or an
 * answer; an action or EST report may carry an answer too. A report becomes at most one action and
 * one EST report. The answer is mailed to the tenant when they left an e-mail address.
 */
export async function triageFeedback(
  { db, requestId }: ServiceContext,
  actor: Actor,
  id: string,
  input: TriageInput,
  now: Date,
  mailer: Mailer,
) {
  assertCan(actor, p['feedback.triage']);
  const before = await reportFor(db, actor, id, p['feedback.triage']);
  if (input.kind === 'action' && before.actionId) throw new AppError('already_triaged', { kind: 'action' });
  if (input.kind === 'est' && before.estReportId) throw new AppError('already_triaged', { kind: 'est' });
  const status = statusAfter(input, before);
  const closes = status === 'answered' || status === 'closed';
  const updated = await db.transaction(async (tx) => {
    const ctx = { db: tx, requestId };
    const set: Partial<typeof feedbackReports.$inferInsert> = {
      status,
      triagedAt: now,
      triagedBy: actor.name,
      updatedAt: now,
      closedAt: closes ? (before.closedAt ?? now) : null,
    };
    if (input.kind === 'action') {
      const action = await createAction(
        ctx,
        actor,
        { areaId: before.areaId, title: input.title, dueOn: input.dueOn, publicText: input.publicText },
        now,
      );
      set.actionId = action.id;
    }
    if (input.kind === 'est') {
      const report = await fileReport(
        ctx,
        actor,
        {
          date: input.date ?? before.receivedOn,
          areaId: before.areaId,
          categoryId: input.categoryId,
          count: 1,
          description: estDescription(before),
          restricted: false,
          lat: before.lat,
          lon: before.lon,
        },
        now,
      );
      set.estReportId = report.id;
    }
    if (input.answer) {
      set.answer = input.answer;
      set.answeredAt = now;
    }
    const [row] = await tx
      .update(feedbackReports)
      .set(set)
      .where(eq(feedbackReports.id, before.id))
      .returning();
    await recordAudit(tx, { actor, entity: 'feedback_report', requestId }, 'triage', before.id, {
      before: { status: before.status },
      after: {
        kind: input.kind,
        status,
        actionId: row.actionId,
        estReportId: row.estReportId,
        answered: Boolean(input.answer),
      },
    });
    return row;
  });
  if (input.answer && updated.contactEmail) await mailAnswer(db, mailer, updated, input.answer);
  return getFeedback({ db }, actor, id);
}

/** The answer to the tenant's address, in the language they wrote in. */
function mailAnswer(db: Db, mailer: Mailer, row: Row, answer: string) {
  const language = (row.language in feedbackTexts ? row.language : 'sv') as keyof typeof feedbackTexts;
  const t = feedbackTexts[language];
  return mailer.send(db, {
    organisationId: row.organisationId,
    to: row.contactEmail!,
    subject: t.mailSubject,
    body: fill(t.mailBody, { answer, date: row.receivedOn }),
  });
}

/** The categories with their names in the staff's language. */
export function listCategories(actor: Actor) {
  assertCan(actor, p['feedback.read']);
  return feedbackCategories.map((code) => ({
    code,
    name: categoryTexts[code][actor.language].name,
    description: categoryTexts[code][actor.language].description,
  }));
}
