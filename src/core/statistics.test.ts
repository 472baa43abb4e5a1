import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  median,
  normalCdf,
  normalQuantile,
  normalUpperTail,
  targetStatus,
  targetVerdict,
  tQuantile,
  wilsonInterval,
} from './statistics';

describe('wilsonInterval', () => {
  it('gives 75.74 %–80.84 % for 784 of 1,000 (worked by hand from Wilson 1927)', () => {
    // p = 0.784, z² = 3.8415; centre = 0.784 + 3.8415/2000 = 0.785921;
    // margin = 1.96·√(0.784·0.216/1000 + 3.8415/4e6) = 0.025551; denominator = 1.0038415
    const { low, high } = wilsonInterval(784, 1000);
    expect(low).toBeCloseTo(0.7574, 4);
    expect(high).toBeCloseTo(0.8084, 4);
  });

  it('gives 34.6 %–59.1 % for 28 of 60', () => {
    const { low, high } = wilsonInterval(28, 60);
    expect(low).toBeCloseTo(0.346, 3);
    expect(high).toBeCloseTo(0.591, 3);
  });

  it('gives 0 %–20.39 % for 0 of 15 (Newcombe 1998, table I, example 0/15 → 0.0000–0.2039)', () => {
    const { low, high } = wilsonInterval(0, 15);
    expect(low).toBe(0);
    expect(high).toBeCloseTo(0.2039, 4);
  });

  it('always contains the observed share and stays within 0–1', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (n, share) => {
          const k = Math.round(share * n);
          const { low, high } = wilsonInterval(k, n);
          expect(low).toBeGreaterThanOrEqual(0);
          expect(high).toBeLessThanOrEqual(1);
          expect(low).toBeLessThanOrEqual(k / n + 1e-12);
          expect(high).toBeGreaterThanOrEqual(k / n - 1e-12);
        },
      ),
    );
  });
});

describe('targetStatus', () => {
  it('is "not met" for 78.4 % (75.74–80.84) against 82 %', () => {
    expect(targetStatus(wilsonInterval(784, 1000), 0.82)).toBe('not met');
  });
  it('is "too close to call" when the interval crosses the target', () => {
    expect(targetStatus({ low: 0.79, high: 0.85 }, 0.82)).toBe('too close to call');
  });
  it('is "met" when the whole interval is at or above the target', () => {
    expect(targetStatus({ low: 0.82, high: 0.9 }, 0.82)).toBe('met');
  });
  it('reverses for lower-is-better indicators', () => {
    expect(targetStatus({ low: 0.01, high: 0.03 }, 0.05, false)).toBe('met');
  });
});

describe('normalCdf', () => {
  it('matches the table values Φ(1.96) = 0.9750 and Φ(−1) = 0.1587', () => {
    expect(normalCdf(1.959964)).toBeCloseTo(0.975, 4);
    expect(normalCdf(-1)).toBeCloseTo(0.158655, 5);
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 10])).toBe(3.5);
    expect(median([])).toBeNull();
  });
});

describe('tQuantile', () => {
  // Reference values: the usual t table (t₀.₉₇₅,₁₀ = 2.228, t₀.₉₇₅,₁ = 12.706, t₀.₉₉₅,₅ = 4.032),
  // to more digits from SciPy 1.17 scipy.stats.t.ppf.
  it('matches the t table', () => {
    expect(tQuantile(0.975, 10)).toBeCloseTo(2.228138852, 8);
    expect(tQuantile(0.975, 1)).toBeCloseTo(12.706204736, 8);
    expect(tQuantile(0.995, 5)).toBeCloseTo(4.032142984, 8);
  });
  it('takes fractional degrees of freedom (t.ppf(0.975, 2.5) = 3.574655)', () => {
    expect(tQuantile(0.975, 2.5)).toBeCloseTo(3.5746548, 6);
  });
  it('is the normal quantile for infinite degrees of freedom', () => {
    expect(tQuantile(0.975, Number.POSITIVE_INFINITY)).toBeCloseTo(1.959963984540054, 12);
  });
  it('is symmetric: t_p = −t_(1−p)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.001, max: 0.999, noNaN: true }),
        fc.integer({ min: 1, max: 500 }),
        (p, df) => {
          expect(tQuantile(p, df)).toBeCloseTo(-tQuantile(1 - p, df), 6);
        },
      ),
    );
  });
  it('is NaN for impossible inputs rather than a number that looks real', () => {
    expect(tQuantile(0.975, 0)).toBeNaN();
    expect(tQuantile(1.5, 10)).toBeNaN();
    expect(tQuantile(Number.NaN, 10)).toBeNaN();
  });
});

