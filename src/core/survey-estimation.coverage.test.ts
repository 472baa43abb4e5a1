/**
 * Issue 10: "In a simulation (2,000 draws per n) the 95 % interval covers 93–97 % for n = 10, 15, 30
 * and 100." A finite population of households is made once; each draw samples n of them without
 * replacement, so the areas get respondents roughly in proportion to their size and a small n may miss
 * some areas altogether. pooledShare's interval is checked against the population's true ratio.
 */
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../shared/random';
import { pooledShare, type StratumSums } from './survey-estimation';

/** Standard normal draw (Box–Muller). */
function normal(random: () => number): number {
  const u = random() || Number.MIN_VALUE;
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

type Household = { area: number; y: number; m: number };

/**
 * Every household of an area would answer 4–6 index questions. Each has its own propensity
 * p = expit(area level + 1.0·z) to answer 4–5, so answers of one person go together (intra-respondent
 * correlation) and areas differ; y ~ Binomial(m, p).
 */
function population(random: () => number, households: readonly number[], areaLogits: readonly number[]) {
  const out: Household[] = [];
  households.forEach((count, area) => {
    for (let i = 0; i < count; i++) {
      const p = 1 / (1 + Math.exp(-(areaLogits[area] + normal(random))));
      const m = 4 + Math.floor(random() * 3);
      let y = 0;
      for (let k = 0; k < m; k++) if (random() < p) y++;
      out.push({ area, y, m });
    }
  });
  return out;
}

type Design = { households: readonly number[]; areaLogits: readonly number[]; seed: number };

/** Share of `draws` samples of n households whose interval covers the true ratio. */
function coverage(design: Design, n: number, draws: number, withFpc = true) {
  const random = seededRandom(design.seed);
  const people = population(random, design.households, design.areaLogits);
  const truth = people.reduce((s, p) => s + p.y, 0) / people.reduce((s, p) => s + p.m, 0);
  const order = people.map((_, i) => i);
  let covered = 0;
  for (let draw = 0; draw < draws; draw++) {
    // Partial Fisher–Yates: the first n of `order` are a simple random sample without replacement.
    for (let i = 0; i < n; i++) {
      const j = i + Math.floor(random() * (order.length - i));
      [order[i], order[j]] = [order[j], order[i]];
    }
    const strata: StratumSums[] = design.households.map((count) => ({
      n: 0,
      sy: 0,
      sm: 0,
      syy: 0,
      sym: 0,
      smm: 0,
      households: withFpc ? count : 0,
    }));
    for (const index of order.slice(0, n)) {
      const { area, y, m } = people[index];
      const s = strata[area];
      s.n += 1;
      s.sy += y;
      s.sm += m;
      s.syy += y * y;
      s.sym += y * m;
      s.smm += m * m;
    }
    const estimate = pooledShare(strata);
    if (estimate && estimate.low <= truth && truth <= estimate.high) covered++;
  }
  return { truth, coverage: covered / draws };
}

const draws = 2000;
const sizes = [10, 15, 30, 100] as const;

// A district of four areas (750 households) with area shares from about 75 % to 85 %, overall ≈ 79 %.
const district: Design = { households: [300, 200, 150, 100], areaLogits: [1.2, 1.6, 2.0, 1.4], seed: 1 };
// The same shape at 300 households: n = 100 samples a third of it, where the FPC matters.
const smallDistrict: Design = { households: [120, 80, 60, 40], areaLogits: [1.2, 1.6, 2.0, 1.4], seed: 2 };
// One area of 600 households, the figure every area page shows.
const oneArea: Design = { households: [600], areaLogits: [1.5], seed: 3 };

describe('pooledShare coverage (2,000 draws per n, 95 % intervals)', () => {
  for (const [name, design] of [
    ['a district of four areas, 750 households', district],
    ['a district of four areas, 300 households', smallDistrict],
    ['one area of 600 households', oneArea],
  ] as const) {
    it(`covers 93–97 % for n = 10, 15, 30 and 100 in ${name}`, () => {
      for (const n of sizes) {
        const { truth, coverage: share } = coverage(design, n, draws);
        expect(truth).toBeGreaterThan(0.75);
        expect(truth).toBeLessThan(0.82);
        expect(share, `coverage at n = ${n}`).toBeGreaterThanOrEqual(0.93);
        expect(share, `coverage at n = ${n}`).toBeLessThanOrEqual(0.97);
      }
    });
  }

  it('needs the finite-population correction: without it, n = 100 of 300 households over-covers', () => {
    // Sampling a third of the households, the uncorrected variance is 1/(1 − 1/3) = 1.5 times too big.
    expect(coverage(smallDistrict, 100, draws, false).coverage).toBeGreaterThan(0.97);
  });
});
