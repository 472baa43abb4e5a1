import type { Db } from './db/client';
import { type HiddenReason, publishedVerdict, publishShare } from './disclosure';
import { indicatorYears } from './indicator-years';
import { type FigureTable, type IndicatorDefinition, type IndicatorValue, indicators } from './indicators';
import { exactTargetStatus, type TargetStatus } from './statistics';

export type ReportIndicator = {
  id: string;
  name: string;
  value: number | null;
  unit: string;
  n: number | null;
  ci_low: number | null;
  ci_high: number | null;
  target: number | null;
  status: TargetStatus | null;
  sdg: number[];
  material_area: string;
  suppressed: boolean;
  /** Why a suppressed figure is not shown; null when it is shown. */
  suppressed_reason: HiddenReason | null;
  /** The figure broken down (per area, category, partner …); empty when the module gives none. */
  breakdowns: FigureTable[];
  focus_area: string | null;
  higher_is_better: boolean;
  /** What is counted, in the report's language. */
  definition: string;
  /** The figure in the years up to and including the report's, oldest first (for the trend chart). */
  trend: ReportTrendPoint[];
};

/** One year of an indicator's trend, published as the report's own figure is. */
export type ReportTrendPoint = {
  year: number;
  value: number | null;
  ci_low: number | null;
  ci_high: number | null;
  target: number | null;
  suppressed: boolean;
};

export type AnnualReport = {
  year: number;
  organisation: string;
  language: 'sv' | 'en';
  indicators: ReportIndicator[];
};

/** What the report adds to the registered indicators: the organisation's own, its goals, how far back. */
export type AnnualReportOptions = {
  /** Indicators the organisation keeps by hand, after the registered ones. */
  extraIndicators?: IndicatorDefinition[];
  /** The organisation-wide goal of an indicator in a year (the goals page); null when none is set. */
  goalOf?: (indicatorId: string, year: number) => number | null;
  /** Years in the trend, the report's year included (default 5). */
  trendYears?: number;
};

/** Non-share figures (counts, days, hours, rates) are given to one decimal. */
// Amounts in kronor to the krona; hours, days and rates to one decimal.
const plainRounding = (unit: IndicatorDefinition['unit']) =>
  unit === 'sek' ? (value: number) => Math.round(value) : (value: number) => Math.round(value * 10) / 10;

/**
 * One indicator as the report publishes it: through the publication layer — a share rounded to what
 * its base bears, a suppressed figure without value or count — and its status from the published
 * interval, so the report can never show a status its own figures contradict.
 */
export function publishIndicator(
  indicator: Pick<IndicatorDefinition, 'unit' | 'higherIsBetter' | 'signed'>,
  v: IndicatorValue,
): Pick<
  ReportIndicator,
  'value' | 'n' | 'ci_low' | 'ci_high' | 'status' | 'suppressed' | 'suppressed_reason'
> {
  const target = v.target ?? null;
  const { higherIsBetter } = indicator;
  if (v.suppressed) {
    const reason = v.reason ?? 'small_group';
    return {
      value: null,
      n: null,
      ci_low: null,
      ci_high: null,
      status: null,
      suppressed: true,
      suppressed_reason: reason,
    };
  }
  const hasInterval = v.value !== null && v.ciLow !== null && v.ciHigh !== null;
  if (indicator.unit === 'fraction' && v.value !== null) {
    const estimate = hasInterval
      ? { value: v.value, low: v.ciLow!, high: v.ciHigh! }
      : { value: v.value, low: v.value, high: v.value };
    const share = publishShare(estimate, v.n ?? Number.POSITIVE_INFINITY, null, {
      signed: indicator.signed,
    });
    const status =
      target === null
        ? (v.status ?? null)
        : hasInterval
          ? publishedVerdict(share, target, higherIsBetter).status
          : exactTargetStatus(share.value!, target, higherIsBetter);
    return {
      value: share.value,
      n: v.n,
      ci_low: hasInterval ? share.low : null,
      ci_high: hasInterval ? share.high : null,
      status,
      suppressed: false,
      suppressed_reason: null,
    };
  }
  const roundPlain = plainRounding(indicator.unit);
  const value = v.value === null ? null : roundPlain(v.value);
  const interval = hasInterval ? { low: roundPlain(v.ciLow!), high: roundPlain(v.ciHigh!) } : null;
  let status: TargetStatus | null = v.status ?? null;
  if (target !== null && value !== null) {
    status = interval
      ? publishedVerdict(interval, target, higherIsBetter).status
      : exactTargetStatus(value, target, higherIsBetter);
  }
  return {
    value,
    n: v.n,
    ci_low: interval?.low ?? null,
    ci_high: interval?.high ?? null,
    status,
    suppressed: false,
    suppressed_reason: null,
  };
}

/** One year of an indicator, published, its target the goal when one is set, else the module's own. */
function publishedYear(
  indicator: IndicatorDefinition,
  year: number,
  computed: IndicatorValue,
  goalOf: AnnualReportOptions['goalOf'],
) {
  const goal = goalOf?.(indicator.id, year) ?? null;
  const v: IndicatorValue = goal === null ? computed : { ...computed, target: goal, status: null };
  return { v, published: publishIndicator(indicator, v) };
}

/**
 * The annual report's figures: every registered indicator (and the organisation's own) for the
 * organisation and year with its trend over the years before, "now" being the configured clock's
 * instant (`config.clock()`).
 */
export async function buildAnnualReport(
  db: Db,
  organisation: { id: string; name: string },
  year: number,
  language: 'sv' | 'en',
  now: Date,
  options: AnnualReportOptions = {},
): Promise<AnnualReport> {
  const trendYears = options.trendYears ?? 5;
  const figures = indicatorYears({ db, organisationId: organisation.id, language, now });
  const rows: ReportIndicator[] = [];
  for (const indicator of [...indicators(), ...(options.extraIndicators ?? [])]) {
    const trend: ReportTrendPoint[] = [];
    for (let y = year - trendYears + 1; y < year; y++) {
      // Without breakdowns: only the report's own year shows them.
      const { v, published } = publishedYear(
        indicator,
        y,
        await figures.figure(indicator, y),
        options.goalOf,
      );
      trend.push(trendPoint(y, v, published));
    }
    const computed = await figures.figure(indicator, year, { breakdowns: true });
    const { v, published } = publishedYear(indicator, year, computed, options.goalOf);
    trend.push(trendPoint(year, v, published));
    rows.push({
      id: indicator.id,
      name: indicator.name[language],
      unit: indicator.unit,
      ...published,
      target: v.target ?? null,
      sdg: indicator.sdg,
      material_area: indicator.materialArea,
      breakdowns: v.breakdowns ?? [],
      focus_area: indicator.focusArea ?? null,
      higher_is_better: indicator.higherIsBetter,
      definition: indicator.definition[language],
      trend,
    });
  }
  return { year, organisation: organisation.name, language, indicators: rows };
}

function trendPoint(
  year: number,
  v: IndicatorValue,
  published: ReturnType<typeof publishIndicator>,
): ReportTrendPoint {
  return {
    year,
    value: published.value,
    ci_low: published.ci_low,
    ci_high: published.ci_high,
    target: v.target ?? null,
    suppressed: published.suppressed,
  };
}
