import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exactSignTest, formatPValue, mcNemarExact, wilcoxonSignedRank } from './paired-tests';

/** Midrank of each |d| among all |d| (zeros included), counted directly: #smaller + (#equal + 1)/2. */
function midranks(differences: readonly number[]): number[] {
  const abs = differences.map(Math.abs);
  return abs.map((a) => abs.filter((b) => b < a).length + (abs.filter((b) => b === a).length + 1) / 2);
}

/**
 * Reference exact p by enumerating every sign pattern of the non-zero differences (2^k of them) and
 * counting those whose W+ is at least as far from its centre as the one observed.
 */
function enumeratedWilcoxonP(differences: readonly number[]): number {
  const ranks = midranks(differences);
  const nonZero = differences.flatMap((d, i) => (d === 0 ? [] : [{ rank: ranks[i], positive: d > 0 }]));
  const total = nonZero.reduce((s, r) => s + r.rank, 0);
  const observed = nonZero.reduce((s, r) => s + (r.positive ? r.rank : 0), 0);
  const distance = Math.abs(observed - total / 2);
  let extreme = 0;
  for (let mask = 0; mask < 2 ** nonZero.length; mask++) {
    let w = 0;
    nonZero.forEach((r, bit) => {
      if (mask & (1 << bit)) w += r.rank;
    });
    if (Math.abs(w - total / 2) >= distance - 1e-9) extreme++;
  }
  return extreme / 2 ** nonZero.length;
}

const answerDifference = fc.integer({ min: -4, max: 4 });

describe('exactSignTest', () => {
  it('gives 10 pairs all +1 the exact p = 2·0.5¹⁰ = 0.001953125 (issue 10), printed as 0.00195', () => {
    const r = exactSignTest(Array.from({ length: 10 }, () => 1));
    expect(r).toMatchObject({ positive: 10, negative: 0, zeros: 0 });
    expect(r.pValue).toBeCloseTo(0.001953125, 15);
    expect(formatPValue(r.pValue, 'en')).toBe('0.00195');
    expect(formatPValue(r.pValue, 'sv')).toBe('0,00195');
  });

  it('gives 9 up and 1 down p = 2·(1 + 10)/2¹⁰ = 0.021484375 (R/SciPy binomtest(9, 10))', () => {
    expect(exactSignTest([1, 2, 1, 3, 1, 1, 2, 1, 4, -1]).pValue).toBeCloseTo(0.021484375, 15);
  });

  it('drops zeros: 2 up, 1 down, 2 unchanged → n = 3, p = 2·P(X ≤ 1) = 2·4/8, capped at 1', () => {
    expect(exactSignTest([1, 1, 0, 0, -2])).toEqual({ positive: 2, negative: 1, zeros: 2, pValue: 1 });
  });

  it('has p = 1 with no change at all, and for 2,000 of 2,000 up still a p above 0', () => {
    expect(exactSignTest([0, 0, 0]).pValue).toBe(1);
    const p = exactSignTest(Array.from({ length: 2000 }, () => 1)).pValue;
    expect(p).toBeGreaterThan(0);
    expect(formatPValue(p, 'sv')).toBe('< 0,001');
  });

  it('is 1 whenever positives equal negatives, lies in (0, 1] and is symmetric under negation', () => {
    fc.assert(
      fc.property(fc.array(answerDifference, { maxLength: 300 }), (ds) => {
        const r = exactSignTest(ds);
        expect(r.pValue).toBeGreaterThan(0);
        expect(r.pValue).toBeLessThanOrEqual(1);
        expect(exactSignTest(ds.map((d) => -d)).pValue).toBe(r.pValue);
        if (r.positive === r.negative) expect(r.pValue).toBe(1);
      }),
    );
  });
});

