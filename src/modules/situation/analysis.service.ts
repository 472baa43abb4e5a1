import { type Actor, assertCan } from '../../core/auth/access';
import { publishRate } from '../../core/disclosure';
import type { ServiceContext } from '../../core/module';
import { addDays, addMonths } from '../../shared/time';
import { householdsByArea } from '../areas';
import { loadAreas, loadCategories, loadLevels } from './config.service';
import { allIncidents, type IncidentYear, incidentYear, periodMember } from './published-incidents';
import { weeksReportedIn } from './reporting-weeks';
import { organisationSafetyIndex, safetyIndexForAreas } from './safety-index-hook';
import { situationPermissions as p, viewerOf } from './situation.policy';
import { addWeeks, isoWeekOf, isoWeekOfDay, weekDays } from './week';
import { shownGrades } from './week-rows';

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
  const firstOf = (month: number) => `${year}-${String(month).padStart(2, '0')}-01`;
  return {
    from: firstOf(first),
    to: addDays(addMonths(firstOf(last), 1), -1),
  };
}

/** The ISO weeks whose Monday lies in the period and that have started by today. */
export function weeksOfPeriod(from: string, to: string, today: Date): string[] {
  const weeks: string[] = [];
  const current = isoWeekOf(today);
  for (let week = isoWeekOfDay(from); week <= current; week = addWeeks(week, 1)) {
    const monday = weekDays(week).first;
    if (monday > to) break;
    if (monday >= from) weeks.push(week);
  }
  return weeks;
}

/** One area's row: incidents now and a year before, per 1,000 households, by category, grades. */
function areaRow(
  area: { id: string; code: string; name: string },
  households: number,
  figures: { now: IncidentYear; before: IncidentYear; nowPeriod: string; beforePeriod: string },
  categories: { id: string }[],
  grades: { areaId: string; level: number }[],
) {
  const { now, before, nowPeriod, beforePeriod } = figures;
  const incidents = now.figure(area.id, allIncidents, nowPeriod);
  const previous = before.figure(area.id, allIncidents, beforePeriod);
  const areaGrades = grades.filter((g) => g.areaId === area.id);
  const weeksAtLevel: Record<string, number> = {};
  for (const g of areaGrades) weeksAtLevel[g.level] = (weeksAtLevel[g.level] ?? 0) + 1;
  return {
    id: area.id,
    code: area.code,
    name: area.name,
    households,
    incidents: incidents.count,
    incidentsHidden: incidents.hidden,
    previousIncidents: previous.count,
    previousHidden: previous.hidden,
    per1000: publishRate(incidents.count, households),
    byCategory: categories.map((c) => {
      const f = now.figure(area.id, c.id, nowPeriod);
      return {
        categoryId: c.id,
        count: f.count,
        hidden: f.hidden,
        per1000: publishRate(f.count, households),
      };
    }),
    meanLevel: areaGrades.length ? areaGrades.reduce((s, g) => s + g.level, 0) / areaGrades.length : null,
    weeksAtLevel,
  };
}

/**
 * Quarterly, tertial or yearly analysis: incidents per area against the same period a year
 * earlier, per 1,000 households and by category, the weeks spent at each grade, the weeks each
 * partner reported, and the safety index beside it. Counts come through `incidentYear`: in full for
 * those who may see restricted reports, else the organisation's protected table.
 */
export async function analysis(
  { db }: ServiceContext,
  actor: Actor,
  year: number,
  period: string,
  today: Date,
) {
  assertCan(actor, p['situation.read']);
  const viewer = await viewerOf(db, actor);
  const { from, to } = periodRange(year, period);
  const previousRange = periodRange(year - 1, period);
  const weeks = weeksOfPeriod(from, to, today);
  const org = actor.organisationId;
  const [areaRows, households, categories, levels, now, before, grades, reporting] = await Promise.all([
    loadAreas(db, org, actor.areaIds),
    householdsByArea(db, org),
    loadCategories(db, org),
    loadLevels(db, org),
    incidentYear(db, org, year, viewer),
    incidentYear(db, org, year - 1, viewer),
    shownGrades(db, org, weeks, viewer.coordinator),
    weeksReportedIn(db, org, weeks),
  ]);
  // A host sees their own areas only, in the category totals too (shown only where every area is).
  const ids = areaRows.map((a) => a.id);
  const figures = {
    now,
    before,
    nowPeriod: periodMember(year, period),
    beforePeriod: periodMember(year - 1, period),
  };
  const hh = ids.reduce((s, id) => s + (households.get(id) ?? 0), 0);
  const total = now.sumOver(ids, allIncidents, figures.nowPeriod);
  const safety = await safetyIndexForAreas(db, org, ids, { from, to });
  const organisationIndex = period === 'year' ? await organisationSafetyIndex(db, org, year) : null;
  return {
    from,
    to,
    previousFrom: previousRange.from,
    previousTo: previousRange.to,
    weeks: weeks.length,
    restricted: now.restricted,
    levels,
    total: {
      incidents: total.count,
      incidentsHidden: total.hidden,
      households: hh,
      per1000: publishRate(total.count, hh),
    },
    areas: areaRows
      .map((area) => ({
        ...areaRow(area, households.get(area.id) ?? 0, figures, categories, grades),
        safetyIndex: safety.values.get(area.id) ?? null,
      }))
      .sort((a, b) => (b.per1000 ?? -1) - (a.per1000 ?? -1)),
    categories: categories.map((c) => {
      const count = now.sumOver(ids, c.id, figures.nowPeriod);
      const previous = before.sumOver(ids, c.id, figures.beforePeriod);
      return {
        categoryId: c.id,
        name: actor.language === 'en' ? c.nameEn : c.nameSv,
        positive: c.positive,
        count: count.count,
        hidden: count.hidden,
        per1000: publishRate(count.count, hh),
        previous: previous.count,
        previousHidden: previous.hidden,
      };
    }),
    partners: reporting.partners,
    safetyIndexAvailable: safety.available,
    organisationSafetyIndex: organisationIndex,
  };
}
