import { and, eq } from 'drizzle-orm';
import { writeAudit } from '../../core/audit';
import { type Actor, assertCan } from '../../core/auth/access';
import type { Db } from '../../core/db/client';
import { AppError } from '../../core/errors';
import type { ServiceContext } from '../../core/module';
import { addDays, endOfLocalDay, swedishToday } from '../../shared/time';
import { areaInOrganisation } from '../areas';
import { assertNoPersonalData } from './checks';
import { getSettings } from './config.service';
import { pointInGeometry } from './grid';
import { getReport } from './report-list.service';
import type { ReportInput } from './situation.contract';
import { situationPermissions as p, type Viewer, viewerOf } from './situation.policy';
import {
  incidentCategories,
  incidentReports,
  nothingToReport,
  partnerOrganisations,
} from './situation.table';
import { isoWeekOf, isoWeekOfDay, weekDays } from './week';

/**
 * The last moment partners may report a week: the end of its Sunday plus the window's days, on the
 * Swedish clock (the start of the next Swedish day, less a millisecond).
 */
export function reportingDeadline(week: string, windowDays: number): Date {
  const { last } = weekDays(week);
  return endOfLocalDay(addDays(last, windowDays));
}

/**
 * The reporting organisation: a partner's own; the coordinator may file for any partner (e.g. what
 * was said at the meeting); other staff report for the housing company.
 */
async function sourceFor(db: Db, viewer: Viewer, sourceId: string | undefined): Promise<string> {
  const { actor } = viewer;
  if (actor.role === 'partner') {
    if (!viewer.partnerId) {
      throw new AppError(
        'partner_unknown',
        { name: actor.partnerOrganisation ?? '' },
        403,
        'situation:errors.partner_unknown',
      );
    }
    return viewer.partnerId;
  }
  const rows = await db
    .select({ id: partnerOrganisations.id, kind: partnerOrganisations.kind })
    .from(partnerOrganisations)
    .where(eq(partnerOrganisations.organisationId, actor.organisationId));
  const housing = rows.find((r) => r.kind === 'housing_company');
  const chosen = sourceId ? rows.find((r) => r.id === sourceId) : housing;
  if (!chosen) throw new AppError('not_found');
  if (!viewer.coordinator && chosen.id !== housing?.id) {
    throw new AppError('source_not_allowed', {}, 403, 'situation:errors.source_not_allowed');
  }
  return chosen.id;
}

/** Partners report a week until its window closes; the coordinator at any time. Never a future week. */
async function assertReportingOpen(db: Db, viewer: Viewer, week: string, now: Date) {
  if (week > isoWeekOf(now)) {
    throw new AppError('future_week', { week }, 400, 'situation:errors.future_week');
  }
  if (viewer.coordinator) return;
  const settings = await getSettings(db, viewer.actor.organisationId);
  if (now.getTime() > reportingDeadline(week, settings.reportingWindowDays).getTime()) {
    throw new AppError('reporting_closed', { week }, 409, 'situation:errors.reporting_closed');
  }
}

/** The area and category exist in the organisation (and the category is in use); a map point lies inside the area. */
export async function checkAreaAndCategory(
  db: Db,
  actor: Actor,
  areaId: string,
  categoryId: string,
  point: { lat: number; lon: number } | null = null,
) {
  const { organisationId } = actor;
  const area = await areaInOrganisation(db, organisationId, areaId);
  if (!area) throw new AppError('not_found');
  const [category] = await db
    .select({ id: incidentCategories.id, active: incidentCategories.active })
    .from(incidentCategories)
    .where(and(eq(incidentCategories.id, categoryId), eq(incidentCategories.organisationId, organisationId)));
  if (!category?.active) throw new AppError('not_found');
  // An area drawn on the map must hold the point; an area without a shape cannot be checked.
  if (point && area.geometry && !pointInGeometry(point, area.geometry)) {
    throw new AppError('point_outside_area', { area: area.name }, 422, 'situation:errors.point_outside_area');
  }
}

/** Files a report after the personal-data check and the reporting window. */
export async function fileReport(
  { db, requestId }: ServiceContext,
  actor: Actor,
  input: ReportInput,
  now: Date,
) {
  assertCan(actor, p['situation.report'], input.areaId);
  assertNoPersonalData(input.description, actor.language);
  assertNoPersonalData(input.placeType, actor.language, 'placeType');
  if ((input.lat == null) !== (input.lon == null)) throw new AppError('validation', { details: 'lat/lon' });
  const viewer = await viewerOf(db, actor);
  const week = isoWeekOfDay(input.date);
  if (input.date > swedishToday(now))
    throw new AppError('future_date', {}, 400, 'situation:errors.future_date');
  await assertReportingOpen(db, viewer, week, now);
  const sourceId = await sourceFor(db, viewer, input.sourceId);
  const point = input.lat != null && input.lon != null ? { lat: input.lat, lon: input.lon } : null;
  await checkAreaAndCategory(db, actor, input.areaId, input.categoryId, point);
  const id = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(incidentReports)
      .values({
        organisationId: actor.organisationId,
        week,
        date: input.date,
        timeOfDay: input.timeOfDay ?? null,
        areaId: input.areaId,
        placeType: input.placeType || null,
        lat: input.lat ?? null,
        lon: input.lon ?? null,
        categoryId: input.categoryId,
        count: input.count,
        description: input.description,
        sourceId,
        reportedBy: actor.userId,
        restricted: input.restricted,
      })
      .returning();
    await writeAudit(
      tx,
      actor,
      // The audit keeps no description: it would copy report text past the retention period.
      {
        action: 'create',
        entity: 'situation_report',
        entityId: row.id,
        after: {
          week,
          areaId: row.areaId,
          categoryId: row.categoryId,
          count: row.count,
          restricted: row.restricted,
        },
      },
      requestId,
    );
    return row.id;
  });
  return getReport({ db, requestId }, actor, id);
}

/** An explicit "nothing to report this week" from the actor's organisation. */
export async function markNothingToReport(
  { db, requestId }: ServiceContext,
  actor: Actor,
  input: { week: string; sourceId?: string },
  now: Date,
) {
  assertCan(actor, p['situation.report']);
  const viewer = await viewerOf(db, actor);
  await assertReportingOpen(db, viewer, input.week, now);
  const sourceId = await sourceFor(db, viewer, input.sourceId);
  await db.transaction(async (tx) => {
    const rows = await tx
      .insert(nothingToReport)
      .values({ organisationId: actor.organisationId, week: input.week, sourceId, reportedBy: actor.userId })
      .onConflictDoNothing()
      .returning();
    if (rows.length) {
      await writeAudit(
        tx,
        actor,
        {
          action: 'create',
          entity: 'situation_nothing_to_report',
          entityId: rows[0].id,
          after: { week: input.week, sourceId },
        },
        requestId,
      );
    }
  });
  return { week: input.week, sourceId };
}
