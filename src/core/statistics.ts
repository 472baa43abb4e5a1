/** Shared statistics: intervals and the target test every module's indicators use. */
import erfc from '@stdlib/math-base-special-erfc';
import erfcinv from '@stdlib/math-base-special-erfcinv';
import tDistributionQuantile from '@stdlib/stats-base-dists-t-quantile';

export const z95 = 1.959963984540054;

export type Interval = { low: number; high: number };

/**
 * Wilson score interval for a proportion (Wilson 1927; Newcombe 1998, method 3).
 * Better than the normal approximation near 0 and 1 and for small n.
 */
export function wilsonInterval(successes: number, n: number, z = z95): Interval {
  if (n <= 0) return { low: 0, high: 1 };
  const p = successes / n;
  const z2 = z * z;
  const centre = p + z2 / (2 * n);
  const margin = z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  const denominator = 1 + z2 / n;
  return {
    low: Math.max(0, (centre - margin) / denominator),
    high: Math.min(1, (centre + margin) / denominator),
  };
}

export type TargetStatus = 'met' | 'not met' | 'too close to call';

/**
 * Compares a result with its target using its 95 % interval: met when the whole interval is at or
 * above the target, not met when it is wholly below, too close to call when it crosses the target.
 * For indicators where lower is better, pass higherIsBetter = false.
 */
export function targetStatus(interval: Interval, target: number, higherIsBetter = true): TargetStatus {
  const [good, bad] = higherIsBetter
    ? [interval.low >= target, interval.high < target]
    : [interval.high <= target, interval.low > target];
  if (good) return 'met';
  if (bad) return 'not met';
  return 'too close to call';
}

export type Verdict = {
  status: TargetStatus | null;
  changeVsTarget: 'up' | 'down' | 'no clear change' | null;
};

/**
 * Status and change vs target from ONE interval, so they can never contradict each other: the
 * status comes from targetStatus and the direction is read off the same comparison. "up" means the
 * interval lies above the target, "down" below; the target itself counts as reached, so for
 * higher-is-better "met" ⇔ low ≥ target ⇔ "up", and for lower-is-better "met" ⇔ high ≤ target ⇔ "down".
 */
export function targetVerdict(
  interval: Interval | null,
  target: number | null,
  higherIsBetter = true,
): Verdict {
  if (interval === null || target === null) return { status: null, changeVsTarget: null };
  const status = targetStatus(interval, target, higherIsBetter);
  if (status === 'too close to call') return { status, changeVsTarget: 'no clear change' };
  const above = (status === 'met') === higherIsBetter;
  return { status, changeVsTarget: above ? 'up' : 'down' };
}

/** Status of an exact figure (a count, a census share) against a target: no interval, no doubt. */
export function exactTargetStatus(value: number, target: number, higherIsBetter = true): TargetStatus {
  return higherIsBetter === value >= target ? 'met' : 'not met';
}

/** Standard normal cumulative distribution (Abramowitz & Stegun 7.1.26 via erf; |error| < 1.5e-7). */
export function normalCdf(x: number): number {
  const t = 1 / (1 + (0.3275911 * Math.abs(x)) / Math.SQRT2);
  const poly =
    t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-(x * x) / 2);
  return x >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

/** Upper tail of the standard normal, 1 − Φ(x), from erfc: accurate far out where 1 − normalCdf(x) is 0. */
export function normalUpperTail(x: number): number {
  return erfc(x / Math.SQRT2) / 2;
}

/** Quantile of the standard normal: Φ⁻¹(p) = −√2 · erfc⁻¹(2p). NaN outside 0–1. */
export function normalQuantile(p: number): number {
  if (!(p >= 0 && p <= 1)) return Number.NaN;
  return -Math.SQRT2 * erfcinv(2 * p);
}

/**
 * Quantile of Student's t with df degrees of freedom (df may be fractional); df = Infinity gives the
 * normal quantile. NaN for p outside 0–1 or df ≤ 0, so a caller cannot mistake a bad input for a number.
 */
export function tQuantile(p: number, df: number): number {
  if (!(p >= 0 && p <= 1) || !(df > 0)) return Number.NaN;
  if (df === Number.POSITIVE_INFINITY) return normalQuantile(p);
  return tDistributionQuantile(p, df);
}

/** Median of a list of numbers (mean of the middle two for even length); null when empty. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
