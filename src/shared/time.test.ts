import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  addDays,
  addIsoWeeks,
  addMonths,
  clockStartingAt,
  daysBetween,
  endOfLocalDay,
  isIsoWeek,
  isoWeekday,
  isoWeekOf,
  isoWeekOfDay,
  isoWeeksInYear,
  localDate,
  localTimeOfDay,
  localToInstant,
  mondayOf,
  mondayOfIsoWeek,
  startOfLocalDay,
  sundayOfIsoWeek,
  swedishMonth,
  swedishToday,
  swedishYear,
} from './time';

// Sweden is on CET (UTC+1) in winter and CEST (UTC+2) in summer. In 2026 the clocks go forward on
// Sunday 29 March (02:00 CET → 03:00 CEST, at 01:00 UTC) and back on Sunday 25 October
// (03:00 CEST → 02:00 CET, at 01:00 UTC): the EU rule, the last Sunday of March and of October.
// ISO weeks checked against Python's date.isocalendar(), instants against Python's zoneinfo (fold=0,
// which also moves a skipped time forward and takes the first of a repeated one).
const hours = (a: Date, b: Date) => (b.getTime() - a.getTime()) / 3_600_000;

describe('Swedish local time', () => {
  it('is UTC+1 in winter and UTC+2 in summer', () => {
    expect(localToInstant('2026-01-15', '18:00').toISOString()).toBe('2026-01-15T17:00:00.000Z');
    expect(localToInstant('2026-07-15', '18:00').toISOString()).toBe('2026-07-15T16:00:00.000Z');
    expect(localTimeOfDay(new Date('2026-07-15T16:00:00Z'))).toBe('18:00');
  });

  it('gives the local date just after midnight', () => {
    expect(localDate(new Date('2026-11-22T23:30:00Z'))).toBe('2026-11-23');
    expect(localDate(new Date('2026-11-22T22:59:59Z'))).toBe('2026-11-22');
  });

  it('starts a local day at 23:00 or 22:00 UTC the day before', () => {
    expect(startOfLocalDay('2026-11-23').toISOString()).toBe('2026-11-22T23:00:00.000Z');
    expect(startOfLocalDay('2026-06-01').toISOString()).toBe('2026-05-31T22:00:00.000Z');
    expect(endOfLocalDay('2026-06-01').toISOString()).toBe('2026-06-01T21:59:59.999Z');
  });

  it('refuses days and times that are not written as YYYY-MM-DD and HH:MM or do not exist', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
    expect(() => addDays('2026-3-1', 1)).toThrow(RangeError);
    expect(() => localToInstant('2026-03-01', '7:00')).toThrow(RangeError);
    expect(() => localToInstant('2026-03-01', '24:00')).toThrow(RangeError);
    expect(localToInstant('2026-03-01', '07:15:00').toISOString()).toBe('2026-03-01T06:15:00.000Z');
  });
});

