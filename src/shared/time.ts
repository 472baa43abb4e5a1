/**
 * Grannskap's users live by Swedish calendar days: due dates, "today", the current ISO week, the audit
 * filter, sessions entered by the clock on the wall. Instants are stored in UTC; this module turns one
 * into the other, on date-fns with @date-fns/tz (the time zone database of the JavaScript engine) and
 * @date-fns/utc, so no part of the code does offset or calendar arithmetic of its own.
 *
 * Pure (no Node imports): the server and the web both import it from here.
 *
 * Two kinds of value:
 * - a day, YYYY-MM-DD, is a calendar date without a time zone; its arithmetic (days, months, ISO weeks)
 *   is done on a UTCDate, where every day has 24 hours (a TZDate in 'UTC' would ask Intl for the
 *   offset at every step: about 60 times slower);
 * - an instant (a Date) becomes a day or a wall-clock time only through a time zone, Europe/Stockholm
 *   unless told otherwise.
 */
import { TZDate, tz, tzOffset } from '@date-fns/tz';
import { UTCDate } from '@date-fns/utc';
import {
  addDays as addDaysTo,
  addMonths as addMonthsTo,
  addWeeks as addWeeksTo,
  differenceInCalendarDays,
  format,
  getISODay,
  getISOWeek,
  getISOWeeksInYear,
  getISOWeekYear,
  isValid,
  setISOWeek,
  startOfISOWeek,
} from 'date-fns';

export const swedishTimeZone = 'Europe/Stockholm';

/** Where "now" comes from; tests pass a fixed one. */
export type Clock = () => Date;
export const systemClock: Clock = () => new Date();

/**
 * A clock that starts at the given instant and runs on from there at the pace of the system clock,
 * so waits, timeouts and expiry behave as usual while the day, week and year are fixed at start-up
 * (the browser suite's server; the browser gets the same start from Playwright's clock).
 */
export function clockStartingAt(start: Date, system: Clock = systemClock): Clock {
  const offset = start.getTime() - system().getTime();
  return () => new Date(system().getTime() + offset);
}

const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;
// HH:MM, or HH:MM:SS as a database time column gives it (the seconds are not used).
const timePattern = /^([01]\d|2[0-3]):([0-5]\d)(?::[0-5]\d)?$/;
const weekPattern = /^(\d{4})-W(\d{2})$/;

/** A YYYY-MM-DD day as UTC midnight; a malformed or impossible one (2026-02-30) throws. */
function utcDay(day: string): UTCDate {
  const m = dayPattern.exec(day);
  const [year, month, date] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [Number.NaN, 0, 0];
  const utc = new UTCDate(year, month - 1, date);
  // Date rolls 2026-02-30 over to 2 March; a day that rolled is not a day.
  if (!isValid(utc) || utc.getMonth() !== month - 1 || utc.getDate() !== date) {
    throw new RangeError(`Not a calendar day (YYYY-MM-DD): ${day}`);
  }
  return utc;
}

const dayOf = (date: Date) => format(date, 'yyyy-MM-dd');
const weekLabel = (date: Date) => `${getISOWeekYear(date)}-W${String(getISOWeek(date)).padStart(2, '0')}`;

/**
 * Remembers the answers of a function of a week or a year: there are few of them, and the week
 * loops of the picture, the analysis and the demo ask for the same ones thousands of times (date-fns
 * builds several dates per ISO-week answer). Emptied when full, so odd input cannot grow it.
 */
function remembered<K, V>(compute: (key: K) => V, capacity = 5000): (key: K) => V {
  const known = new Map<K, V>();
  return (key) => {
    const hit = known.get(key);
    if (hit !== undefined) return hit;
    const value = compute(key);
    if (known.size >= capacity) known.clear();
    known.set(key, value);
    return value;
  };
}

/**
 * The instant of a wall-clock date and time (YYYY-MM-DD, HH:MM) in the time zone. Next to a
 * daylight-saving change it does what Temporal's default ("compatible") and RFC 5545 do:
 * - a time that does not exist (02:30 on the last Sunday of March, when 02:00 jumps to 03:00) is moved
 *   forward by the gap: 03:30 summer time;
 * - a time that happens twice (02:30 on the last Sunday of October, when 03:00 falls back to 02:00) is
 *   the first of the two: 02:30 summer time (00:30 UTC), an hour before the second.
 */
export function localToInstant(date: string, time: string, timeZone = swedishTimeZone): Date {
  const day = utcDay(date);
  const t = timePattern.exec(time);
  if (!t) throw new RangeError(`Not a wall-clock time (HH:MM): ${time}`);
  const [hours, minutes] = [Number(t[1]), Number(t[2])];
  // TZDate settles a repeated time on its second occurrence; look an offset change earlier for the first.
  const resolved = new TZDate(day.getFullYear(), day.getMonth(), day.getDate(), hours, minutes, timeZone);
  const fallBack =
    tzOffset(timeZone, new Date(resolved.getTime() - 86_400_000)) - tzOffset(timeZone, resolved);
  if (fallBack > 0) {
    const first = new TZDate(resolved.getTime() - fallBack * 60_000, timeZone);
    const sameWallClock =
      first.getDate() === day.getDate() && first.getHours() === hours && first.getMinutes() === minutes;
    if (sameWallClock) return new Date(first.getTime());
  }
  return new Date(resolved.getTime());
}

