import { type Actor, assertCan } from '../../core/auth/access';
import { AppError } from '../../core/errors';
import { forecastYears } from '../../core/forecast';
import { linkedWork } from '../../core/indicator-links';
import { type IndicatorYears, indicatorYears } from '../../core/indicator-years';
import type { IndicatorDefinition, IndicatorValue } from '../../core/indicators';
import type { AppContext } from '../../core/module';
import { publishIndicator } from '../../core/report';
import { swedishYear } from '../../shared/time';
import { type GoalTarget, indicatorGoalTargets, organisationGoals } from '../goals';
import { indicatorOf } from './indicator-lookup';
import { storyOf } from './story.service';
import type { Curve, CurveYear } from './turn-the-curve.contract';
import { curvePermissions as p } from './turn-the-curve.policy';

/** How many years the history goes back, the asked year included (one more than the report's trend). */
export const historyYears = 6;

/**
 * Units whose figure of an unfinished year is already a level — a share, a median — and so may
 * stand beside whole years on the line. A count, hours, kronor or a rate per 1,000 households
 * of the year so far is a part of a total, and a line through it would bend the forecast down.
 */
const levelUnits: ReadonlySet<IndicatorDefinition['unit']> = new Set(['fraction', 'days']);

type Goals = (indicatorId: string, year: number) => number | null;

/**
 * One year of the indicator as the annual report publishes it (core's publishIndicator): the
 * organisation-wide goal as its target when one is set (else the module's own), status from the
 * published interval.
 */
async function publishedYear(
  figures: IndicatorYears,
  indicator: IndicatorDefinition,
  year: number,
  { goalOf, currentYear }: { goalOf: Goals; currentYear: number },
): Promise<CurveYear> {
  const computed = await figures.figure(indicator, year);
  const goal = goalOf(indicator.id, year);
  const v: IndicatorValue = goal === null ? computed : { ...computed, target: goal, status: null };
  const published = publishIndicator(indicator, v);
  return {
    year,
    value: published.value,
    n: published.n,
    ciLow: published.ci_low,
    ciHigh: published.ci_high,
    suppressed: published.suppressed,
    reason: published.suppressed_reason,
    target: v.target ?? null,
    status: published.status,
    complete: year < currentYear,
  };
}

const shown = (y: CurveYear) => y.value !== null && !y.suppressed;

/**
 * The baseline year the goals name for the asked year: that of the organisation-wide goal of the
 * year, else of the organisation-wide goal nearest to it (the later one on a tie); null when no goal names one.
 */
export function goalBaselineYear(goals: readonly GoalTarget[], year: number): number | null {
  const named = goals.filter((g) => g.areaId === null && g.baselineYear !== null);
  named.sort((a, b) => Math.abs(a.year - year) - Math.abs(b.year - year) || b.year - a.year);
  return named[0]?.baselineYear ?? null;
}

/**
 * Where the curve starts: the year the goal names as its baseline, when it has a figure, else the
 * first year of the history with a shown figure.
 */
async function baselineOf(
  history: readonly CurveYear[],
  goalYear: number | null,
  publish: (year: number) => Promise<CurveYear>,
): Promise<Curve['baseline']> {
  if (goalYear !== null) {
    const named = history.find((y) => y.year === goalYear) ?? (await publish(goalYear));
    if (shown(named)) return { year: named.year, value: named.value!, fromGoal: true };
  }
  const first = history.find(shown);
  return first ? { year: first.year, value: first.value!, fromGoal: false } : null;
}

/**
 * The turn-the-curve view of an indicator up to `year` (Results-Based Accountability): its history
 * as published, the baseline it starts from, the forecast if nothing changes (core's straight line,
 * fitted to the published figures), the goals, the story behind the curve and the work of every
 * module linked to it that the actor may see. "Now" is the configured clock's instant.
 */
export async function curveOf(
  ctx: AppContext,
  actor: Actor,
  input: { indicatorId: string; year: number },
  now: Date,
): Promise<Curve> {
  assertCan(actor, p['curve.read']);
  const currentYear = swedishYear(now);
  if (input.year > currentYear) throw new AppError('future_year', { year: input.year });
  const indicator = await indicatorOf(ctx.db, actor.organisationId, input.indicatorId);
  const goalOf = await organisationGoals(ctx.db, actor.organisationId);
  // Each year worked out once, without breakdowns: the baseline year is often one of the history's.
  const figures = indicatorYears({
    db: ctx.db,
    organisationId: actor.organisationId,
    language: actor.language,
    now,
  });
  const publish = (year: number) => publishedYear(figures, indicator, year, { goalOf, currentYear });
  const asked = Array.from({ length: historyYears }, (_, i) => input.year - historyYears + 1 + i);
  const years = await Promise.all(asked.map(publish));
  // The history starts at the first year with a figure, shown or withheld. A count of records is 0
  // in the years before anything was recorded, which is no measurement: leading zeros are left out.
  const first = years.findIndex((y) => y.suppressed || (y.value !== null && y.value !== 0));
  const history = first === -1 ? [] : years.slice(first);
  const goals = await indicatorGoalTargets(ctx.db, actor.organisationId, indicator.id);
  const baseline = await baselineOf(history, goalBaselineYear(goals, input.year), publish);
  const fitted = history.filter((y) => shown(y) && (y.complete || levelUnits.has(indicator.unit)));
  const forecast = forecastYears(
    fitted.map((y) => ({ year: y.year, value: y.value! })),
    indicator.unit,
  );
  return {
    indicator: {
      id: indicator.id,
      name: indicator.name[actor.language],
      unit: indicator.unit,
      higherIsBetter: indicator.higherIsBetter,
      definition: indicator.definition[actor.language],
      materialArea: indicator.materialArea,
      focusArea: indicator.focusArea ?? null,
      frequency: indicator.frequency,
      owner: indicator.owner,
    },
    year: input.year,
    history,
    baseline,
    forecast: forecast && {
      fittedYears: forecast.fittedYears,
      slope: forecast.slope,
      confidence: forecast.confidence,
      points: forecast.points.map((point) => ({ ...point, target: goalOf(indicator.id, point.year) })),
    },
    story: await storyOf(ctx.db, actor, indicator.id),
    linkedWork: await linkedWork(ctx, { actor, indicator, year: input.year }),
  };
}
