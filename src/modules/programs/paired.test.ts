import { describe, expect, it } from 'vitest';
import { pairedComparison } from './paired';

describe('pairedComparison', () => {
  it('suppresses a group of 8 pairs', () => {
    const pairs = Array.from({ length: 8 }, (_, i) => ({ before: 2, after: 2 + (i % 2) }));
    expect(pairedComparison(pairs)).toEqual({ n: 8, suppressed: true });
  });

  it('shows change and interval for 30 pairs', () => {
    // 30 families answered "days a week with outdoor play" at start and end; 15 went up by one day,
    // 15 stayed the same. Differences: mean 0.5; sample sd = sqrt(30 · 0.25 / 29) = 0.508548;
    // standard error = 0.508548 / sqrt(30) = 0.092848; t(0.975, 29 df) = 2.045230 (t table);
    // interval 0.5 ± 2.045230 · 0.092848 = 0.5 ± 0.189895 → 0.3101 to 0.6899; t = 0.5 / 0.092848 = 5.385.
    const pairs = Array.from({ length: 30 }, (_, i) => ({ before: 3, after: i < 15 ? 4 : 3 }));
    const result = pairedComparison(pairs);
    if (result.suppressed) throw new Error('expected a result');
    expect(result.n).toBe(30);
    expect(result.meanBefore).toBe(3);
    expect(result.meanAfter).toBe(3.5);
    expect(result.meanChange).toBeCloseTo(0.5, 10);
    expect(result.ciLow).toBeCloseTo(0.3101, 4);
    expect(result.ciHigh).toBeCloseTo(0.6899, 4);
    // p for t = 5.385 on 29 df is about 8.7e-6.
    expect(result.pValue).toBeGreaterThan(5e-6);
    expect(result.pValue).toBeLessThan(1.2e-5);
  });

  it('shows 10 pairs, the smallest group not suppressed', () => {
    const pairs = Array.from({ length: 10 }, (_, i) => ({ before: 5, after: 5 - (i % 2) }));
    const result = pairedComparison(pairs);
    expect(result.suppressed).toBe(false);
  });

  it('gives a point interval when everyone changed by the same amount', () => {
    const pairs = Array.from({ length: 12 }, () => ({ before: 2, after: 4 }));
    expect(pairedComparison(pairs)).toMatchObject({ meanChange: 2, ciLow: 2, ciHigh: 2, pValue: 0 });
  });
});
