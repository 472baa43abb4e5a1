import { baselineWeeks, proposeGrade, trendOf } from './grading';
import { previousWeeks } from './week';

/** Counted incidents of one area, category and week. */
export type CountRow = { areaId: string; categoryId: string; week: string; n: number };

/** Presence hours of one area and week (from the rounds module's shifts). */
export type PresenceRow = {
  areaId: string;
  week: string;
  hours: number;
  eveningHours: number;
  shifts: number;
};

export type PictureInput = {
  week: string;
  areas: { id: string; code: string; name: string; districtName: string; geometry: unknown }[];
  households: Map<string, number>;
  /** Counts of the week and of the 12 weeks before it. */
  counts: CountRow[];
  positiveCategories: Set<string>;
  /** Grades per week and area ("week|areaId"), of the week and the weeks before it. */
  grades: Map<string, { level: number; rationale: string }>;
  /** Presence of the week and the 12 weeks before it; empty when unknown. */
  presence: PresenceRow[];
  levels: number;
};

const key = (week: string, areaId: string) => `${week}|${areaId}`;
const roundHours = (h: number) => Math.round(h * 100) / 100;

/**
 * Builds the week's picture per area from already-loaded data; pure, so it is tested and benchmarked
 * on its own. The proposal counts incidents that are not positive events, against the area's previous
 * 12 weeks; presence hours are set against the same 12 weeks (weeks without shifts count as 0 hours).
 */
export function buildAreaPictures(input: PictureInput) {
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
    const positive = input.positiveCategories.has(c.categoryId);
    const i = baselineIndex.get(c.week);
    if (c.week !== input.week && i === undefined) continue;
    const a = of(c.areaId);
    const cat = a.byCategory.get(c.categoryId) ?? { n: 0, base: 0 };
    if (c.week === input.week) {
      cat.n += c.n;
      if (positive) a.positive += c.n;
      else a.total += c.n;
    } else {
      cat.base += c.n;
      if (!positive) a.byWeek[i!] += c.n;
    }
    a.byCategory.set(c.categoryId, cat);
  }
  const presence = new Map(input.presence.map((p) => [key(p.week, p.areaId), p]));
  const previousWeek = baseline[baseline.length - 1];

  return input.areas.map((area) => {
    const a = of(area.id);
    const proposal = proposeGrade(a.total, a.byWeek, input.levels);
    const grade = input.grades.get(key(input.week, area.id)) ?? null;
    const previousLevel = input.grades.get(key(previousWeek, area.id))?.level ?? null;
    const hoursOf = (week: string) => presence.get(key(week, area.id))?.hours ?? 0;
    const now = presence.get(key(input.week, area.id));
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
      presence: {
        hours: roundHours(now?.hours ?? 0),
        eveningHours: roundHours(now?.eveningHours ?? 0),
        shifts: now?.shifts ?? 0,
        previousHours: roundHours(hoursOf(previousWeek)),
        baselineMean: roundHours(baseline.reduce((s, w) => s + hoursOf(w), 0) / baselineWeeks),
      },
      history: baseline.map((w, i) => ({
        week: w,
        level: input.grades.get(key(w, area.id))?.level ?? null,
        incidents: a.byWeek[i],
        presenceHours: roundHours(hoursOf(w)),
      })),
    };
  });
}
