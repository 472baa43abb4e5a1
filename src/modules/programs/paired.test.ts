import { describe, expect, it } from 'vitest';
import { formatPValue } from '../../core/paired-tests';
import { pairedComparison, topOf } from './paired';

const scale = { min: 1, max: 5 };

describe('pairedComparison', () => {
  it('10 pairs, every one up by one step: exact p = 2 · 0.5¹⁰ = 0.00195, printed as such, never 0', () => {
    // Sign test: 10 positive of 10, P(X = 10) = 1/1024, two-sided 2/1024 = 0.001953125.
    // Wilcoxon (Pratt): all |d| tie at rank 5.5, W+ = 55 = the maximum, exact p = 2/1024 too.
    // McNemar on 4–5: from 3 to 4 all ten cross into the top, 10 discordant up: p = 2/1024.
    const pairs = Array.from({ length: 10 }, () => ({ before: 3, after: 4 }));
    const c = pairedComparison(pairs, scale);
    expect(c).toMatchObject({ n: 10, meanBefore: 3, meanAfter: 4, meanChange: 1, up: 10, same: 0, down: 0 });
    expect(c.signP).toBeCloseTo(0.001953125, 12);
    expect(c.wilcoxonP).toBeCloseTo(0.001953125, 12);
    expect(c.mcNemarP).toBeCloseTo(0.001953125, 12);
    expect([c.topBefore, c.topAfter]).toEqual([0, 1]);
    expect(formatPValue(c.signP, 'sv')).toBe('0,00195');
    expect(formatPValue(c.signP, 'en')).toBe('0.00195');
  });

  it('where the paired t-test said p = 0 (everyone up by two), the exact tests give a probability', () => {
    // The old t-test had no spread and printed 0. Sign test: 12 of 12 → 2/4096 = 0.000488.
    const c = pairedComparison(
      Array.from({ length: 12 }, () => ({ before: 2, after: 4 })),
      scale,
    );
    expect(c.signP).toBeCloseTo(2 / 4096, 12);
    expect(c.signP).toBeGreaterThan(0);
    expect(formatPValue(c.signP, 'sv')).toBe('< 0,001');
  });

  it('30 pairs, 15 up by one day and 15 unchanged (0–7 days): zeros count for Pratt, not for the sign test', () => {
    // Sign test on the 15 non-zero: 15 of 15 → 2/32768 = 6.1e-5.
    // Pratt: the 15 zeros take ranks 1–15, the 15 ones share ranks 16–30 (mean 23); W+ = 345, the
    // largest possible, so the exact p is 2 · 2⁻¹⁵ as well.
    const pairs = Array.from({ length: 30 }, (_, i) => ({ before: 3, after: i < 15 ? 4 : 3 }));
    const c = pairedComparison(pairs, { min: 0, max: 7 });
    expect(c).toMatchObject({ n: 30, meanBefore: 3, meanAfter: 3.5, up: 15, same: 15, down: 0 });
    expect(c.signP).toBeCloseTo(2 / 32768, 12);
    expect(c.wilcoxonP).toBeCloseTo(2 / 32768, 12);
    // Top of 0–7 is 6–7: nobody there before or after, McNemar has no discordant pair: p = 1.
    expect(topOf({ min: 0, max: 7 })).toEqual({ from: 6, to: 7 });
    expect(c.mcNemarP).toBe(1);
  });

  it('McNemar counts only those who cross the line: 6 into 4–5, 1 out, 5 staying', () => {
    // Discordant 6 up, 1 down: two-sided exact 2 · P(X ≤ 1 | 7, ½) = 2 · 8/128 = 0.125.
    const pairs = [
      ...Array.from({ length: 6 }, () => ({ before: 3, after: 4 })),
      { before: 4, after: 2 },
      ...Array.from({ length: 5 }, () => ({ before: 5, after: 5 })),
    ];
    const c = pairedComparison(pairs, scale);
    expect(c.mcNemarP).toBeCloseTo(0.125, 12);
    expect(c.topBefore).toBeCloseTo(6 / 12, 12);
    expect(c.topAfter).toBeCloseTo(11 / 12, 12);
  });
});
