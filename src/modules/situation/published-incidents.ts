/**
 * EST incident counts as they may leave the server. A partner sees every non-restricted report of a
 * compiled week in the week pictures, so any published count that includes police-restricted reports
 * gives away the restricted ones by subtraction, however large the count. The restricted part of
 * every count is therefore protected by the core publication layer: units area × category × month,
 * measure = number of restricted reports, threshold `restricted_incidents`. Those who may see the
 * restricted reports themselves (the coordinator, the police) get the full counts instead.
 */
import { and, eq, gte, lte, ne, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../core/db/client';
import {
  areaDimension,
  calendarDimension,
  type Dimension,
  disclosureThresholds,
  type HiddenReason,
  organisationMember,
  type ProtectedTable,
  protectTable,
  publishCount,
  unitKey,
} from '../../core/disclosure';
import { areaRegister } from '../areas';
import { loadCategories } from './config.service';
import { countedFor, seesRestricted, type Viewer } from './situation.policy';
import { counted, incidentReports } from './situation.table';

/** The category member "all incidents": every category that is not a positive event. */
export const allIncidents = 'incidents';

/** A published count: the number, or null with the reason it is hidden. */
export type IncidentFigure = { count: number | null; hidden: HiddenReason | null };

/**
 * 'included': the viewer may see restricted reports and gets every count in full;
 * 'protected': counts include restricted reports only where none of them can be worked out.
 */
export type RestrictedHandling = 'included' | 'protected';

export type IncidentYear = {
  restricted: RestrictedHandling;
  /** One cell: an area member (organisation, district or area id) × category member × period ("2025", "2025-Q1", "2025-T2", "2025-03"). */
  figure(area: string, category: string, period: string): IncidentFigure;
  /** A sum over some areas (a host's own): shown only when every area's cell is, so it reveals nothing new. */
  sumOver(areaIds: readonly string[], category: string, period: string): IncidentFigure;
};

type UnitRow = { areaId: string; categoryId: string; month: string; total: number; restricted: number };

/**
 * The reports a published figure rests on: not merged and reviewed (or compiled) — what the
 * partners see — restricted ones included. The viewer who sees restricted reports counts as the
 * policy says (the coordinator also unreviewed ones).
 */
function basisFor(viewer: Viewer | null): SQL {
  if (viewer && seesRestricted(viewer)) return countedFor(viewer);
  return and(counted(), ne(incidentReports.status, 'submitted')) as SQL;
}

async function unitRows(db: Db, organisationId: string, year: number, basis: SQL): Promise<UnitRow[]> {
  const month = sql<string>`to_char(${incidentReports.date}, 'YYYY-MM')`;
  return db
    .select({
      areaId: incidentReports.areaId,
      categoryId: incidentReports.categoryId,
      month,
      total: sql<number>`sum(${incidentReports.count})::int`,
      restricted: sql<number>`(count(*) filter (where ${incidentReports.restricted}))::int`,
    })
    .from(incidentReports)
    .where(
      and(
        eq(incidentReports.organisationId, organisationId),
        gte(incidentReports.date, `${year}-01-01`),
        lte(incidentReports.date, `${year}-12-31`),
        basis,
      ),
    )
    .groupBy(incidentReports.areaId, incidentReports.categoryId, month);
}

/** Categories: "all incidents" (the non-positive ones) and each category on its own. */
function categoryDimension(categories: { id: string; positive: boolean }[]): Dimension {
  const incidents = categories.filter((c) => !c.positive).map((c) => c.id);
  return {
    members: [
      ...(incidents.length ? [{ id: allIncidents, leaves: incidents }] : []),
      ...categories.map((c) => ({ id: c.id, leaves: [c.id] })),
    ],
    partitions: incidents.length ? [{ parent: allIncidents, children: incidents }] : [],
  };
}

const leavesOf = (d: Dimension) => new Map(d.members.map((m) => [m.id, new Set(m.leaves)]));

/**
 * The protected table over the areas, categories and months that hold a restricted report. Leaving
 * out an area or category without any is safe: it is as if the reader knew its restricted count (0),
 * which only makes the check stricter; it keeps the exact check small enough for a request.
 */
function protect(
  rows: UnitRow[],
  allAreas: { id: string; districtId: string }[],
  categories: { id: string; positive: boolean }[],
  year: number,
  threshold: number,
): { table: ProtectedTable; areaIds: Set<string>; categoryIds: Set<string> } | null {
  const withRestricted = rows.filter((r) => r.restricted > 0);
  if (!withRestricted.length) return null;
  const areaIds = new Set(withRestricted.map((r) => r.areaId));
  const categoryIds = new Set(withRestricted.map((r) => r.categoryId));
  const units = new Map<string, number[]>();
  for (const r of withRestricted) units.set(unitKey([r.areaId, r.categoryId, r.month]), [r.restricted]);
  const dimensions = [
    areaDimension(allAreas.filter((a) => areaIds.has(a.id))),
    categoryDimension(categories.filter((c) => categoryIds.has(c.id))),
    calendarDimension(year, { tertials: true }),
  ];
  const memberIds = (d: Dimension) => new Set(d.members.map((m) => m.id));
  return {
    table: protectTable({ threshold, dimensions, units }),
    areaIds: memberIds(dimensions[0]),
    categoryIds: memberIds(dimensions[1]),
  };
}

/**
 * The year's incident counts for a viewer (null: the public, e.g. the annual report). Every cell of
 * the organisation's table is protected at once, whoever asks: a host sees the organisation's
 * protected table restricted to their areas, never one re-protected on their subset.
 */
export async function incidentYear(
  db: Db,
  organisationId: string,
  year: number,
  viewer: Viewer | null,
): Promise<IncidentYear> {
  const restricted: RestrictedHandling = viewer && seesRestricted(viewer) ? 'included' : 'protected';
  const areas = areaRegister(db, organisationId);
  const [rows, allAreas, categories, thresholds] = await Promise.all([
    unitRows(db, organisationId, year, basisFor(viewer)),
    db.select({ id: areas.id, districtId: areas.districtId }).from(areas),
    loadCategories(db, organisationId),
    disclosureThresholds(db, organisationId),
  ]);
  const full = {
    area: leavesOf(areaDimension(allAreas)),
    // "All incidents" is looked up even when every category is a positive one (it is then 0).
    category: new Map([
      ...leavesOf(categoryDimension(categories)),
      [allIncidents, new Set(categories.filter((c) => !c.positive).map((c) => c.id))],
    ]),
    period: leavesOf(calendarDimension(year, { tertials: true })),
  };
  const protection =
    restricted === 'protected'
      ? protect(rows, allAreas, categories, year, thresholds.restricted_incidents)
      : null;

  const hiddenReason = (area: string, category: string, period: string): HiddenReason | null => {
    if (!protection) return null;
    // A member left out of the protected table holds no restricted report: nothing to protect.
    if (!protection.areaIds.has(area) || !protection.categoryIds.has(category)) return null;
    return protection.table.hiddenReason([area, category, period]);
  };
  const total = (area: string, category: string, period: string): number => {
    const [inArea, inCategory, inPeriod] = [
      full.area.get(area),
      full.category.get(category),
      full.period.get(period),
    ];
    if (!inArea || !inCategory || !inPeriod) throw new Error(`not a cell: ${area} ${category} ${period}`);
    return rows
      .filter((r) => inArea.has(r.areaId) && inCategory.has(r.categoryId) && inPeriod.has(r.month))
      .reduce((s, r) => s + r.total, 0);
  };
  const figure = (area: string, category: string, period: string): IncidentFigure => {
    const hidden = hiddenReason(area, category, period);
    return { count: publishCount(total(area, category, period), hidden), hidden };
  };
  const sumOver = (areaIds: readonly string[], category: string, period: string): IncidentFigure => {
    if (areaIds.length === allAreas.length && allAreas.every((a) => areaIds.includes(a.id))) {
      return figure(organisationMember, category, period);
    }
    const parts = areaIds.map((id) => figure(id, category, period));
    if (parts.some((p) => p.hidden)) return { count: null, hidden: 'protects_another' };
    return { count: parts.reduce((s, p) => s + (p.count ?? 0), 0), hidden: null };
  };
  return { restricted, figure, sumOver };
}

/** The calendar member of an analysis period: 'year' → "2025", 'q2' → "2025-Q2", 't3' → "2025-T3". */
export function periodMember(year: number, period: string): string {
  if (period === 'year') return String(year);
  return `${year}-${period.toUpperCase()}`;
}
