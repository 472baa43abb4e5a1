import { and, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import { type Actor, assertCan } from '../../core/auth/access';
import type { Db } from '../../core/db/client';
import { type Ctx, householdsByArea, loadAreas, loadCategories, loadLevels } from './config.service';
import { weeksReportedIn } from './indicators';
import { compiledWeeks } from './picture.service';
import { organisationSafetyIndex, safetyIndexForAreas } from './safety-index-hook';
import { countedFor, situationPermissions as p, type Viewer, viewerOf } from './situation.policy';
import { incidentReports, weeklyGrades } from './situation.table';
import { addWeeks, isoWeekOf, isoWeekOfDay, weekStart } from './week';

/** First and last day of a year, quarter or tertial. */
export function periodRange(year: number, period: string): { from: string; to: string } {
  const months: Record<string, [number, number]> = {
    year: [1, 12],
    q1: [1, 3],
    q2: [4, 6],
    q3: [7, 9],
    q4: [10, 12],
    t1: [1, 4],
    t2: [5, 8],
    t3: [9, 12],
  };
  const [first, last] = months[period];
  const lastDay = new Date(Date.UTC(year, last, 0)).getUTCDate();
  return {
    from: `${year}-${String(first).padStart(2, '0')}-01`,
    to: `${year}-${String(last).padStart(2, '0')}-${String(lastDay).padStart(2, '0')}`,
  };
}

/** The ISO weeks whose Monday lies in the period and that have started by today. */
export function weeksOfPeriod(from: string, to: string, today = new Date()): string[] {
  const weeks: string[] = [];
  const current = isoWeekOf(today);
  for (let week = isoWeekOfDay(from); week <= current; week = addWeeks(week, 1)) {
    const monday = weekStart(week).toISOString().slice(0, 10);
    if (monday > to) break;
    if (monday >= from) weeks.push(week);
  }
  return weeks;
}

/** Counted incidents per area and category in a date range (positive events kept apart by the caller). */
async function incidentsBy(db: Db, organisationId: string, from: string, to: string, viewer: Viewer) {
  return db
    .select({
      areaId: incidentReports.areaId,
      categoryId: incidentReports.categoryId,
      n: sql<number>`sum(${incidentReports.count})::int`,
    })
    .from(incidentReports)
    .where(
      and(
        eq(incidentReports.organisationId, organisationId),
        gte(incidentReports.date, from),
        lte(incidentReports.date, to),
        countedFor(viewer),
      ),
    )
    .groupBy(incidentReports.areaId, incidentReports.categoryId);
}

function totals(rows: { areaId: string; categoryId: string; n: number }[], positive: Set<string>) {
  const byArea = new Map<string, number>();
  const byCategory = new Map<string, number>();
  for (const r of rows) {
    byCategory.set(r.categoryId, (byCategory.get(r.categoryId) ?? 0) + r.n);
    if (!positive.has(r.categoryId)) byArea.set(r.areaId, (byArea.get(r.areaId) ?? 0) + r.n);
  }
  return { byArea, byCategory };
}

/** Grades of the weeks in the period; others than the coordinator see compiled weeks only. */
async function gradesIn(db: Db, organisationId: string, weeks: string[], coordinator: boolean) {
  if (!weeks.length) return [];
  const rows = await db
    .select({ areaId: weeklyGrades.areaId, week: weeklyGrades.week, level: weeklyGrades.level })
    .from(weeklyGrades)
    .where(and(eq(weeklyGrades.organisationId, organisationId), inArray(weeklyGrades.week, weeks)));
  if (coordinator) return rows;
  const shown = await compiledWeeks(db, organisationId, weeks);
  return rows.filter((r) => shown.has(r.week));
}

/**
 * Quarterly, tertial or yearly analysis: incidents per area against the same period a year
 * earlier, per 1,000 households and by category, the weeks spent at each grade, the weeks each
 * partner reported, and the safety index beside it.
 */
export async function analysis({ db }: Ctx, actor: Actor, year: number, period: string) {
  assertCan(actor, p['situation.read']);
  const viewer = await viewerOf(db, actor);
  const { from, to } = periodRange(year, period);
  const previousRange = periodRange(year - 1, period);
  const weeks = weeksOfPeriod(from, to);
  const org = actor.organisationId;
  const [areaRows, households, categories, levels, nowRows, beforeRows, grades, reporting] =
    await Promise.all([
      loadAreas(db, org, actor.areaIds),
      householdsByArea(db, org),
      loadCategories(db, org),
      loadLevels(db, org),
      incidentsBy(db, org, from, to, viewer),
      incidentsBy(db, org, previousRange.from, previousRange.to, viewer),
      gradesIn(db, org, weeks, viewer.coordinator),
      weeksReportedIn(db, org, weeks),
    ]);
  const positive = new Set(categories.filter((c) => c.positive).map((c) => c.id));
  // A host sees their own areas only, in the category totals too.
  const ids = areaRows.map((a) => a.id);
  const shown = new Set(ids);
  const now = totals(
    nowRows.filter((r) => shown.has(r.areaId)),
    positive,
  );
  const before = totals(
    beforeRows.filter((r) => shown.has(r.areaId)),
    positive,
  );
  const safety = await safetyIndexForAreas(db, org, ids, { from, to });
  const organisationIndex = period === 'year' ? await organisationSafetyIndex(db, org, year) : null;
  return {
    from,
    to,
    previousFrom: previousRange.from,
    previousTo: previousRange.to,
    weeks: weeks.length,
    levels,
    areas: areaRows
      .map((area) => {
        const incidents = now.byArea.get(area.id) ?? 0;
        const hh = households.get(area.id) ?? 0;
        const areaGrades = grades.filter((g) => g.areaId === area.id);
        const weeksAtLevel: Record<string, number> = {};
        for (const g of areaGrades) weeksAtLevel[g.level] = (weeksAtLevel[g.level] ?? 0) + 1;
        return {
          id: area.id,
          code: area.code,
          name: area.name,
          households: hh,
          incidents,
          previousIncidents: before.byArea.get(area.id) ?? 0,
          per1000: hh > 0 ? (incidents / hh) * 1000 : null,
          byCategory: nowRows
            .filter((r) => r.areaId === area.id)
            .map((r) => ({ categoryId: r.categoryId, count: r.n })),
          meanLevel: areaGrades.length
            ? areaGrades.reduce((s, g) => s + g.level, 0) / areaGrades.length
            : null,
          weeksAtLevel,
          safetyIndex: safety.values.get(area.id) ?? null,
        };
      })
      .sort((a, b) => (b.per1000 ?? -1) - (a.per1000 ?? -1)),
    categories: categories.map((c) => ({
      categoryId: c.id,
      name: actor.language === 'en' ? c.nameEn : c.nameSv,
      positive: c.positive,
      count: now.byCategory.get(c.id) ?? 0,
      previous: before.byCategory.get(c.id) ?? 0,
    })),
    partners: reporting.partners,
    safetyIndexAvailable: safety.available,
    organisationSafetyIndex: organisationIndex,
  };
}
