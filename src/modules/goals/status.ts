/**
 * Where a goal stands: the indicator's figure for the goal's year — the organisation's from the
 * indicator's `compute`, an area's from its `computeForArea` — published through the report's
 * publication layer (core/report.ts `publishIndicator`) with the goal as its target, so the status
 * (met, not met, too close to call) comes from the same published interval the report shows. The
 * baseline year's figure is published the same way, without a target.
 */
import type { Db } from '../../core/db/client';
import type { Language } from '../../core/i18n/i18n';
import { indicatorYears } from '../../core/indicator-years';
import type { IndicatorDefinition, IndicatorValue } from '../../core/indicators';
import { publishIndicator } from '../../core/report';
import type { Goal, GoalStatus, PublishedFigure } from './goals.contract';
import type { KnownIndicator } from './rules';

export type AreaName = { code: string; name: string };

/** What the figures are worked out for: one organisation, in one language, at one instant. */
export type StatusContext = {
  db: Db;
  organisationId: string;
  language: Language;
  /** The configured clock's instant, for a figure of the year so far. */
  now: Date;
  indicators: ReadonlyMap<string, KnownIndicator>;
  areas: ReadonlyMap<string, AreaName>;
};

/**
 * The figures of one request, each worked out once (core's per-request memo, as the report and the
 * curve use it): several goals (an area's, the organisation's, a baseline) often ask for the same
 * indicator, area and year. An area's figure is null where the indicator gives none per area.
 */
export function figureCache(ctx: StatusContext) {
  const figures = indicatorYears(ctx);
  return (
    definition: IndicatorDefinition,
    areaId: string | null,
    year: number,
  ): Promise<IndicatorValue | null> =>
    areaId === null ? figures.figure(definition, year) : figures.areaFigure(definition, areaId, year);
}

/** A value through the publication layer, against a target when one is given. */
function published(
  definition: IndicatorDefinition,
  value: IndicatorValue,
  target: number | null,
): { figure: PublishedFigure; status: GoalStatus['status'] } {
  // The goal is the target: the module's own target and status (if it keeps one) give way to it.
  const p = publishIndicator(definition, { ...value, target, status: null });
  return {
    figure: {
      value: p.value,
      n: p.n,
      ciLow: p.ci_low,
      ciHigh: p.ci_high,
      suppressed: p.suppressed,
      reason: p.suppressed_reason,
    },
    status: p.status,
  };
}

type Figures = ReturnType<typeof figureCache>;

/** One goal with its indicator's name and unit, its area, its published figure, status and baseline. */
export async function goalStatus(ctx: StatusContext, figures: Figures, goal: Goal): Promise<GoalStatus> {
  const known = ctx.indicators.get(goal.indicatorId);
  const area = goal.areaId ? ctx.areas.get(goal.areaId) : null;
  const base = {
    ...goal,
    areaCode: area?.code ?? null,
    areaName: area?.name ?? null,
  };
  if (!known) {
    // A goal of an indicator no longer registered (or a hand-entered one since removed) stays, without a figure.
    return {
      ...base,
      indicatorName: goal.indicatorId,
      unit: 'count',
      higherIsBetter: true,
      hasFigure: false,
      figure: null,
      status: null,
      baseline: null,
    };
  }
  const { definition } = known;
  const hasFigure = goal.areaId === null || definition.computeForArea !== undefined;
  const [now, then] = await Promise.all([
    hasFigure ? figures(definition, goal.areaId, goal.year) : null,
    hasFigure && goal.baselineYear !== null ? figures(definition, goal.areaId, goal.baselineYear) : null,
  ]);
  const current = now ? published(definition, now, goal.target) : null;
  return {
    ...base,
    indicatorName: definition.name[ctx.language],
    unit: definition.unit,
    higherIsBetter: definition.higherIsBetter,
    hasFigure,
    figure: current?.figure ?? null,
    status: current?.status ?? null,
    baseline: then ? published(definition, then, null).figure : null,
  };
}
