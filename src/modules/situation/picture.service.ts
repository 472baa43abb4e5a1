import { and, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import type { Actor } from '../../core/auth/access';
import { assertCan } from '../../core/auth/access';
import type { Db } from '../../core/db/client';
import { AppError } from '../../core/errors';
import { type Ctx, householdsByArea, loadAreas, loadCategories, loadLevels } from './config.service';
import { baselineWeeks, proposeGrade, trendOf } from './grading';
import { organisationSafetyIndex, safetyIndexForAreas } from './safety-index-hook';
import type { Picture } from './situation.contract';
import { situationPermissions as p, seesRestricted, viewerOf } from './situation.policy';
import { counted, incidentReports, weeklyGrades } from './situation.table';
import { addWeeks, previousWeeks, weekStart } from './week';
import { loadPriorities, partnerReporting, weekState } from './weekly.service';

type CountRow = { areaId: string; categoryId: string; week: string; n: number };

/** Counted reports (not merged) per area, category and week for a list of weeks. */
async function weeklyCounts(db: Db, organisationId: string, weeks: string[], includeRestricted: boolean) {
  return (await db
    .select({
      areaId: incidentReports.areaId,
      categoryId: incidentReports.categoryId,
      week: incidentReports.week,
      n: sql<number>`sum(${incidentReports.count})::int`,
    })
    .from(incidentReports)
    .where(
      and(
        eq(incidentReports.organisationId, organisationId),
        inArray(incidentReports.week, weeks),
        counted(),
        includeRestricted ? undefined : eq(incidentReports.restricted, false),
      ),
    )
    .groupBy(incidentReports.areaId, incidentReports.categoryId, incidentReports.week)) as CountRow[];
}

/**
 * Builds the week's picture from already-loaded data; pure so it can be tested and benchmarked.
 * The proposal counts incidents that are not positive events, against the area's previous 12 weeks.
 */
export function buildAreaPictures(input: {
  week: string;
  areas: { id: string; code: string; name: string; districtName: string; geometry: unknown }[];
  households: Map<string, number>;
  counts: CountRow[];
  positiveCategories: Set<string>;
  grades: Map<string, { level: number; rationale: string }>;
  previousGrades: Map<string, number>;
  levels: number;
}) {
  const baseline = previousWeeks(input.week, baselineWeeks);
  const baselineIndex = new Map(baseline.map((w, i) => [w, i]));
  type Acc = {
    total: number;
    positive: number;
    byWeek: number[];
    byCategory: Map<string, { n: number; base: number }>;
  };
  const acc = new Map<string, Acc>();
  const of = (areaId: string) => {
    let a = acc.get(areaId);
    if (!a) {
      a = { total: 0, positive: 0, byWeek: Array(baselineWeeks).fill(0), byCategory: new Map() };
      acc.set(areaId, a);
    }
    return a;
  };
  for (const c of input.counts) {
    const a = of(c.areaId);
    const positive = input.positiveCategories.has(c.categoryId);
    const cat = a.byCategory.get(c.categoryId) ?? { n: 0, base: 0 };
    if (c.week === input.week) {
      cat.n += c.n;
      if (positive) a.positive += c.n;
      else a.total += c.n;
    } else {
      const i = baselineIndex.get(c.week);
      if (i === undefined) continue;
      cat.base += c.n;
      if (!positive) a.byWeek[i] += c.n;
    }
    a.byCategory.set(c.categoryId, cat);
  }
  return input.areas.map((area) => {
    const a = of(area.id);
    const proposal = proposeGrade(a.total, a.byWeek, input.levels);
    const grade = input.grades.get(area.id) ?? null;
    const previousLevel = input.previousGrades.get(area.id) ?? null;
    return {
      ...area,
      households: input.households.get(area.id) ?? 0,
      level: grade?.level ?? null,
      rationale: grade?.rationale ?? null,
      previousLevel,
      trend: trendOf(grade?.level ?? null, previousLevel),
      total: a.total,
      positive: a.positive,
      proposal: {
        level: proposal.level,
        observed: proposal.observed,
        baselineMean: proposal.baselineMean,
        pValue: proposal.pValue,
        flagged: proposal.flagged,
      },
      byCategory: [...a.byCategory.entries()]
        .map(([categoryId, v]) => ({ categoryId, count: v.n, baselineMean: v.base / baselineWeeks }))
        .filter((c) => c.count > 0 || c.baselineMean > 0),
    };
  });
}

async function gradesOf(db: Db, organisationId: string, week: string) {
  const rows = await db
    .select({ areaId: weeklyGrades.areaId, level: weeklyGrades.level, rationale: weeklyGrades.rationale })
    .from(weeklyGrades)
    .where(and(eq(weeklyGrades.organisationId, organisationId), eq(weeklyGrades.week, week)));
  return new Map(rows.map((r) => [r.areaId, r]));
}

/** Grannskap's proposal for one area and week (used when a grade is set). */
export async function proposalFor(db: Db, actor: Actor, week: string, areaId: string) {
  const viewer = await viewerOf(db, actor);
  const categories = await loadCategories(db, actor.organisationId);
  const levels = await loadLevels(db, actor.organisationId);
  const counts = await weeklyCounts(
    db,
    actor.organisationId,
    [...previousWeeks(week, baselineWeeks), week],
    seesRestricted(viewer),
  );
  const [area] = buildAreaPictures({
    week,
    areas: [{ id: areaId, code: '', name: '', districtName: '', geometry: null }],
    households: new Map(),
    counts: counts.filter((c) => c.areaId === areaId),
    positiveCategories: new Set(categories.filter((c) => c.positive).map((c) => c.id)),
    grades: new Map(),
    previousGrades: new Map(),
    levels: levels.length,
  });
  return area.proposal;
}

/**
 * The situation picture of a week. The coordinator sees it while the week is being worked on;
 * everyone else once it is compiled. Restricted reports are counted only for those who may see them.
 */
export async function weekPicture({ db }: Ctx, actor: Actor, week: string): Promise<Picture> {
  assertCan(actor, p['situation.read']);
  const viewer = await viewerOf(db, actor);
  const state = await weekState(db, actor.organisationId, week);
  const compiled = Boolean(state?.compiledAt);
  if (!compiled && !viewer.coordinator) {
    throw new AppError('not_compiled', { week }, 409, 'situation:errors.not_compiled');
  }
  const includesRestricted = seesRestricted(viewer);
  const [areaRows, households, categories, levels, counts, grades, previous] = await Promise.all([
    loadAreas(db, actor.organisationId, actor.areaIds),
    householdsByArea(db, actor.organisationId),
    loadCategories(db, actor.organisationId),
    loadLevels(db, actor.organisationId),
    weeklyCounts(db, actor.organisationId, [...previousWeeks(week, baselineWeeks), week], includesRestricted),
    gradesOf(db, actor.organisationId, week),
    gradesOf(db, actor.organisationId, addWeeks(week, -1)),
  ]);
  const areas = buildAreaPictures({
    week,
    areas: areaRows,
    households,
    counts,
    positiveCategories: new Set(categories.filter((c) => c.positive).map((c) => c.id)),
    grades,
    previousGrades: new Map([...previous].map(([k, v]) => [k, v.level])),
    levels: levels.length,
  });
  const decided = await loadPriorities(db, actor.organisationId, 'decided', week);
  const openActions = await loadPriorities(db, actor.organisationId, 'open', week);
  const partners = await partnerReporting(db, actor.organisationId, week);
  return {
    week,
    compiled,
    includesRestricted,
    levels,
    categories,
    areas,
    hotspots: decided.filter((d) => d.kind === 'hotspot'),
    priorities: decided.filter((d) => d.kind === 'priority'),
    openActions,
    reporting: { partners: partners.length, reported: partners.filter((x) => x.reported).length },
  };
}

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

async function incidentsBy(
  db: Db,
  organisationId: string,
  from: string,
  to: string,
  includeRestricted: boolean,
  positive: Set<string>,
) {
  const rows = await db
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
        counted(),
        includeRestricted ? undefined : eq(incidentReports.restricted, false),
      ),
    )
    .groupBy(incidentReports.areaId, incidentReports.categoryId);
  const byArea = new Map<string, number>();
  const byCategory = new Map<string, number>();
  for (const r of rows) {
    byCategory.set(r.categoryId, (byCategory.get(r.categoryId) ?? 0) + r.n);
    if (!positive.has(r.categoryId)) byArea.set(r.areaId, (byArea.get(r.areaId) ?? 0) + r.n);
  }
  return { byArea, byCategory };
}

