/**
 * "If nothing changes": an ordinary least-squares straight line through an indicator's published
 * yearly figures, carried a few years ahead with a prediction interval (Results-Based
 * Accountability's forecast on the turn-the-curve chart).
 *
 * For points (x_i, y_i), i = 1…n, with x̄ and ȳ their means:
 *   Sxx = Σ(x_i − x̄)², Sxy = Σ(x_i − x̄)(y_i − ȳ), slope b = Sxy / Sxx, intercept a = ȳ − b·x̄;
 *   the residual standard error s = √(Σ(y_i − a − b·x_i)² / (n − 2));
 *   a new observation at x0 lies, with probability 1 − α, within
 *   ŷ0 ± t(1 − α/2, n − 2) · s · √(1 + 1/n + (x0 − x̄)² / Sxx)
 * (Montgomery & Runger, Applied Statistics and Probability for Engineers, section 11-6.2). Three
 * points are the fewest that leave a degree of freedom for s; with fewer there is no forecast.
 */
import type { IndicatorDefinition } from './indicators';
import { tQuantile } from './statistics';

/** One year's published figure the line is fitted to. */
export type YearValue = { year: number; value: number };

/** A straight line fitted by least squares, with what its prediction intervals need. */
export type LinearFit = {
  slope: number;
  intercept: number;
  /** s, the residual standard error (0 for points on one line). */
  residualStandardError: number;
  n: number;
  meanX: number;
  /** Σ(x_i − x̄)². */
  sxx: number;
};

/** A projected year: the line's value and its prediction interval, within the unit's range. */
export type ForecastPoint = { year: number; value: number; low: number; high: number };

export type Forecast = {
  /** The years the line was fitted to, oldest first. */
  fittedYears: number[];
  /** Change per year on the line, in the indicator's unit (before clamping). */
  slope: number;
  residualStandardError: number;
  /** The confidence of the prediction intervals, e.g. 0.95. */
  confidence: number;
  points: ForecastPoint[];
};

/** The fewest points a forecast is made from. */
export const minimumForecastPoints = 3;

/** The range a figure of the unit can take: a share 0–1, everything else (counts, days, …) not below 0. */
export function unitRange(unit: IndicatorDefinition['unit']): { min: number; max: number } {
  return unit === 'fraction' ? { min: 0, max: 1 } : { min: 0, max: Number.POSITIVE_INFINITY };
}

/** The least-squares line through the points; null with fewer than three or when every x is the same. */
export function fitLine(points: readonly { x: number; y: number }[]): LinearFit | null {
  const n = points.length;
  if (n < minimumForecastPoints) return null;
  const meanX = points.reduce((s, p) => s + p.x, 0) / n;
  const meanY = points.reduce((s, p) => s + p.y, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (const p of points) {
    sxx += (p.x - meanX) ** 2;
    sxy += (p.x - meanX) * (p.y - meanY);
  }
  if (sxx === 0) return null;
  const slope = sxy / sxx;
  const intercept = meanY - slope * meanX;
  const sse = points.reduce((s, p) => s + (p.y - intercept - slope * p.x) ** 2, 0);
  return { slope, intercept, residualStandardError: Math.sqrt(sse / (n - 2)), n, meanX, sxx };
}

/** The line's value at x and the (1 − α) prediction interval of a new observation there, unclamped. */
export function predictAt(fit: LinearFit, x: number, confidence = 0.95) {
  const value = fit.intercept + fit.slope * x;
  const t = tQuantile(1 - (1 - confidence) / 2, fit.n - 2);
  const half = t * fit.residualStandardError * Math.sqrt(1 + 1 / fit.n + (x - fit.meanX) ** 2 / fit.sxx);
  return { value, low: value - half, high: value + half };
}

const clamp = (x: number, { min, max }: { min: number; max: number }) => Math.min(max, Math.max(min, x));

/**
 * The forecast "if nothing changes" for the `ahead` years after the last fitted one (1–3), from
 * the yearly figures given (at least three, in any order), each clamped to the unit's range; null
 * with fewer figures.
 */
export function forecastYears(
  values: readonly YearValue[],
  unit: IndicatorDefinition['unit'],
  { ahead = 3, confidence = 0.95 }: { ahead?: 1 | 2 | 3; confidence?: number } = {},
): Forecast | null {
  const sorted = [...values].sort((a, b) => a.year - b.year);
  const fit = fitLine(sorted.map((v) => ({ x: v.year, y: v.value })));
  if (!fit) return null;
  const range = unitRange(unit);
  const last = sorted[sorted.length - 1].year;
  const points = Array.from({ length: ahead }, (_, i) => {
    const year = last + i + 1;
    const p = predictAt(fit, year, confidence);
    return { year, value: clamp(p.value, range), low: clamp(p.low, range), high: clamp(p.high, range) };
  });
  return {
    fittedYears: sorted.map((v) => v.year),
    slope: fit.slope,
    residualStandardError: fit.residualStandardError,
    confidence,
    points,
  };
}
