import ttest from '@stdlib/stats-ttest';

/** Groups smaller than this are not shown: too few to say anything, too few to stay anonymous. */
export const minimumPairs = 10;

export type Pair = { before: number; after: number };

export type PairedComparison =
  | { n: number; suppressed: true }
  | {
      n: number;
      suppressed: false;
      meanBefore: number;
      meanAfter: number;
      /** Mean of after − before. */
      meanChange: number;
      /** 95 % confidence interval of the mean change (paired Student's t). */
      ciLow: number;
      ciHigh: number;
      /** Two-sided p-value of the paired t-test against no change. */
      pValue: number;
    };

const mean = (values: readonly number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;

/**
 * Before/after comparison of the same people: the paired t-test on the differences (after − before),
 * with the 95 % interval of the mean change. Under `minimum` pairs the result is suppressed.
 */
export function pairedComparison(pairs: readonly Pair[], minimum = minimumPairs): PairedComparison {
  const n = pairs.length;
  if (n < Math.max(minimum, 2)) return { n, suppressed: true };
  const differences = pairs.map((p) => p.after - p.before);
  const meanChange = mean(differences);
  const base = {
    n,
    suppressed: false as const,
    meanBefore: mean(pairs.map((p) => p.before)),
    meanAfter: mean(pairs.map((p) => p.after)),
    meanChange,
  };
  // Everyone changed by exactly the same amount: no spread, the interval is the point itself.
  if (differences.every((d) => d === differences[0])) {
    return { ...base, ciLow: meanChange, ciHigh: meanChange, pValue: meanChange === 0 ? 1 : 0 };
  }
  const result = ttest(differences, { alpha: 0.05 });
  return { ...base, ciLow: result.ci[0], ciHigh: result.ci[1], pValue: result.pValue };
}
