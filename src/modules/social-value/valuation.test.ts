import { describe, expect, it } from 'vitest';
import { durationFactor, outcomeValue, valuePerPerson } from './valuation';

describe('the social value of an outcome', () => {
  it('works out 12 exits to work at 250,000 SEK a year, 30 % deadweight, 20 % attribution, 3 years, 50 % drop-off', () => {
    const assumptions = {
      valuePerPersonYear: 250_000,
      deadweight: 0.3,
      attribution: 0.2,
      durationYears: 3,
      dropOff: 0.5,
    };
    // Years: 1 + 0.5 + 0.25 = 1.75 person-years.
    expect(durationFactor(3, 0.5)).toBeCloseTo(1.75, 12);
    // 250,000 × (1 − 0.3) × (1 − 0.2) × 1.75 = 250,000 × 0.7 × 0.8 × 1.75 = 140,000 × 1.75 = 245,000.
    expect(valuePerPerson(assumptions)).toBeCloseTo(245_000, 6);
    // 12 × 245,000 = 2,940,000.
    expect(outcomeValue(12, assumptions)).toBeCloseTo(2_940_000, 6);
  });

  it('counts the first year in full and nothing more for a one-year value, whatever the drop-off', () => {
    expect(durationFactor(1, 0.9)).toBe(1);
    // 80,000 × 1 × 1 × 1 per person; nobody reaching the outcome is worth nothing.
    const once = {
      valuePerPersonYear: 80_000,
      deadweight: 0,
      attribution: 0,
      durationYears: 1,
      dropOff: 0.9,
    };
    expect(valuePerPerson(once)).toBe(80_000);
    expect(outcomeValue(0, once)).toBe(0);
  });

  it('keeps the value year after year without drop-off, and gives nothing when all of it would have happened anyway', () => {
    // 5 years × 1 = 5.
    expect(durationFactor(5, 0)).toBe(5);
    // 2 years at 10 % drop-off: 1 + 0.9 = 1.9.
    expect(durationFactor(2, 0.1)).toBeCloseTo(1.9, 12);
    expect(
      valuePerPerson({
        valuePerPersonYear: 80_000,
        deadweight: 1,
        attribution: 0,
        durationYears: 5,
        dropOff: 0,
      }),
    ).toBe(0);
  });
});
