import { describe, expect, it } from 'vitest';
import { addWeeks, isIsoWeek, isoWeekOf, isoWeekOfDay, previousWeeks, weekDays, weeksInYear } from './week';

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

// Issue 11 point 11: the week turns at midnight on the Swedish clock, not at midnight UTC.
// Monday 6 January 2025 is the first day of 2025-W02 (CET, UTC+1); Monday 30 June 2025 the first of
// 2025-W27 (CEST, UTC+2). At 00:30 Swedish time it is still Sunday in UTC.
describe('the current week on the Swedish clock', () => {
  it.each([
    ['winter, 00:30 CET on Monday 6 Jan 2025', '2025-01-05T23:30:00Z', '2025-W02'],
    ['summer, 00:30 CEST on Monday 30 Jun 2025', '2025-06-29T22:30:00Z', '2025-W27'],
    ['winter, 23:59 CET on Sunday 5 Jan 2025', '2025-01-05T22:59:00Z', '2025-W01'],
    ['summer, 23:59 CEST on Sunday 29 Jun 2025', '2025-06-29T21:59:00Z', '2025-W26'],
  ])('%s is in the week of its Swedish day', (_, instant, week) => {
    expect(isoWeekOf(new Date(instant))).toBe(week);
  });
});
