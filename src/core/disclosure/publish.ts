/**
 * What a published figure looks like. A shown share is rounded to what its base can bear; a hidden
 * one carries neither value nor count, only why it is hidden. Status against a target is worked out
 * from the interval as published, so the two can never disagree on the page.
 */
import { type TargetStatus, targetVerdict } from '../statistics';
import type { HiddenReason } from './table';

/** Shares of groups under this many contributors are shown in whole percentage points, above it to one decimal. */
export const finePrecisionFrom = 100;

/** The step a share of n contributors is rounded to: 0.01 (one point) under 100, else 0.001 (0.1 point). */
export const shareStep = (n: number) => (n < finePrecisionFrom ? 0.01 : 0.001);

const decimalsOf = (step: number) => Math.round(-Math.log10(step));
// The nudge keeps 0.82 / 0.01 = 81.99999999999999 from flooring to 81.
const fixed = (steps: number, step: number) => Number((steps * step).toFixed(decimalsOf(step)));
const floorTo = (value: number, step: number) => fixed(Math.floor(value / step + 1e-9), step);
const ceilTo = (value: number, step: number) => fixed(Math.ceil(value / step - 1e-9), step);

/** A share rounded to the nearest step its base allows (0.7592… of 54 → 0.76). */
export function roundShare(value: number, n: number): number {
  const step = shareStep(n);
  return fixed(Math.round(value / step), step);
}

/**
 * `signed`: the figure is a fraction that may fall below 0 (a pay gap, where women earn more), so
 * its interval is not cut at 0 and 1 as a share of people's is.
 */
export type ShareOptions = { signed?: boolean };

/** Interval bounds rounded outwards to the same step, so the published interval still holds the estimate's. */
export function roundInterval(
  low: number,
  high: number,
  n: number,
  { signed = false }: ShareOptions = {},
): { low: number; high: number } {
  const step = shareStep(n);
  const [lowest, highest] = signed ? [-Infinity, Infinity] : [0, 1];
  return {
    low: Math.max(lowest, floorTo(low, step)),
    high: Math.min(highest, ceilTo(high, step)),
  };
}

/** A mean (e.g. of answers on a 1–5 scale) rounded to one decimal under 100 contributors, two from 100. */
export function roundMean(value: number, n: number): number {
  return Number(value.toFixed(n < finePrecisionFrom ? 1 : 2));
}

/** A rate such as incidents per 1,000 households: one decimal. */
export function roundRate(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * A rate such as incidents per 1,000 households, to one decimal, from a count the layer has already
 * let through: a hidden count (null) gives no rate — count × base / per would undo the hiding.
 */
export function publishRate(count: number | null, base: number, per = 1000): number | null {
  if (count === null || base <= 0) return null;
  return Math.round((count / base) * (per * 10)) / 10;
}

export type Withheld = { suppressed: true; reason: HiddenReason };
export type PublishedShare = {
  value: number | null;
  low: number | null;
  high: number | null;
  /** Contributing units (respondents, participants); null when hidden. */
  n: number | null;
  suppressed: boolean;
  reason: HiddenReason | null;
};

export type Estimate = { value: number; low: number; high: number };

/** A share as it may leave the server: rounded, or withheld with its reason (no value, no count). */
export function publishShare(
  estimate: Estimate | null,
  n: number,
  reason: HiddenReason | null,
  options: ShareOptions = {},
): PublishedShare {
  if (reason) return { value: null, low: null, high: null, n: null, suppressed: true, reason };
  if (!estimate || n === 0) return { value: null, low: null, high: null, n, suppressed: false, reason: null };
  return {
    value: roundShare(estimate.value, n),
    ...roundInterval(estimate.low, estimate.high, n, options),
    n,
    suppressed: false,
    reason: null,
  };
}

/** A count as it may leave the server: itself, or null when its cell is hidden. */
export function publishCount(count: number, reason: HiddenReason | null): number | null {
  return reason ? null : count;
}

export type PublishedVerdict = {
  status: TargetStatus | null;
  changeVsTarget: 'up' | 'down' | 'no clear change' | null;
};

/** Status and change against a target from the published interval (never from figures not shown). */
export function publishedVerdict(
  share: Pick<PublishedShare, 'low' | 'high'>,
  target: number | null,
  higherIsBetter = true,
): PublishedVerdict {
  const interval = share.low === null || share.high === null ? null : { low: share.low, high: share.high };
  return targetVerdict(interval, target, higherIsBetter);
}
