import { describe, expect, it } from 'vitest';
import { goalBaselineYear } from './curve.service';

const goal = (year: number, baselineYear: number | null, areaId: string | null = null) => ({
  year,
  areaId,
  target: 0.82,
  baselineYear,
});

describe('goalBaselineYear', () => {
  it("takes the baseline year of the asked year's organisation-wide goal", () => {
    expect(goalBaselineYear([goal(2025, 2021), goal(2026, 2023), goal(2027, 2024)], 2026)).toBe(2023);
  });

  it('else the nearest goal that names one, the later on a tie, never an area goal', () => {
    const goals = [goal(2024, 2020), goal(2026, null), goal(2028, 2022), goal(2026, 2019, 'area-1')];
    expect(goalBaselineYear(goals, 2026)).toBe(2022);
    expect(goalBaselineYear(goals, 2025)).toBe(2020);
  });

  it('is null when no organisation-wide goal names a baseline year', () => {
    expect(goalBaselineYear([goal(2026, null), goal(2026, 2020, 'area-1')], 2026)).toBeNull();
    expect(goalBaselineYear([], 2026)).toBeNull();
  });
});