describe('normalQuantile and normalUpperTail', () => {
  it('match SciPy norm.ppf and norm.sf', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 12);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232306167813, 10);
    // norm.sf(8) = 6.22096e-16: 1 − normalCdf(8) is 0 in floating point, the tail is not.
    expect(normalUpperTail(8) / 6.22096057427174e-16).toBeCloseTo(1, 8);
    expect(normalUpperTail(30) / 4.906713927147908e-198).toBeCloseTo(1, 6);
    expect(normalUpperTail(0)).toBeCloseTo(0.5, 15);
  });
});

describe('targetVerdict', () => {
  const intervalAndTarget = fc
    .tuple(
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.double({ min: 0, max: 1, noNaN: true }),
      // Targets drawn partly from the bounds themselves so that "exactly at the target" is exercised.
      fc.oneof(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constant('low' as const),
        fc.constant('high' as const),
      ),
      fc.boolean(),
    )
    .map(([a, b, t, higherIsBetter]) => {
      const interval = { low: Math.min(a, b), high: Math.max(a, b) };
      const target = t === 'low' ? interval.low : t === 'high' ? interval.high : t;
      return { interval, target, higherIsBetter };
    });

  it('never lets status and change vs target contradict: met ⇔ the good side, not met ⇔ the bad side', () => {
    fc.assert(
      fc.property(intervalAndTarget, ({ interval, target, higherIsBetter }) => {
        const { status, changeVsTarget } = targetVerdict(interval, target, higherIsBetter);
        const wholeAtOrAbove = interval.low >= target;
        const wholeAtOrBelow = interval.high <= target;
        if (higherIsBetter) {
          expect(status === 'met').toBe(wholeAtOrAbove);
          expect(changeVsTarget === 'up').toBe(wholeAtOrAbove);
          expect(status === 'not met').toBe(interval.high < target);
          expect(changeVsTarget === 'down').toBe(interval.high < target);
        } else {
          expect(status === 'met').toBe(wholeAtOrBelow);
          expect(changeVsTarget === 'down').toBe(wholeAtOrBelow);
          expect(status === 'not met').toBe(interval.low > target);
          expect(changeVsTarget === 'up').toBe(interval.low > target);
        }
        expect(status === 'too close to call').toBe(changeVsTarget === 'no clear change');
        // And it is exactly core's targetStatus, so modules that already use it agree.
        expect(status).toBe(targetStatus(interval, target, higherIsBetter));
      }),
      { numRuns: 2000 },
    );
  });

  it("gives the seeds' 78.4 % (75.74–80.84 %) against 82 % as not met and down", () => {
    expect(targetVerdict(wilsonInterval(784, 1000), 0.82)).toEqual({
      status: 'not met',
      changeVsTarget: 'down',
    });
  });

  it('counts an interval starting exactly at the target as met and up', () => {
    expect(targetVerdict({ low: 0.82, high: 0.9 }, 0.82)).toEqual({ status: 'met', changeVsTarget: 'up' });
    expect(targetVerdict({ low: 0.01, high: 0.05 }, 0.05, false)).toEqual({
      status: 'met',
      changeVsTarget: 'down',
    });
  });

  it('is null in both parts without a target or without an interval', () => {
    expect(targetVerdict({ low: 0.7, high: 0.8 }, null)).toEqual({ status: null, changeVsTarget: null });
    expect(targetVerdict(null, 0.8)).toEqual({ status: null, changeVsTarget: null });
  });
});
