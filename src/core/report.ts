import type { Db } from './db/client';
import { type HiddenReason, publishedVerdict, publishShare } from './disclosure';
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
};

export type AnnualReport = { year: number; organisation: string; indicators: ReportIndicator[] };

/** Non-share figures (counts, days, hours, rates) are given to one decimal. */
const roundPlain = (value: number) => Math.round(value * 10) / 10;

/**
 * One indicator as the report publishes it: through the publication layer — a share rounded to what
 * its base bears, a suppressed figure without value or count — and its status from the published
 * interval, so the report can never show a status its own figures contradict.
 */
export function publishIndicator(
  indicator: Pick<IndicatorDefinition, 'unit' | 'higherIsBetter'>,
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
    const share = publishShare(estimate, v.n ?? Number.POSITIVE_INFINITY, null);
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

/**
 * The annual report's figures: every registered indicator for the organisation and year, "now"
 * being the configured clock's instant (`config.clock()`).
 */
export async function buildAnnualReport(
  db: Db,
  organisation: { id: string; name: string },
  year: number,
  language: 'sv' | 'en',
  now: Date,
): Promise<AnnualReport> {
  const rows: ReportIndicator[] = [];
  for (const indicator of indicators()) {
    const v = await indicator.compute(db, organisation.id, year, language, now);
    rows.push({
      id: indicator.id,
      name: indicator.name[language],
      unit: indicator.unit,
      ...publishIndicator(indicator, v),
      target: v.target ?? null,
      sdg: indicator.sdg,
      material_area: indicator.materialArea,
      breakdowns: v.breakdowns ?? [],
    });
  }
  return { year, organisation: organisation.name, indicators: rows };
}
