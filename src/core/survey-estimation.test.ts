import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { targetVerdict, wilsonInterval } from './statistics';
import { pooledShare, type StratumSums, weightedShare } from './survey-estimation';

/** One respondent: area, valid index answers m (≥ 1) and how many of them were 4–5 (y). */
type Respondent = { area: string; y: number; m: number };

/** The additive sums a module keeps per area, built from a respondent list. */
function sumsOf(respondents: readonly Respondent[], households: Record<string, number>): StratumSums[] {
  const byArea = new Map<string, StratumSums>();
  for (const area of Object.keys(households)) {
    byArea.set(area, { n: 0, sy: 0, sm: 0, syy: 0, sym: 0, smm: 0, households: households[area] });
  }
  for (const { area, y, m } of respondents) {
    const s = byArea.get(area) ?? { n: 0, sy: 0, sm: 0, syy: 0, sym: 0, smm: 0, households: 0 };
    s.n += 1;
    s.sy += y;
    s.sm += m;
    s.syy += y * y;
    s.sym += y * m;
    s.smm += m * m;
    byArea.set(area, s);
  }
  return [...byArea.values()];
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const mean = (xs: readonly number[]) => sum(xs) / xs.length;

/** 1 − f_h, written independently of the code under test. */
function fpcOf(nh: number, Nh: number | undefined): number {
  return Nh && Nh > 0 ? 1 - Math.min(1, nh / Nh) : 1;
}

/**
 * Reference for the pooled share, by brute force over the respondents (not over the sums):
 * residual per person, its area's mean, the squared deviations summed one by one.
 */
function referencePooled(respondents: readonly Respondent[], households: Record<string, number>) {
  const M = sum(respondents.map((r) => r.m));
  const R = sum(respondents.map((r) => r.y)) / M;
  const d = respondents.map((r) => r.y - R * r.m);
  const grandMean = mean(d);
  let variance = 0;
  for (const area of new Set(respondents.map((r) => r.area))) {
    const dh = d.filter((_, i) => respondents[i].area === area);
    const fpc = fpcOf(dh.length, households[area]);
    if (dh.length === 1) variance += fpc * (dh[0] - grandMean) ** 2;
    else {
      const mh = mean(dh);
      variance += ((fpc * dh.length) / (dh.length - 1)) * sum(dh.map((x) => (x - mh) ** 2));
    }
  }
  return { value: R, se: Math.sqrt(variance) / M };
}

/** Reference for the household-weighted share, by brute force over the respondents. */
function referenceWeighted(respondents: readonly Respondent[], households: Record<string, number>) {
  const areas = [...new Set(respondents.map((r) => r.area))];
  const total = sum(areas.map((a) => households[a]));
  const parts = areas.map((area) => {
    const rs = respondents.filter((r) => r.area === area);
    const Rh = sum(rs.map((r) => r.y)) / sum(rs.map((r) => r.m));
    return { area, rs, Rh, W: households[area] / total, Mh: sum(rs.map((r) => r.m)) };
  });
  const value = sum(parts.map((p) => p.W * p.Rh));
  let variance = 0;
  for (const { area, rs, Rh, W, Mh } of parts) {
    const fpc = fpcOf(rs.length, households[area]);
    const varRh =
      rs.length === 1
        ? (fpc * (rs[0].y - value * rs[0].m) ** 2) / Mh ** 2
        : (((fpc * rs.length) / (rs.length - 1)) * sum(rs.map((r) => (r.y - Rh * r.m) ** 2))) / Mh ** 2;
    variance += W * W * varRh;
  }
  return { value, se: Math.sqrt(variance) };
}

// Two areas, five respondents (y of m answers were 4–5):
//   A, 10 households: (3 of 4), (1 of 2), (4 of 4)     B, 4 households: (2 of 5), (5 of 5)
const handExample: Respondent[] = [
  { area: 'A', y: 3, m: 4 },
  { area: 'A', y: 1, m: 2 },
  { area: 'A', y: 4, m: 4 },
  { area: 'B', y: 2, m: 5 },
  { area: 'B', y: 5, m: 5 },
];
const handHouseholds = { A: 10, B: 4 };

describe('pooledShare', () => {
  it('works the hand example: R = 15/20 = 0.75, se = 0.11963, logit-t(3) interval 28.25 %–95.81 %', () => {
    // d_r = y − 0.75·m: A: 0, −0.5, 1 (mean 1/6); B: −1.75, 1.25 (mean −0.25).
    // A: Σ(d − d̄)² = (1/36 + 16/36 + 25/36) = 7/6; (1 − 3/10)·3/2·7/6 = 1.225
    // B: Σ(d − d̄)² = 1.5² + 1.5² = 4.5;           (1 − 2/4)·2/1·4.5 = 4.5
    // Var(R) = (1.225 + 4.5) / 20² = 0.0143125, se = 0.1196349; df = 5 − 2 = 3, t₀.₉₇₅,₃ = 3.182446
    // logit(0.75) = ln 3 = 1.098612; half-width 3.182446·0.1196349/(0.75·0.25) = 2.030569
    // → expit(−0.931957) = 0.282528, expit(3.129181) = 0.958080
    const r = pooledShare(sumsOf(handExample, handHouseholds));
    expect(r).not.toBeNull();
    expect(r?.value).toBe(0.75);
    expect(r?.se).toBeCloseTo(0.1196349, 7);
    expect(r?.df).toBe(3);
    expect(r?.n).toBe(5);
    expect(r?.method).toBe('logit-t');
    expect(r?.low).toBeCloseTo(0.282528, 6);
    expect(r?.high).toBeCloseTo(0.95808, 5);
  });

  it('keeps a one-respondent area, its residual centred at the grand mean (survey.lonely.psu = "adjust")', () => {
    // A as above (10 households) and C with one respondent, 0 of 2, 5 households. R = 8/12 = 2/3.
    // d = 1/3, −1/3, 4/3 (A, mean 4/9) and −4/3 (C); Σd = 0, so the grand mean is 0.
    // A: Σ(d − 4/9)² = (1 + 49 + 64)/81 = 114/81; 0.7·1.5·114/81 = 1.477778
    // C: (1 − 1/5)·(−4/3 − 0)² = 0.8·16/9 = 1.422222
    // Var(R) = 2.9/12² = 0.0201389, se = 0.1419116; df = 4 − 2 = 2, t₀.₉₇₅,₂ = 4.302653
    const respondents: Respondent[] = [...handExample.slice(0, 3), { area: 'C', y: 0, m: 2 }];
    const r = pooledShare(sumsOf(respondents, { A: 10, C: 5 }));
    expect(r?.value).toBeCloseTo(2 / 3, 12);
    expect(r?.se).toBeCloseTo(0.1419116, 7);
    expect(r?.df).toBe(2);
    expect(r?.low).toBeCloseTo(0.113595, 5);
    expect(r?.high).toBeCloseTo(0.968956, 5);
    // Dropping C's variance would understate it: A's part alone gives √(1.477778)/12 = 0.1013.
    expect(r?.se).toBeGreaterThan(Math.sqrt(1.477778) / 12 + 0.03);
  });

  it('agrees with a brute-force reference over the respondent list', () => {
    const respondent = fc.record({
      area: fc.constantFrom('A', 'B', 'C', 'D'),
      m: fc.integer({ min: 1, max: 6 }),
      top: fc.double({ min: 0, max: 1, noNaN: true }),
    });
    fc.assert(
      fc.property(
        fc.array(respondent, { minLength: 1, maxLength: 60 }),
        fc.record({
          A: fc.integer({ min: 0, max: 200 }),
          B: fc.integer({ min: 0, max: 200 }),
          C: fc.integer({ min: 0, max: 200 }),
          D: fc.integer({ min: 0, max: 200 }),
        }),
        (raw, households) => {
          const respondents = raw.map(({ area, m, top }) => ({ area, m, y: Math.round(top * m) }));
          const got = pooledShare(sumsOf(respondents, households));
          const want = referencePooled(respondents, households);
          expect(got).not.toBeNull();
          expect(got?.value).toBeCloseTo(want.value, 12);
          expect(got?.se).toBeCloseTo(want.se, 9);
          expect(got?.n).toBe(respondents.length);
          expect(got?.low).toBeGreaterThanOrEqual(0);
          expect(got?.high).toBeLessThanOrEqual(1);
          expect(got?.low).toBeLessThanOrEqual(want.value + 1e-12);
          expect(got?.high).toBeGreaterThanOrEqual(want.value - 1e-12);
        },
      ),
    );
  });

  it('gives an area where every household answered no variance contribution (FPC = 0)', () => {
    // Same respondents, but A has exactly its 3 households: only B's 4.5 remains, se = √4.5/20.
    const r = pooledShare(sumsOf(handExample, { A: 3, B: 4 }));
    expect(r?.se).toBeCloseTo(Math.sqrt(4.5) / 20, 12);
    // A household count below the respondents (stale register) caps f at 1 rather than going negative.
    expect(pooledShare(sumsOf(handExample, { A: 2, B: 4 }))?.se).toBeCloseTo(Math.sqrt(4.5) / 20, 12);
    // Unknown household counts mean no correction at all: (7/6·3/2 + 4.5·2)/400.
    expect(pooledShare(sumsOf(handExample, { A: 0, B: 0 }))?.se).toBeCloseTo(Math.sqrt(1.75 + 9) / 20, 12);
  });

  it("puts the seeds' 78.4 % of 1,000 respondents against 82 % as not met", () => {
    // 1,000 respondents with 4 index answers each: 560 answered 4 of 4 at the top, 200 3, 120 2,
    // 56 1, 64 none. Σy = 2240 + 600 + 240 + 56 = 3136 of Σm = 4000 → 78.4 %. Half of the 2,000
    // households answered (the seeds: half of the tenants answer each year), f = 0.5.
    // Σ(y − 3.136)² = 1461.504; Var = 0.5·1000/999·1461.504/4000² = 4.5718e-5, se = 0.0067615
    const counts = [64, 56, 120, 200, 560];
    const respondents = counts.flatMap((count, y) =>
      Array.from({ length: count }, () => ({ area: 'Bäckby', y, m: 4 })),
    );
    const r = pooledShare(sumsOf(respondents, { Bäckby: 2000 }));
    expect(r?.value).toBeCloseTo(0.784, 12);
    expect(r?.se).toBeCloseTo(0.0067615, 6);
    expect(r?.high).toBeLessThan(0.82);
    expect(targetVerdict(r, 0.82)).toEqual({ status: 'not met', changeVsTarget: 'down' });
  });

  it('does not make 15 of 15 more certain than 88 of 89 (one answer each)', () => {
    // 15 of 15 at the top: R = 1, no variance → Wilson over 15: 79.6 %–100 %.
    // 88 of 89 (one not top), 200 households: Σd² = 89·R(1 − R) = 0.98876;
    // Var = (1 − 89/200)·89/88·0.98876/89² = 7.007e-5, se = 0.008371; logit-t(88): 95.2 %–99.7 %.
    const all = pooledShare(
      sumsOf(
        Array.from({ length: 15 }, () => ({ area: 'A', y: 1, m: 1 })),
        { A: 40 },
      ),
    );
    const nearly = pooledShare(
      sumsOf(
        Array.from({ length: 89 }, (_, i) => ({ area: 'B', y: i === 0 ? 0 : 1, m: 1 })),
        { B: 200 },
      ),
    );
    expect(all?.method).toBe('wilson');
    expect(all?.low).toBeCloseTo(wilsonInterval(15, 15).low, 12);
    expect(all?.low).toBeCloseTo(0.796, 3);
    expect(nearly?.method).toBe('logit-t');
    expect(nearly?.se).toBeCloseTo(0.008371, 5);
    expect(nearly?.low).toBeCloseTo(0.9516, 3);
    for (const target of [0.8, 0.9]) {
      expect(targetVerdict(all, target).status).toBe('too close to call');
      expect(targetVerdict(nearly, target).status).toBe('met');
    }
    expect((all?.high ?? 0) - (all?.low ?? 0)).toBeGreaterThan((nearly?.high ?? 0) - (nearly?.low ?? 0));
  });

  it('falls back to Wilson only where the variance is undefined', () => {
    const none = pooledShare(
      sumsOf(
        [
          { area: 'A', y: 0, m: 4 },
          { area: 'A', y: 0, m: 5 },
        ],
        { A: 50 },
      ),
    );
    expect(none).toMatchObject({ value: 0, method: 'wilson', df: null, low: 0 });
    expect(none?.high).toBeCloseTo(wilsonInterval(0, 2).high, 12);
    // Two areas with one respondent each: df = 2 − 2 = 0.
    const noDf = pooledShare(
      sumsOf(
        [
          { area: 'A', y: 1, m: 4 },
          { area: 'B', y: 3, m: 4 },
        ],
        { A: 50, B: 50 },
      ),
    );
    expect(noDf).toMatchObject({ value: 0.5, method: 'wilson', df: null });
    // Spread-free respondents short of 0 and 1 (each 2 of 4): se = 0.
    const flat = pooledShare(
      sumsOf(
        [
          { area: 'A', y: 2, m: 4 },
          { area: 'A', y: 2, m: 4 },
        ],
        { A: 50 },
      ),
    );
    expect(flat).toMatchObject({ value: 0.5, se: 0, method: 'wilson' });
    // Everything else is logit-t, including a 2-respondent area (df = 1).
    expect(
      pooledShare(
        sumsOf(
          [
            { area: 'A', y: 1, m: 4 },
            { area: 'A', y: 3, m: 4 },
          ],
          { A: 50 },
        ),
      )?.method,
    ).toBe('logit-t');
  });

  it('is null without contributing respondents, and refuses a confidence outside (0, 1)', () => {
    expect(pooledShare([])).toBeNull();
    expect(pooledShare([{ n: 0, sy: 0, sm: 0, syy: 0, sym: 0, smm: 0, households: 120 }])).toBeNull();
    expect(() => pooledShare(sumsOf(handExample, handHouseholds), 95)).toThrow(RangeError);
  });

  it('widens with the confidence asked for (t₀.₉₉₅,₃ = 5.840909 against 3.182446)', () => {
    const r95 = pooledShare(sumsOf(handExample, handHouseholds));
    const r99 = pooledShare(sumsOf(handExample, handHouseholds), 0.99);
    // half-width on the logit scale 5.840909·0.1196349/0.1875 = 3.726807 → expit(−2.628195) = 0.067346
    expect(r99?.low).toBeCloseTo(0.067346, 5);
    expect(r99?.low).toBeLessThan(r95?.low ?? 0);
  });
});

describe('weightedShare', () => {
  it('works the hand example: Σ W_h R_h = (10·0.8 + 4·0.7)/14 = 0.771429, se = 0.096150', () => {
    // R_A = 8/10, R_B = 7/10; W_A = 10/14, W_B = 4/14.
    // Var(R_A): residuals about 0.8 −0.2, −0.6, 0.8 → 1.04·0.7·1.5/10² = 0.01092
    // Var(R_B): residuals about 0.7 −1.5, 1.5 → 4.5·0.5·2/10² = 0.045
    // Var = (10/14)²·0.01092 + (4/14)²·0.045 = 0.0092449, se = 0.0961504; df = 3
    // logit-t: logit(0.771429) = 1.216395 ± 3.182446·0.0961504/(0.771429·0.228571) → 37.31 %–95.03 %
    const r = weightedShare(sumsOf(handExample, handHouseholds));
    expect(r?.value).toBeCloseTo(10.8 / 14, 12);
    expect(r?.se).toBeCloseTo(0.0961504, 7);
    expect(r).toMatchObject({ df: 3, n: 5, method: 'logit-t' });
    expect(r?.low).toBeCloseTo(0.37309, 5);
    expect(r?.high).toBeCloseTo(0.950347, 5);
  });

  it('centres a one-respondent area at the overall figure', () => {
    // A (10 households) as above and C: 0 of 2, 5 households. W = 2/3, 1/3; R_w = 2/3·0.8 = 0.533333
    // Var(R_C) = (1 − 1/5)·(0 − 0.533333·2)²/2² = 0.227556; Var = (4/9)·0.01092 + (1/9)·0.227556
    //          = 0.0301373, se = 0.1736012
    const respondents: Respondent[] = [...handExample.slice(0, 3), { area: 'C', y: 0, m: 2 }];
    const r = weightedShare(sumsOf(respondents, { A: 10, C: 5 }));
    expect(r?.value).toBeCloseTo(0.8 * (2 / 3), 12);
    expect(r?.se).toBeCloseTo(0.1736012, 6);
  });

  it('agrees with a brute-force reference and equals the pooled share in one area', () => {
    const respondent = fc.record({
      area: fc.constantFrom('A', 'B', 'C'),
      m: fc.integer({ min: 1, max: 6 }),
      top: fc.double({ min: 0, max: 1, noNaN: true }),
    });
    fc.assert(
      fc.property(
        fc.array(respondent, { minLength: 1, maxLength: 50 }),
        fc.record({
          A: fc.integer({ min: 1, max: 300 }),
          B: fc.integer({ min: 1, max: 300 }),
          C: fc.integer({ min: 1, max: 300 }),
        }),
        (raw, households) => {
          const respondents = raw.map(({ area, m, top }) => ({ area, m, y: Math.round(top * m) }));
          const got = weightedShare(sumsOf(respondents, households));
          const want = referenceWeighted(respondents, households);
          expect(got?.value).toBeCloseTo(want.value, 12);
          expect(got?.se).toBeCloseTo(want.se, 9);
          const onlyA = respondents.filter((r) => r.area === 'A');
          if (onlyA.length > 1) {
            const sums = sumsOf(onlyA, { A: households.A });
            expect(weightedShare(sums)?.se).toBeCloseTo(pooledShare(sums)?.se ?? Number.NaN, 12);
          }
        },
      ),
    );
  });

  it('is null when an answering area has no household count, rather than dropping its respondents', () => {
    expect(weightedShare(sumsOf(handExample, { A: 10, B: 0 }))).toBeNull();
    expect(weightedShare([])).toBeNull();
  });
});
