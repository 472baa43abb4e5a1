import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitLine, forecastYears, predictAt, unitRange } from './forecast';
import type { IndicatorDefinition } from './indicators';

// Montgomery & Runger, Applied Statistics and Probability for Engineers (5th ed.), Table 11-1:
// oxygen purity y (%) against hydrocarbon level x (%) of 20 distillation runs. Published there:
// Sxx = 0.68088, Sxy = 10.17744, ŷ = 74.283 + 14.947x, σ̂² = 1.18 (Example 11-1), and the 95 %
// prediction interval at x0 = 1.00 %: ŷ0 = 89.23, 86.83 ≤ Y0 ≤ 91.63 (Example 11-6, t(0.025, 18) = 2.101).
const hydrocarbon = [
  0.99, 1.02, 1.15, 1.29, 1.46, 1.36, 0.87, 1.23, 1.55, 1.4, 1.19, 1.15, 0.98, 1.01, 1.11, 1.2, 1.26, 1.32,
  1.43, 0.95,
];
const purity = [
  90.01, 89.05, 91.43, 93.74, 96.73, 94.45, 87.59, 91.77, 99.42, 93.65, 93.54, 92.52, 90.56, 89.54, 89.85,
  90.39, 93.25, 93.41, 94.98, 87.33,
];
const oxygen = hydrocarbon.map((x, i) => ({ x, y: purity[i] }));

describe('fitLine and predictAt — Montgomery & Runger, examples 11-1 and 11-6', () => {
  const fit = fitLine(oxygen)!;

  it('fits ŷ = 74.283 + 14.947x with σ̂² = 1.18', () => {
    expect(fit.sxx).toBeCloseTo(0.68088, 5);
    expect(fit.slope).toBeCloseTo(14.947, 3);
    expect(fit.intercept).toBeCloseTo(74.283, 3);
    expect(fit.residualStandardError ** 2).toBeCloseTo(1.18, 2);
  });

  it('predicts 89.23 at x0 = 1.00 with the 95 % prediction interval 86.83 to 91.63', () => {
    const p = predictAt(fit, 1.0);
    expect(p.value).toBeCloseTo(89.23, 2);
    expect(p.low).toBeCloseTo(86.83, 2);
    expect(p.high).toBeCloseTo(91.63, 2);
  });
});

describe('forecastYears', () => {
  it('makes no forecast from fewer than three years', () => {
    expect(forecastYears([], 'count')).toBeNull();
    expect(
      forecastYears(
        [
          { year: 2024, value: 10 },
          { year: 2025, value: 12 },
        ],
        'count',
      ),
    ).toBeNull();
  });

  it('works a small example by hand: 0.70, 0.74, 0.75 over 2023–2025', () => {
    // x̄ = 2024, ȳ = 0.73, Sxx = 2, Sxy = (−1)(−0.03) + (1)(0.02) = 0.05, slope 0.025, a line through
    // (2024, 0.73). Residuals −0.005, 0.01, −0.005: SSE = 0.00015, s = √0.00015 = 0.012247.
    // 2026 is x0 − x̄ = 2: ŷ = 0.78, half-width t(0.975, 1) · s · √(1 + 1/3 + 4/2)
    // = 12.7062 · 0.012247 · 1.825742 = 0.284110: the interval 0.4959 to 1.0641, clamped to 1.
    const f = forecastYears(
      [
        { year: 2025, value: 0.75 },
        { year: 2023, value: 0.7 },
        { year: 2024, value: 0.74 },
      ],
      'fraction',
      { ahead: 1 },
    )!;
    expect(f.fittedYears).toEqual([2023, 2024, 2025]);
    expect(f.slope).toBeCloseTo(0.025, 12);
    expect(f.residualStandardError).toBeCloseTo(0.012247, 6);
    expect(f.points).toHaveLength(1);
    expect(f.points[0].year).toBe(2026);
    expect(f.points[0].value).toBeCloseTo(0.78, 12);
    expect(f.points[0].low).toBeCloseTo(0.4959, 4);
    expect(f.points[0].high).toBe(1);
  });

  const yearly = (years: number, make: (i: number) => number) =>
    Array.from({ length: years }, (_, i) => ({ year: 2015 + i, value: make(i) }));

  it('forecasts a perfect line as itself, with an interval of zero width', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 10 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: 50 }),
        fc.constantFrom<1 | 2 | 3>(1, 2, 3),
        (years, start, step, ahead) => {
          const f = forecastYears(
            yearly(years, (i) => start + step * i),
            'count',
            { ahead },
          )!;
          expect(f.points).toHaveLength(ahead);
          f.points.forEach((p, k) => {
            const expected = start + step * (years + k);
            expect(p.year).toBe(2015 + years + k);
            expect(p.value).toBeCloseTo(expected, 6);
            expect(p.high - p.low).toBeCloseTo(0, 6);
          });
        },
      ),
    );
  });

  it('keeps every value and bound within the unit, and the value within its bounds', () => {
    const unit = fc.constantFrom<IndicatorDefinition['unit']>(
      'fraction',
      'count',
      'days',
      'hours',
      'per_1000',
      'sek',
    );
    fc.assert(
      fc.property(
        unit,
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 3, maxLength: 8 }),
        fc.double({ min: 1, max: 500, noNaN: true }),
        (u, shares, scale) => {
          const values = u === 'fraction' ? shares : shares.map((s) => s * scale);
          const f = forecastYears(
            yearly(values.length, (i) => values[i]),
            u,
          );
          if (!f) return; // every year the same x cannot happen here; fewer than 3 cannot either
          const { min, max } = unitRange(u);
          for (const p of f.points) {
            expect(p.low).toBeGreaterThanOrEqual(min);
            expect(p.high).toBeLessThanOrEqual(max);
            expect(p.low).toBeLessThanOrEqual(p.value);
            expect(p.value).toBeLessThanOrEqual(p.high);
          }
        },
      ),
    );
  });

  it('clamps a falling count at 0 and a rising share at 1', () => {
    const falling = forecastYears(
      yearly(3, (i) => 30 - 12 * i),
      'count',
    )!;
    // The line is 30, 18, 6, then −6, −18, −30: each is 0.
    expect(falling.points.map((p) => p.value)).toEqual([0, 0, 0]);
    expect(falling.points.map((p) => p.high)).toEqual([0, 0, 0]);
    const rising = forecastYears(
      yearly(3, (i) => 0.8 + 0.08 * i),
      'fraction',
    )!;
    // 0.8, 0.88, 0.96, then 1.04, 1.12, 1.2: each is 1.
    expect(rising.points.map((p) => p.value)).toEqual([1, 1, 1]);
    expect(rising.points.map((p) => p.low)).toEqual([1, 1, 1]);
  });
});
