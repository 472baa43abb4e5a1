import { describe, expect, it } from 'vitest';
import { periodRange, weeksOfPeriod } from './analysis.service';

describe('the days of an analysis period', () => {
  it.each([
    [2026, 'year', '2026-01-01', '2026-12-31'],
    [2026, 'q1', '2026-01-01', '2026-03-31'],
    [2026, 'q2', '2026-04-01', '2026-06-30'],
    [2024, 't1', '2024-01-01', '2024-04-30'],
    [2026, 't2', '2026-05-01', '2026-08-31'],
    [2026, 't3', '2026-09-01', '2026-12-31'],
  ])('%i %s runs from %s to %s', (year, period, from, to) => {
    expect(periodRange(year, period)).toEqual({ from, to });
  });
});

describe('the weeks of a period that have started', () => {
  it('counts the week whose Monday has begun on the Swedish clock, at 00:30 on that Monday', () => {
    // Q1 2026: Mondays 5 January (W02) … 30 March (W14); W01 began on 29 December 2025.
    // 00:30 CEST on Monday 30 March 2026 is 22:30 UTC on Sunday 29 March.
    const weeks = weeksOfPeriod('2026-01-01', '2026-03-31', new Date('2026-03-29T22:30:00Z'));
    expect(weeks[0]).toBe('2026-W02');
    expect(weeks.at(-1)).toBe('2026-W14');
    expect(weeks).toHaveLength(13);
    // An hour earlier it is still Sunday 29 March in Sweden: W14 has not begun.
    expect(weeksOfPeriod('2026-01-01', '2026-03-31', new Date('2026-03-29T21:30:00Z')).at(-1)).toBe(
      '2026-W13',
    );
  });
});
