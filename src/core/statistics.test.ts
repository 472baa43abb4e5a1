import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { median, normalCdf, targetStatus, wilsonInterval } from './statistics';

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