describe('wilcoxonSignedRank', () => {
  // SciPy's scipy.stats.wilcoxon documentation example (Cressie's data on Darwin's plants):
  // d = [6, 8, 14, 16, 23, 24, 28, 29, 41, −48, 49, 56, 60, −67, 75]. No ties, no zeros;
  // ranks of −48 and −67 are 10 and 14, so W− = 24 and W+ = 120 − 24 = 96.
  // SciPy 1.17: wilcoxon(d) → (24.0, 0.041259765625) exact; method="approx" → 0.04088813291185591.
  const darwin = [6, 8, 14, 16, 23, 24, 28, 29, 41, -48, 49, 56, 60, -67, 75];

  it('reproduces the SciPy documentation example exactly: W+ = 96, p = 0.041259765625 = 2·676/2¹⁵', () => {
    const r = wilcoxonSignedRank(darwin);
    expect(r).toMatchObject({ statistic: 96, nonZero: 15, method: 'exact' });
    expect(r.pValue).toBeCloseTo(0.041259765625, 14);
    expect(enumeratedWilcoxonP(darwin)).toBeCloseTo(0.041259765625, 14);
  });

  it('gives the normal approximation of the same example: z = (96 − 60)/√310 = 2.04466, p = 0.040888', () => {
    // E(W+) = 15·16/4 = 60, Var = 15·16·31/24 = 310; p = 2·(1 − Φ(2.04466)).
    const r = wilcoxonSignedRank(darwin, { method: 'normal' });
    expect(r.method).toBe('normal');
    expect(r.pValue).toBeCloseTo(0.04088813291185591, 12);
  });

  it('ranks zeros and then drops them (Pratt), with ties: W+ = 57.5, exact p = 56/512 = 0.109375', () => {
    // d = [0, 0, 1, 1, −1, 2, 2, 3, −2, 1, 4, 0]: |d| sorted — three zeros take ranks 1–3, the four
    // 1s ranks 4–7 (5.5 each), the three 2s ranks 8–10 (9 each), 3 → 11, 4 → 12. Zeros dropped:
    // W+ = 3·5.5 + 2·9 + 11 + 12 = 57.5, W− = 5.5 + 9 = 14.5 over 9 non-zero differences.
    // Exact permutation p = 0.109375 (SciPy 1.17 wilcoxon(d, zero_method="pratt",
    // method=PermutationMethod()), and the enumeration of 2⁹ sign patterns below);
    // normal: 0.08643284896250075 (SciPy, zero_method="pratt", method="approx").
    const d = [0, 0, 1, 1, -1, 2, 2, 3, -2, 1, 4, 0];
    const exact = wilcoxonSignedRank(d);
    expect(exact).toMatchObject({ statistic: 57.5, nonZero: 9, method: 'exact' });
    expect(exact.pValue).toBeCloseTo(0.109375, 14);
    expect(enumeratedWilcoxonP(d)).toBeCloseTo(0.109375, 14);
    expect(wilcoxonSignedRank(d, { method: 'normal' }).pValue).toBeCloseTo(0.08643284896250075, 12);
    // Dropping the zeros before ranking (Wilcox's way) would rank the 1s 1–4: a different statistic.
    expect(wilcoxonSignedRank(d.filter((x) => x !== 0)).statistic).toBe(3 * 2.5 + 2 * 6 + 8 + 9);
  });

  it('gives 10 pairs all +1 exact p = 2/2¹⁰ = 0.001953125, as the sign test', () => {
    expect(wilcoxonSignedRank(Array.from({ length: 10 }, () => 1)).pValue).toBeCloseTo(0.001953125, 15);
  });

  it('matches the enumeration of all sign patterns for small 1–5 answer differences', () => {
    fc.assert(
      fc.property(fc.array(answerDifference, { maxLength: 14 }), (ds) => {
        expect(wilcoxonSignedRank(ds).pValue).toBeCloseTo(enumeratedWilcoxonP(ds), 12);
      }),
      { numRuns: 200 },
    );
  });

  it('has p in (0, 1], symmetric under negating all differences, in both methods', () => {
    fc.assert(
      fc.property(
        fc.array(answerDifference, { maxLength: 120 }),
        fc.constantFrom('exact' as const, 'normal' as const),
        (ds, method) => {
          const r = wilcoxonSignedRank(ds, { method });
          expect(r.pValue).toBeGreaterThan(0);
          expect(r.pValue).toBeLessThanOrEqual(1);
          const mirrored = wilcoxonSignedRank(
            ds.map((d) => -d),
            { method: r.method },
          );
          expect(mirrored.pValue).toBeCloseTo(r.pValue, 12);
          expect(mirrored.statistic).toBeCloseTo(r.nonZero === 0 ? 0 : sumRanks(ds) - r.statistic, 9);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('switches to the normal approximation beyond 200 pairs and keeps p above 0 far out', () => {
    const r = wilcoxonSignedRank(Array.from({ length: 5000 }, (_, i) => 1 + (i % 4)));
    expect(r.method).toBe('normal');
    expect(r.pValue).toBeGreaterThan(0);
    expect(formatPValue(r.pValue, 'en')).toBe('< 0.001');
  });
});

/** Sum of the Pratt ranks of the non-zero differences (W+ + W−). */
function sumRanks(ds: readonly number[]): number {
  const ranks = midranks(ds);
  return ds.reduce((s, d, i) => s + (d === 0 ? 0 : ranks[i]), 0);
}

describe('mcNemarExact', () => {
  it('works a 20-pair table by hand: 7 up, 1 down → p = 2·(1 + 8)/2⁸ = 0.0703125', () => {
    // At the top (4–5) before and after: 8 both, 4 neither, 7 went up, 1 went down.
    const pairs = [
      ...Array.from({ length: 8 }, () => ({ before: true, after: true })),
      ...Array.from({ length: 4 }, () => ({ before: false, after: false })),
      ...Array.from({ length: 7 }, () => ({ before: false, after: true })),
      { before: true, after: false },
    ];
    const r = mcNemarExact(pairs);
    expect(r).toMatchObject({ before: 9, after: 15, discordantUp: 7, discordantDown: 1 });
    // P(X ≤ 1) for Bin(8, ½) = (1 + 8)/256; SciPy binomtest(1, 8).pvalue = 0.0703125.
    expect(r.pValue).toBeCloseTo(0.0703125, 15);
  });

  it('has p = 1 without discordant pairs and is symmetric when before and after swap', () => {
    expect(mcNemarExact([{ before: true, after: true }]).pValue).toBe(1);
    expect(mcNemarExact([]).pValue).toBe(1);
    fc.assert(
      fc.property(
        fc.array(fc.record({ before: fc.boolean(), after: fc.boolean() }), { maxLength: 200 }),
        (pairs) => {
          const r = mcNemarExact(pairs);
          const swapped = mcNemarExact(pairs.map(({ before, after }) => ({ before: after, after: before })));
          expect(r.pValue).toBeGreaterThan(0);
          expect(r.pValue).toBeLessThanOrEqual(1);
          expect(swapped.pValue).toBe(r.pValue);
          expect(swapped.discordantUp).toBe(r.discordantDown);
        },
      ),
    );
  });
});

describe('formatPValue', () => {
  it('never prints 0: under 0.001 it is "< 0.001" / "< 0,001"', () => {
    expect(formatPValue(0, 'en')).toBe('< 0.001');
    expect(formatPValue(0.000999, 'sv')).toBe('< 0,001');
    expect(formatPValue(Number.MIN_VALUE, 'en')).toBe('< 0.001');
  });

  it("gives three significant digits with the language's decimal sign", () => {
    expect(formatPValue(0.041259765625, 'en')).toBe('0.0413');
    expect(formatPValue(0.041259765625, 'sv')).toBe('0,0413');
    expect(formatPValue(0.001, 'en')).toBe('0.00100');
    expect(formatPValue(0.5, 'sv')).toBe('0,500');
    expect(formatPValue(1, 'en')).toBe('1.00');
  });

  it('refuses what is not a probability', () => {
    expect(() => formatPValue(Number.NaN, 'en')).toThrow(RangeError);
    expect(() => formatPValue(1.2, 'sv')).toThrow(RangeError);
    expect(() => formatPValue(-0.1, 'sv')).toThrow(RangeError);
  });

  it('never shows a string that reads as zero for any p in [0, 1]', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom('sv' as const, 'en' as const),
        (p, lang) => {
          const text = formatPValue(p, lang);
          expect(Number(text.replace(',', '.').replace('< ', ''))).toBeGreaterThan(0);
        },
      ),
    );
  });
});
