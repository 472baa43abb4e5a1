import { and, asc, eq, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import { writeAudit } from '../../core/audit';
import { type Actor, assertCan } from '../../core/auth/access';
import type { Db } from '../../core/db/client';
import { areaScope } from '../../core/db/scope';
import { AppError } from '../../core/errors';
import { areas } from '../areas';
import { assertNoPersonalData } from './checks';
import { type Ctx, ensureDefaults, getSettings } from './config.service';
import { snapToGrid } from './grid';
import type { Report, ReportInput, ReportPatch } from './situation.contract';
import {
  mayView,
  situationPermissions as p,
  seesRestricted,
  type Viewer,
  viewerOf,
} from './situation.policy';
import {
  incidentCategories,
  incidentReports,
  nothingToReport,
  partnerOrganisations,
} from './situation.table';
import { isoWeekOfDay, weekDays } from './week';

const todayIso = () => new Date().toISOString().slice(0, 10);

/** The last moment partners may report a week: the end of Sunday plus the window's days (UTC). */
export function reportingDeadline(week: string, windowDays: number): Date {
  const { last } = weekDays(week);
  const d = new Date(`${last}T23:59:59.999Z`);
  d.setUTCDate(d.getUTCDate() + windowDays);
  return d;
}

export async function assertCoordinator(db: Db, actor: Actor): Promise<Viewer> {
  assertCan(actor, p['situation.read']);
  const viewer = await viewerOf(db, actor);
  if (!viewer.coordinator) throw new AppError('forbidden');
  return viewer;
}

/** The reporting organisation: a partner's own; for staff the chosen one or the housing company. */
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
  const chosen = sourceId
    ? rows.find((r) => r.id === sourceId)
    : rows.find((r) => r.kind === 'housing_company');
  if (!chosen) throw new AppError('not_found');
  return chosen.id;
}

async function checkAreaAndCategory(db: Db, organisationId: string, areaId: string, categoryId: string) {
  const [area] = await db
    .select({ id: areas.id })
    .from(areas)
    .where(and(eq(areas.id, areaId), eq(areas.organisationId, organisationId)));
  if (!area) throw new AppError('not_found');
  const [category] = await db
    .select({ id: incidentCategories.id, active: incidentCategories.active })
    .from(incidentCategories)
    .where(and(eq(incidentCategories.id, categoryId), eq(incidentCategories.organisationId, organisationId)));
  if (!category?.active) throw new AppError('not_found');
}

