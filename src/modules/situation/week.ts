/**
 * ISO 8601 weeks ("2026-W48") of the situation picture: weeks start on Monday; week 1 holds the year's
 * first Thursday; the current week is that of the Swedish day. The calendar work is src/shared/time.ts's;
 * these are the picture's names for it.
 */
import {
  addIsoWeeks,
  isIsoWeek,
  isoWeekOf,
  isoWeekOfDay,
  isoWeeksInYear,
  mondayOfIsoWeek,
  sundayOfIsoWeek,
} from '../../shared/time';

export type IsoWeek = string;

export { isIsoWeek, isoWeekOf, isoWeekOfDay };

/** YYYY-MM-DD of the Monday and the Sunday of the week. */
export function weekDays(week: IsoWeek): { first: string; last: string } {
  return { first: mondayOfIsoWeek(week), last: sundayOfIsoWeek(week) };
}

/** The week n weeks after (negative: before) the given one. */
export const addWeeks: (week: IsoWeek, n: number) => IsoWeek = addIsoWeeks;

/** The n weeks before the given one, oldest first. */
export function previousWeeks(week: IsoWeek, n: number): IsoWeek[] {
  return Array.from({ length: n }, (_, i) => addWeeks(week, i - n));
}

export const weeksInYear: (year: number) => number = isoWeeksInYear;

/** Whether a YYYY-MM-DD day lies in the week. */
export function dayInWeek(day: string, week: IsoWeek): boolean {
  return isoWeekOfDay(day) === week;
}