describe('the spring change, Sunday 29 March 2026 (02:00 → 03:00)', () => {
  it('has a day of 23 hours', () => {
    expect(startOfLocalDay('2026-03-29').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(startOfLocalDay('2026-03-30').toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(hours(startOfLocalDay('2026-03-29'), startOfLocalDay('2026-03-30'))).toBe(23);
    expect(endOfLocalDay('2026-03-29').toISOString()).toBe('2026-03-29T21:59:59.999Z');
  });

  it('turns the clock at 01:00 UTC: 01:59 is winter time, 03:00 summer time', () => {
    expect(localToInstant('2026-03-29', '01:59').toISOString()).toBe('2026-03-29T00:59:00.000Z');
    expect(localToInstant('2026-03-29', '03:00').toISOString()).toBe('2026-03-29T01:00:00.000Z');
  });

  it('moves 02:30, which the clock never shows, forward by the gap to 03:30 summer time', () => {
    expect(localToInstant('2026-03-29', '02:30').toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(localToInstant('2026-03-29', '02:00').toISOString()).toBe('2026-03-29T01:00:00.000Z');
    expect(localTimeOfDay(localToInstant('2026-03-29', '02:30'))).toBe('03:30');
  });

  it('adds a day by the calendar: noon to noon across the change is 23 hours', () => {
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    const saturdayNoon = localToInstant('2026-03-28', '12:00');
    const sundayNoon = localToInstant(addDays('2026-03-28', 1), '12:00');
    expect(sundayNoon.toISOString()).toBe('2026-03-29T10:00:00.000Z');
    expect(hours(saturdayNoon, sundayNoon)).toBe(23);
  });
});

describe('the autumn change, Sunday 25 October 2026 (03:00 → 02:00)', () => {
  it('has a day of 25 hours', () => {
    expect(startOfLocalDay('2026-10-25').toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(startOfLocalDay('2026-10-26').toISOString()).toBe('2026-10-25T23:00:00.000Z');
    expect(hours(startOfLocalDay('2026-10-25'), startOfLocalDay('2026-10-26'))).toBe(25);
  });

  it('takes 02:30, which the clock shows twice, as the first one (summer time, 00:30 UTC)', () => {
    expect(localToInstant('2026-10-25', '02:30').toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(localToInstant('2026-10-25', '02:00').toISOString()).toBe('2026-10-25T00:00:00.000Z');
    // The second 02:30 (winter time) is an hour later and reads the same on the wall.
    expect(localTimeOfDay(new Date('2026-10-25T01:30:00Z'))).toBe('02:30');
  });

  it('leaves the times on either side of the repeated hour alone', () => {
    expect(localToInstant('2026-10-25', '01:59').toISOString()).toBe('2026-10-24T23:59:00.000Z');
    expect(localToInstant('2026-10-25', '03:00').toISOString()).toBe('2026-10-25T02:00:00.000Z');
    expect(localToInstant('2026-10-25', '12:00').toISOString()).toBe('2026-10-25T11:00:00.000Z');
  });

  it('adds a day by the calendar: noon to noon across the change is 25 hours', () => {
    const saturdayNoon = localToInstant('2026-10-24', '12:00');
    const sundayNoon = localToInstant(addDays('2026-10-24', 1), '12:00');
    expect(hours(saturdayNoon, sundayNoon)).toBe(25);
  });
});

describe('calendar days', () => {
  it('counts days across month and year ends', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('moves by whole months and keeps the day', () => {
    expect(addMonths('2023-01-15', -24)).toBe('2021-01-15');
    expect(addMonths('2025-05-30', 6)).toBe('2025-11-30');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
  });

  it('holds the day to the end of a shorter month', () => {
    expect(addMonths('2023-03-31', -1)).toBe('2023-02-28');
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
    expect(addMonths('2025-08-31', 6)).toBe('2026-02-28');
  });

  it('counts whole days between two days, across the clock changes and a leap day', () => {
    expect(daysBetween('2026-01-30', '2026-02-02')).toBe(3);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-10-26', '2026-10-24')).toBe(-2);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
  });

  it('numbers weekdays Monday 1 to Sunday 7', () => {
    expect(isoWeekday('2026-11-23')).toBe(1);
    expect(isoWeekday('2026-03-29')).toBe(7);
  });
});

describe('ISO weeks of days', () => {
  it.each([
    ['2026-11-23', '2026-W48'],
    ['2026-01-01', '2026-W01'],
    ['2020-12-31', '2020-W53'],
    ['2021-01-03', '2020-W53'],
    ['2027-01-03', '2026-W53'],
    ['2027-01-04', '2027-W01'],
    // Week 1 starting in December: its Thursday is in the new year.
    ['2019-12-30', '2020-W01'],
    ['2024-12-30', '2025-W01'],
    ['2025-12-29', '2026-W01'],
  ])('%s is in %s', (day, week) => {
    expect(isoWeekOfDay(day)).toBe(week);
  });

  it('knows the 53-week years (2020, 2026) and no week 53 in others', () => {
    expect(isoWeeksInYear(2020)).toBe(53);
    expect(isoWeeksInYear(2026)).toBe(53);
    expect(isoWeeksInYear(2025)).toBe(52);
    expect(isoWeeksInYear(2027)).toBe(52);
    expect(isIsoWeek('2026-W53')).toBe(true);
    expect(isIsoWeek('2025-W53')).toBe(false);
    expect(isIsoWeek('2025-W00')).toBe(false);
    expect(isIsoWeek('2025-48')).toBe(false);
  });

  it('gives the Monday and Sunday of a week, also when week 1 starts in December', () => {
    expect(mondayOfIsoWeek('2026-W48')).toBe('2026-11-23');
    expect(mondayOfIsoWeek('2026-W01')).toBe('2025-12-29');
    expect(mondayOfIsoWeek('2020-W53')).toBe('2020-12-28');
    expect(sundayOfIsoWeek('2020-W53')).toBe('2021-01-03');
    expect(mondayOfIsoWeek('2026-W53')).toBe('2026-12-28');
    expect(sundayOfIsoWeek('2026-W53')).toBe('2027-01-03');
    expect(() => mondayOfIsoWeek('2025-W53')).toThrow(RangeError);
  });

  it('gives the Monday of the week a day lies in', () => {
    expect(mondayOf('2026-11-29')).toBe('2026-11-23');
    expect(mondayOf('2026-11-23')).toBe('2026-11-23');
    expect(mondayOf('2026-01-01')).toBe('2025-12-29');
  });

  it('steps across year ends and through week 53', () => {
    expect(addIsoWeeks('2026-W01', -1)).toBe('2025-W52');
    expect(addIsoWeeks('2026-W52', 1)).toBe('2026-W53');
    expect(addIsoWeeks('2026-W53', 1)).toBe('2027-W01');
    expect(addIsoWeeks('2027-W01', -2)).toBe('2026-W52');
  });
});

// Issue 11: between midnight and 01:00 (winter) or 02:00 (summer) on a Swedish Monday it is still
// Sunday in UTC; the app must already be in the new week.
describe('the week of an instant, on the Swedish clock', () => {
  it.each([
    ['00:30 CET on Monday 5 January 2026', '2026-01-04T23:30:00Z', '2026-W02'],
    ['23:59 CET on Sunday 4 January 2026', '2026-01-04T22:59:00Z', '2026-W01'],
    ['00:30 CEST on Monday 29 June 2026', '2026-06-28T22:30:00Z', '2026-W27'],
    ['23:59 CEST on Sunday 28 June 2026', '2026-06-28T21:59:00Z', '2026-W26'],
    ['00:30 CEST on Monday 30 March 2026, after the spring change', '2026-03-29T22:30:00Z', '2026-W14'],
    ['00:30 CET on Monday 26 October 2026, after the autumn change', '2026-10-25T23:30:00Z', '2026-W44'],
    ['00:30 CET on Monday 29 December 2025, week 1 of 2026', '2025-12-28T23:30:00Z', '2026-W01'],
  ])('%s', (_, instant, week) => {
    expect(isoWeekOf(new Date(instant))).toBe(week);
  });
});

describe('today, from the clock', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('takes "today" as the Swedish date, which runs ahead of UTC around midnight', () => {
    // 23:30 UTC on 31 December is 00:30 on 1 January in Stockholm (UTC+1 in winter).
    expect(swedishToday(new Date('2025-12-31T23:30:00Z'))).toBe('2026-01-01');
    expect(swedishYear(new Date('2025-12-31T23:30:00Z'))).toBe(2026);
    // 23:30 UTC on 30 November is 00:30 on 1 December in Stockholm: December, not November.
    expect(swedishMonth(new Date('2026-11-30T23:30:00Z'))).toBe('2026-12');
    expect(swedishMonth(new Date('2026-11-30T22:59:00Z'))).toBe('2026-11');
  });

  it('starts a clock at a chosen instant and lets it run on with the system clock', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2030-05-05T12:00:00Z'));
    // 09:00 CET on Monday 16 November 2026 (the browser suite's start), 08:00 UTC.
    const clock = clockStartingAt(new Date('2026-11-16T09:00:00+01:00'));
    expect(clock().toISOString()).toBe('2026-11-16T08:00:00.000Z');
    vi.advanceTimersByTime(90_000);
    expect(clock().toISOString()).toBe('2026-11-16T08:01:30.000Z');
    expect(swedishToday(clock())).toBe('2026-11-16');
  });

  it('reads the system clock when given no instant', () => {
    vi.useFakeTimers();
    // 00:30 CEST on Monday 29 June 2026 is 22:30 UTC on Sunday 28 June.
    vi.setSystemTime(new Date('2026-06-28T22:30:00Z'));
    expect(swedishToday()).toBe('2026-06-29');
    expect(isoWeekOf(new Date())).toBe('2026-W27');
    vi.setSystemTime(new Date('2026-06-28T21:59:00Z'));
    expect(swedishToday()).toBe('2026-06-28');
  });
});