/** Files a report after the personal-data check and the reporting window. */
export async function fileReport({ db, requestId }: Ctx, actor: Actor, input: ReportInput) {
  assertCan(actor, p['situation.report'], input.areaId);
  assertNoPersonalData(input.description, actor.language);
  assertNoPersonalData(input.placeType, actor.language, 'placeType');
  if ((input.lat == null) !== (input.lon == null)) throw new AppError('validation', { details: 'lat/lon' });
  await ensureDefaults(db, actor.organisationId);
  const viewer = await viewerOf(db, actor);
  const week = isoWeekOfDay(input.date);
  if (input.date > todayIso()) throw new AppError('future_date', {}, 400, 'situation:errors.future_date');
  if (!viewer.coordinator) {
    const settings = await getSettings(db, actor.organisationId);
    if (Date.now() > reportingDeadline(week, settings.reportingWindowDays).getTime()) {
      throw new AppError('reporting_closed', { week }, 409, 'situation:errors.reporting_closed');
    }
  }
  const sourceId = await sourceFor(db, viewer, input.sourceId);
  await checkAreaAndCategory(db, actor.organisationId, input.areaId, input.categoryId);
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

function select(db: Db) {
  return db
    .select({
      report: incidentReports,
      areaName: areas.name,
      categoryName: incidentCategories.nameSv,
      categoryNameEn: incidentCategories.nameEn,
      sourceName: partnerOrganisations.name,
    })
    .from(incidentReports)
    .innerJoin(areas, eq(areas.id, incidentReports.areaId))
    .innerJoin(incidentCategories, eq(incidentCategories.id, incidentReports.categoryId))
    .innerJoin(partnerOrganisations, eq(partnerOrganisations.id, incidentReports.sourceId));
}
type Row = Awaited<ReturnType<ReturnType<typeof select>['where']>>[number];

function present(viewer: Viewer, row: Row, gridMetres: number): Report {
  const r = row.report;
  let lat = r.lat;
  let lon = r.lon;
  let pointSnapped = false;
  if (lat !== null && lon !== null && !viewer.coordinator) {
    ({ lat, lon } = snapToGrid(lat, lon, gridMetres));
    pointSnapped = true;
  }
  const own =
    (viewer.partnerId !== null && r.sourceId === viewer.partnerId) ||
    (viewer.actor.userId !== null && r.reportedBy === viewer.actor.userId);
  return {
    id: r.id,
    week: r.week,
    date: r.date,
    timeOfDay: r.timeOfDay,
    areaId: r.areaId,
    areaName: row.areaName,
    placeType: r.placeType,
    lat,
    lon,
    pointSnapped,
    categoryId: r.categoryId,
    categoryName: viewer.actor.language === 'en' ? row.categoryNameEn : row.categoryName,
    count: r.count,
    description: r.description,
    sourceId: r.sourceId,
    sourceName: row.sourceName,
    restricted: r.restricted,
    status: r.status,
    mergedInto: r.mergedInto,
    reduced: r.reducedAt !== null,
    own,
    createdAt: r.createdAt.toISOString(),
  };
}

/** The where-clause of the reports a viewer may see (the same rule as mayView, in SQL). */
export function visibleReports(viewer: Viewer): SQL | undefined {
  const { actor } = viewer;
  if (viewer.coordinator) return undefined;
  const ownConditions: SQL[] = [];
  if (viewer.partnerId) ownConditions.push(eq(incidentReports.sourceId, viewer.partnerId));
  if (actor.userId) ownConditions.push(eq(incidentReports.reportedBy, actor.userId));
  const own = ownConditions.length ? or(...ownConditions) : sql`false`;
  if (actor.role === 'partner') {
    return seesRestricted(viewer) ? or(own, eq(incidentReports.restricted, true)) : own;
  }
  return and(areaScope(incidentReports.areaId, actor), or(own, eq(incidentReports.restricted, false)));
}

/** Every view of a restricted report goes to the audit log, one entry per report. */
async function auditRestrictedViews(db: Db, actor: Actor, rows: Row[], requestId?: string) {
  for (const row of rows) {
    if (!row.report.restricted) continue;
    await writeAudit(
      db,
      actor,
      { action: 'view_restricted', entity: 'situation_report', entityId: row.report.id },
      requestId,
    );
  }
}

export type ReportFilter = { week?: string; areaId?: string; status?: 'submitted' | 'reviewed' | 'compiled' };

export async function listReports({ db, requestId }: Ctx, actor: Actor, filter: ReportFilter) {
  assertCan(actor, p['situation.read'], filter.areaId);
  const viewer = await viewerOf(db, actor);
  const { gridMetres } = await getSettings(db, actor.organisationId);
  const rows = await select(db)
    .where(
      and(
        eq(incidentReports.organisationId, actor.organisationId),
        filter.week ? eq(incidentReports.week, filter.week) : undefined,
        filter.areaId ? eq(incidentReports.areaId, filter.areaId) : undefined,
        filter.status ? eq(incidentReports.status, filter.status) : undefined,
        visibleReports(viewer),
      ),
    )
    .orderBy(asc(incidentReports.date), asc(areas.name), asc(incidentReports.createdAt))
    .limit(2000);
  await auditRestrictedViews(db, actor, rows, requestId);
  return rows.map((r) => present(viewer, r, gridMetres));
}

export async function getReport({ db, requestId }: Ctx, actor: Actor, id: string) {
  assertCan(actor, p['situation.read']);
  const viewer = await viewerOf(db, actor);
  const [row] = await select(db).where(
    and(eq(incidentReports.id, id), eq(incidentReports.organisationId, actor.organisationId)),
  );
  // Not visible is not found: the existence of a restricted report is not disclosed.
  if (!row || !mayView(viewer, row.report)) throw new AppError('not_found');
  const inScope = actor.areaIds === 'all' || actor.areaIds.includes(row.report.areaId);
  if (!viewer.coordinator && !inScope && row.report.reportedBy !== actor.userId)
    throw new AppError('not_found');
  await auditRestrictedViews(db, actor, [row], requestId);
  const { gridMetres } = await getSettings(db, actor.organisationId);
  return present(viewer, row, gridMetres);
}

async function reportRow(db: Db, actor: Actor, id: string) {
  const [row] = await db
    .select()
    .from(incidentReports)
    .where(and(eq(incidentReports.id, id), eq(incidentReports.organisationId, actor.organisationId)));
  if (!row) throw new AppError('not_found');
  return row;
}

/** The coordinator corrects a report (category, count, area, text) or marks it reviewed; audited. */
export async function reviewReport({ db, requestId }: Ctx, actor: Actor, id: string, patch: ReportPatch) {
  await assertCoordinator(db, actor);
  assertNoPersonalData(patch.description, actor.language);
  assertNoPersonalData(patch.placeType, actor.language, 'placeType');
  const before = await reportRow(db, actor, id);
  await checkAreaAndCategory(
    db,
    actor.organisationId,
    patch.areaId ?? before.areaId,
    patch.categoryId ?? before.categoryId,
  );
  await db.transaction(async (tx) => {
    const [after] = await tx
      .update(incidentReports)
      .set({
        ...patch,
        // Any correction by the coordinator is a review; a compiled report stays compiled.
        status: before.status === 'compiled' ? 'compiled' : 'reviewed',
        updatedAt: new Date(),
      })
      .where(eq(incidentReports.id, id))
      .returning();
    await writeAudit(
      tx,
      actor,
      {
        action: 'review',
        entity: 'situation_report',
        entityId: id,
        before: auditable(before),
        after: auditable(after),
      },
      requestId,
    );
  });
  return getReport({ db, requestId }, actor, id);
}

function auditable(r: typeof incidentReports.$inferSelect) {
  return {
    areaId: r.areaId,
    categoryId: r.categoryId,
    count: r.count,
    placeType: r.placeType,
    restricted: r.restricted,
    status: r.status,
    mergedInto: r.mergedInto,
  };
}

/** Merges duplicates of one event into the report that stays; the duplicates are no longer counted. */
export async function mergeReports(
  { db, requestId }: Ctx,
  actor: Actor,
  input: { keepId: string; duplicateIds: string[] },
) {
  await assertCoordinator(db, actor);
  if (input.duplicateIds.includes(input.keepId)) throw new AppError('validation', { details: 'keepId' });
  const keep = await reportRow(db, actor, input.keepId);
  if (keep.mergedInto) throw new AppError('conflict', { what: input.keepId });
  const duplicates = await db
    .select()
    .from(incidentReports)
    .where(
      and(
        eq(incidentReports.organisationId, actor.organisationId),
        inArray(incidentReports.id, input.duplicateIds),
      ),
    );
  if (duplicates.length !== new Set(input.duplicateIds).size) throw new AppError('not_found');
  await db.transaction(async (tx) => {
    await tx
      .update(incidentReports)
      .set({ mergedInto: keep.id, status: 'reviewed', updatedAt: new Date() })
      .where(inArray(incidentReports.id, input.duplicateIds));
    // Anything merged into a duplicate now points at the report that stays.
    await tx
      .update(incidentReports)
      .set({ mergedInto: keep.id })
      .where(
        and(
          eq(incidentReports.organisationId, actor.organisationId),
          inArray(incidentReports.mergedInto, input.duplicateIds),
        ),
      );
    if (keep.status === 'submitted') {
      await tx.update(incidentReports).set({ status: 'reviewed' }).where(eq(incidentReports.id, keep.id));
    }
    await writeAudit(
      tx,
      actor,
      {
        action: 'merge',
        entity: 'situation_report',
        entityId: keep.id,
        before: duplicates.map((d) => ({ id: d.id, ...auditable(d) })),
        after: { keepId: keep.id, merged: input.duplicateIds },
      },
      requestId,
    );
  });
  return getReport({ db, requestId }, actor, keep.id);
}

/** An explicit "nothing to report this week" from the actor's organisation. */
export async function markNothingToReport(
  { db, requestId }: Ctx,
  actor: Actor,
  input: { week: string; sourceId?: string },
) {
  assertCan(actor, p['situation.report']);
  await ensureDefaults(db, actor.organisationId);
  const viewer = await viewerOf(db, actor);
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

/** Counted reports: not merged into another. */
export const counted = () => isNull(incidentReports.mergedInto);
