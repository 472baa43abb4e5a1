import { describe, expect, it } from 'vitest';
import { adjustedPayGap, olsWithHc1 } from './adjusted-gap';
import { workedRows } from './worked-example.fixture';

const relative = (actual: number, expected: number) => Math.abs(actual - expected) / Math.abs(expected);

/**
 * A published worked example: NIST StRD's Longley data (itl.nist.gov/div898/strd/lls/data/Longley.shtml),
 * y then x1–x6, with NIST's certified coefficients, and the HC1 standard errors Stata gives for it
 * (statsmodels' regression/tests/results/results_regression.py, class Longley). Longley is badly
 * conditioned on purpose: solving the normal equations loses most digits, which is why the fit is by QR.
 */
const longley = [
  [60323, 83.0, 234289, 2356, 1590, 107608, 1947],
  [61122, 88.5, 259426, 2325, 1456, 108632, 1948],
  [60171, 88.2, 258054, 3682, 1616, 109773, 1949],
  [61187, 89.5, 284599, 3351, 1650, 110929, 1950],
  [63221, 96.2, 328975, 2099, 3099, 112075, 1951],
  [63639, 98.1, 346999, 1932, 3594, 113270, 1952],
  [64989, 99.0, 365385, 1870, 3547, 115094, 1953],
  [63761, 100.0, 363112, 3578, 3350, 116219, 1954],
  [66019, 101.2, 397469, 2904, 3048, 117388, 1955],
  [67857, 104.6, 419180, 2822, 2857, 118734, 1956],
  [68169, 108.4, 442769, 2936, 2798, 120445, 1957],
  [66513, 110.8, 444546, 4681, 2637, 121950, 1958],
  [68655, 112.6, 482704, 3813, 2552, 123366, 1959],
  [69564, 114.2, 502601, 3931, 2514, 125368, 1960],
  [69331, 115.7, 518173, 4806, 2572, 127852, 1961],
  [70551, 116.9, 554894, 4007, 2827, 130081, 1962],
];
// Intercept first, then x1–x6.
const nistBeta = [
  -3482258.63459582, 15.0618722713733, -0.35819179292591e-1, -2.02022980381683, -1.03322686717359,
  -0.511041056535807e-1, 1829.15146461355,
];
const stataHc1 = [1109615, 68.2938, 0.03277, 0.51099, 0.19499, 0.21094, 571.17917];

describe('olsWithHc1', () => {
  const fit = olsWithHc1(
    longley.map(([, ...x]) => [1, ...x]),
    longley.map(([y]) => y),
  )!;

  it('reproduces NIST’s certified Longley coefficients to 7 significant digits', () => {
    expect(fit.n).toBe(16);
    expect(fit.k).toBe(7);
    for (const [j, b] of fit.beta.entries()) expect(relative(b, nistBeta[j])).toBeLessThan(1e-7);
  });

  it('reproduces Stata’s HC1 standard errors for Longley (given to 4–7 significant digits)', () => {
    for (const [j, se] of fit.se.entries()) expect(relative(se, stataHc1[j])).toBeLessThan(2e-4);
  });

  it('refuses a design that does not determine the coefficients', () => {
    // Collinear: the second column is twice the first.
    const collinear = [1, 2, 3, 4, 5, 6].map((x) => [1, x, 2 * x]);
    expect(olsWithHc1(collinear, [1, 3, 2, 5, 4, 6])).toBeNull();
    // Two rows, two terms: nothing left for the residuals (n − k = 0).
    expect(
      olsWithHc1(
        [
          [1, 0],
          [1, 1],
        ],
        [1, 2],
      ),
    ).toBeNull();
  });
});

describe('adjustedPayGap — the worked example', () => {
  /*
   * Reference: pay-survey.reference.py (numpy (X'X)⁻¹X'y and HC1 by the textbook formula, scipy's
   * t quantile), run once, its output:
   *   n=37 k=7 t=2.042272456301
   *   beta = 10.1724319234, -0.0487191890675, 0.0822303440824, 0.0970452815944, 0.357027180456,
   *          0.00302813802701, 0.00182918661397
   *   se   = 0.0522605410534, 0.00770485717985, 0.0167147794625, 0.0176973226212, 0.0185048008493,
   *          0.00177008659209, 0.00217442503877
   *   gap = 0.047551449885   low = 0.032445738554  high = 0.062421326882
   */
  const gap = adjustedPayGap(workedRows)!;

  it('regresses ln(pay level) of the 37 women and men on woman, levels 2–4 (1 the reference), age and tenure', () => {
    expect(gap.terms).toEqual(['intercept', 'woman', 'level:2', 'level:3', 'level:4', 'age', 'tenure']);
    expect(gap.n).toBe(37);
    expect(gap.k).toBe(7);
    expect(gap.t).toBeCloseTo(2.042272456301, 9);
  });

  it('gives β_woman, its HC1 standard error and the gap 1 − exp(β) of the numpy reference', () => {
    expect(gap.betaWoman).toBeCloseTo(-0.0487191890675, 10);
    expect(gap.seWoman).toBeCloseTo(0.00770485717985, 10);
    expect(gap.value).toBeCloseTo(0.047551449885, 10);
  });

  it('maps the interval on β to the gap: [1 − exp(β + t·se), 1 − exp(β − t·se)]', () => {
    expect(gap.low).toBeCloseTo(0.032445738554, 10);
    expect(gap.high).toBeCloseTo(0.062421326882, 10);
  });

  it('is not estimable without men', () => {
    expect(adjustedPayGap(workedRows.filter((r) => r.gender !== 'man'))).toBeNull();
  });
});
