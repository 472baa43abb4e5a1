/** ISO 8601 weeks ("2026-W48"): weeks start on Monday; week 1 holds the year's first Thursday. */
import { swedishToday } from '../../core/local-time';

export type IsoWeek = string;

const weekPattern = /^(\d{4})-W(\d{2})$/;

export function isIsoWeek(value: string): boolean {
  const m = weekPattern.exec(value);
  if (!m) return false;
  const week = Number(m[2]);
  return week >= 1 && week <= weeksInYear(Number(m[1]));
}

/** The ISO week of a calendar day held as a UTC midnight (pure calendar arithmetic, no time zone). */
function isoWeekOfCalendarDay(day: Date): IsoWeek {
  const d = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate()));
  const weekday = d.getUTCDay() || 7;
  // The Thursday of this week decides the year.
  d.setUTCDate(d.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((d.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${d.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/**
 * The ISO week an instant falls in, by its Swedish calendar day: at 00:30 on a Monday in Sweden
 * (22:30 or 23:30 UTC on the Sunday) it is already the new week.
 */
export function isoWeekOf(instant: Date): IsoWeek {
  return isoWeekOfDay(swedishToday(instant));
}

/** The ISO week of a YYYY-MM-DD date. */
export function isoWeekOfDay(day: string): IsoWeek {
  return isoWeekOfCalendarDay(new Date(`${day}T00:00:00Z`));
}

/** Monday of the week, as a UTC date. */
export function weekStart(week: IsoWeek): Date {
  const m = weekPattern.exec(week);
  if (!m) throw new Error(`Not an ISO week: ${week}`);
  const jan4 = new Date(Date.UTC(Number(m[1]), 0, 4));
  const monday1 = new Date(jan4);
  monday1.setUTCDate(jan4.getUTCDate() - ((jan4.getUTCDay() || 7) - 1));
  monday1.setUTCDate(monday1.getUTCDate() + (Number(m[2]) - 1) * 7);
  return monday1;
}

/** YYYY-MM-DD of the Monday and the Sunday of the week. */
export function weekDays(week: IsoWeek): { first: string; last: string } {
  const monday = weekStart(week);
  const sunday = new Date(monday);
  sunday.setUTCDate(monday.getUTCDate() + 6);
  return { first: monday.toISOString().slice(0, 10), last: sunday.toISOString().slice(0, 10) };
}

/** The week n weeks after (negative: before) the given one. */
export function addWeeks(week: IsoWeek, n: number): IsoWeek {
  const d = weekStart(week);
  d.setUTCDate(d.getUTCDate() + 7 * n);
  return isoWeekOfCalendarDay(d);
}

/** The n weeks before the given one, oldest first. */
export function previousWeeks(week: IsoWeek, n: number): IsoWeek[] {
  return Array.from({ length: n }, (_, i) => addWeeks(week, i - n));
}

export function weeksInYear(year: number): number {
  return isoWeekOfCalendarDay(new Date(Date.UTC(year, 11, 28))).endsWith('53') ? 53 : 52;
}

/** Whether a YYYY-MM-DD day lies in the week. */
export function dayInWeek(day: string, week: IsoWeek): boolean {
  return isoWeekOfDay(day) === week;
}
