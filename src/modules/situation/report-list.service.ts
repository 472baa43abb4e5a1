import { and, asc, eq, or, type SQL, sql } from 'drizzle-orm';
import { writeAudit } from '../../core/audit';
import { type Actor, assertCan } from '../../core/auth/access';
import type { Db } from '../../core/db/client';
import { areaScope } from '../../core/db/scope';
import { AppError } from '../../core/errors';
import type { ServiceContext } from '../../core/module';
import { areaRegister } from '../areas';
import { getSettings } from './config.service';
import { snapToGrid } from './grid';
import type { Report } from './situation.contract';
import {
  mayView,
  situationPermissions as p,
  seesRestricted,
  type Viewer,
  viewerOf,
} from './situation.policy';
import { incidentCategories, incidentReports, partnerOrganisations } from './situation.table';

/** Reading reports: who sees which, points on the grid for all but the coordinator, restricted views audited. */

/** Reports with their area's, category's and source's names; `areas` is the organisation's areaRegister. */
function select(db: Db, areas: ReturnType<typeof areaRegister>) {
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

export async function listReports({ db, requestId }: ServiceContext, actor: Actor, filter: ReportFilter) {
  assertCan(actor, p['situation.read'], filter.areaId);
  const viewer = await viewerOf(db, actor);
  const { gridMetres } = await getSettings(db, actor.organisationId);
  const areas = areaRegister(db, actor.organisationId);
  const rows = await select(db, areas)
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

export async function getReport({ db, requestId }: ServiceContext, actor: Actor, id: string) {
  assertCan(actor, p['situation.read']);
  const viewer = await viewerOf(db, actor);
  const [row] = await select(db, areaRegister(db, actor.organisationId)).where(
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