/**
 * Quarterly, tertial or yearly analysis: incidents per area against the same period a year
 * earlier, per 1,000 households, the weeks spent at each grade, and the safety index beside it.
 */
export async function analysis({ db }: Ctx, actor: Actor, year: number, period: string) {
  assertCan(actor, p['situation.read']);
  const viewer = await viewerOf(db, actor);
  const includeRestricted = seesRestricted(viewer);
  const { from, to } = periodRange(year, period);
  const previousRange = periodRange(year - 1, period);
  const [areaRows, households, categories] = await Promise.all([
    loadAreas(db, actor.organisationId, actor.areaIds),
    householdsByArea(db, actor.organisationId),
    loadCategories(db, actor.organisationId),
  ]);
  const positive = new Set(categories.filter((c) => c.positive).map((c) => c.id));
  const now = await incidentsBy(db, actor.organisationId, from, to, includeRestricted, positive);
  const before = await incidentsBy(
    db,
    actor.organisationId,
    previousRange.from,
    previousRange.to,
    includeRestricted,
    positive,
  );
  // Grades whose week starts inside the period; only compiled weeks for non-coordinators.
  const grades = await db
    .select({ areaId: weeklyGrades.areaId, week: weeklyGrades.week, level: weeklyGrades.level })
    .from(weeklyGrades)
    .where(eq(weeklyGrades.organisationId, actor.organisationId));
  const inPeriod = grades.filter((g) => {
    const monday = weekStart(g.week).toISOString().slice(0, 10);
    return monday >= from && monday <= to;
  });
  const safety = await safetyIndexForAreas(
    db,
    actor.organisationId,
    areaRows.map((a) => a.id),
    { from, to },
  );
  const organisationIndex =
    period === 'year' ? await organisationSafetyIndex(db, actor.organisationId, year) : null;
  return {
    from,
    to,
    previousFrom: previousRange.from,
    previousTo: previousRange.to,
    areas: areaRows
      .map((area) => {
        const incidents = now.byArea.get(area.id) ?? 0;
        const hh = households.get(area.id) ?? 0;
        const areaGrades = inPeriod.filter((g) => g.areaId === area.id);
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
      count: now.byCategory.get(c.id) ?? 0,
      previous: before.byCategory.get(c.id) ?? 0,
    })),
    safetyIndexAvailable: safety.available,
    organisationSafetyIndex: organisationIndex,
  };
}