/** The calendar day (YYYY-MM-DD) an instant falls on in the time zone. */
export function localDate(instant: Date, timeZone = swedishTimeZone): string {
  return format(instant, 'yyyy-MM-dd', { in: tz(timeZone) });
}

/** The wall-clock time (HH:MM, 24-hour) of an instant in the time zone. */
export function localTimeOfDay(instant: Date, timeZone = swedishTimeZone): string {
  return format(instant, 'HH:mm', { in: tz(timeZone) });
}

/** The instant a local calendar day (YYYY-MM-DD) begins, e.g. for "from this date" filters. */
export function startOfLocalDay(date: string, timeZone = swedishTimeZone): Date {
  return localToInstant(date, '00:00', timeZone);
}

/** The last millisecond of a local calendar day: the next day's start less one (a day may have 23 or 25 hours). */
export function endOfLocalDay(date: string, timeZone = swedishTimeZone): Date {
  return new Date(startOfLocalDay(addDays(date, 1), timeZone).getTime() - 1);
}

/** Today's date in Sweden (YYYY-MM-DD): due dates, "overdue" and "today" are Swedish calendar days. */
export function swedishToday(now: Date = systemClock()): string {
  return localDate(now);
}

/** The calendar month in Sweden (YYYY-MM): at 00:30 on 1 December in Stockholm it is December. */
export function swedishMonth(now: Date = systemClock()): string {
  return swedishToday(now).slice(0, 7);
}

/** The calendar year in Sweden: at 00:30 on 1 January in Stockholm it is already the new year. */
export function swedishYear(now: Date = systemClock()): number {
  return Number(swedishToday(now).slice(0, 4));
}

/** The day `days` after (or before, when negative) the given one. */
export function addDays(day: string, days: number): string {
  return dayOf(addDaysTo(utcDay(day), days));
}

/**
 * The same day `months` later (or earlier, when negative), held to the month's last day:
 * 31 March minus one month is 28 (or 29) February, not 3 March as Date.setUTCMonth gives.
 */
export function addMonths(day: string, months: number): string {
  return dayOf(addMonthsTo(utcDay(day), months));
}

/** Whole calendar days from one day to another (2026-01-30 → 2026-02-02 is 3; earlier: negative). */
export function daysBetween(from: string, to: string): number {
  return differenceInCalendarDays(utcDay(to), utcDay(from));
}

/** Monday 1 … Sunday 7 (ISO 8601) of a day. */
export function isoWeekday(day: string): number {
  return getISODay(utcDay(day));
}

/** Whether a string is an ISO week ("2026-W48") that exists: week 53 only in years that have one. */
export function isIsoWeek(value: string): boolean {
  const m = weekPattern.exec(value);
  if (!m) return false;
  const week = Number(m[2]);
  return week >= 1 && week <= isoWeeksInYear(Number(m[1]));
}

/** The ISO 8601 week ("2026-W48") of a day: weeks start on Monday; week 1 holds the year's first Thursday. */
export function isoWeekOfDay(day: string): string {
  return weekLabel(utcDay(day));
}

/**
 * The ISO week an instant falls in, by its Swedish calendar day: at 00:30 on a Monday in Sweden
 * (22:30 or 23:30 UTC on the Sunday) it is already the new week.
 */
export function isoWeekOf(instant: Date, timeZone = swedishTimeZone): string {
  return isoWeekOfDay(localDate(instant, timeZone));
}

/** The Monday (YYYY-MM-DD) of the ISO week a day lies in. */
export function mondayOf(day: string): string {
  return dayOf(startOfISOWeek(utcDay(day)));
}

const weeksInYear = remembered((year: number) => getISOWeeksInYear(new UTCDate(year, 5, 1)));

const mondayOfWeek = remembered((week: string): string => {
  const m = weekPattern.exec(week);
  if (!m || !isIsoWeek(week)) throw new RangeError(`Not an ISO week: ${week}`);
  // 4 January always lies in week 1.
  return dayOf(startOfISOWeek(setISOWeek(new UTCDate(Number(m[1]), 0, 4), Number(m[2]))));
});

/** The Monday (YYYY-MM-DD) of an ISO week ("2026-W48"); a week that does not exist throws. */
export function mondayOfIsoWeek(week: string): string {
  return mondayOfWeek(week);
}

/** The Sunday (YYYY-MM-DD) of an ISO week. */
export function sundayOfIsoWeek(week: string): string {
  return addDays(mondayOfIsoWeek(week), 6);
}

/** The ISO week n weeks after (negative: before) the given one. */
export function addIsoWeeks(week: string, n: number): string {
  return weekLabel(addWeeksTo(utcDay(mondayOfIsoWeek(week)), n));
}

/** 52 or 53: the number of ISO weeks in a year (53 when it starts, or is a leap year starting, on a Thursday). */
export function isoWeeksInYear(year: number): number {
  return weeksInYear(year);
}
