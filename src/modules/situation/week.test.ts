import { describe, expect, it } from 'vitest';
import { addWeeks, isIsoWeek, isoWeekOfDay, previousWeeks, weekDays, weeksInYear } from './week';

// Reference: ISO 8601 calendars (e.g. Python date.isocalendar()).
describe('ISO weeks', () => {
  it.each([
    ['2026-11-23', '2026-W48'],
    ['2021-01-03', '2020-W53'],
    ['2024-12-30', '2025-W01'],
    ['2026-01-01', '2026-W01'],
    ['2027-01-03', '2026-W53'],
  ])('%s is in %s', (day, week) => {
    expect(isoWeekOfDay(day)).toBe(week);
  });

  it('gives Monday and Sunday of a week', () => {
    expect(weekDays('2026-W48')).toEqual({ first: '2026-11-23', last: '2026-11-29' });
    expect(weekDays('2020-W53')).toEqual({ first: '2020-12-28', last: '2021-01-03' });
  });

  it('steps across year ends', () => {
    expect(addWeeks('2026-W01', -1)).toBe('2025-W52');
    expect(addWeeks('2026-W52', 1)).toBe('2026-W53');
    expect(previousWeeks('2026-W02', 3)).toEqual(['2025-W51', '2025-W52', '2026-W01']);
  });

  it('knows 53-week years and refuses week 53 in others', () => {
    expect(weeksInYear(2020)).toBe(53);
    expect(weeksInYear(2025)).toBe(52);
    expect(isIsoWeek('2020-W53')).toBe(true);
    expect(isIsoWeek('2025-W53')).toBe(false);
    expect(isIsoWeek('2025-W00')).toBe(false);
  });
});
