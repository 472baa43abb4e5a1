/** Follow-up figures of actions and presence: pure, so the views, the report and the tests agree. */

import { median } from '../../core/statistics';
import { addDays, daysBetween, isoWeekOfDay, localDate, mondayOf } from '../../shared/time';

import type { ActionStatus } from './vocabulary';

/** Done and won't do both close an action: the question was answered. */
export const isClosed = (status: ActionStatus) => status === 'done' || status === 'wont_do';

// The calendar arithmetic is core's; these names are what the rounds code and its tests call.
export {
  daysBetween,
  isoWeekOfDay as isoWeek,
  mondayOf,
  mondayOfIsoWeek,
} from '../../shared/time';

/** An action is overdue when it is still open or in progress after its due date. */
export function isOverdue(action: { status: ActionStatus; dueOn: string | null }, today: string): boolean {
  return !isClosed(action.status) && action.dueOn !== null && action.dueOn < today;
}

/** Median days from creation to closing, over closed actions; null when none has closed. */
export function medianDaysToClose(
  actions: readonly { createdOn: string; closedOn: string | null }[],
): number | null {
  return median(actions.filter((a) => a.closedOn).map((a) => daysBetween(a.createdOn, a.closedOn!)));
}

/** Hours of a shift; a shift past midnight counts whole, in the week it started. */
export function shiftHours(startsAt: Date, endsAt: Date): number {
  return Math.max(0, (endsAt.getTime() - startsAt.getTime()) / 3_600_000);
}

export type PresenceWeek = {
  areaId: string;
  week: string;
  hours: number;
  shifts: number;
  eveningHours: number;
};

/** Presence hours per area and ISO week (Swedish local week of the shift's start). */
export function presenceHoursByWeek(
  shifts: readonly { areaId: string; startsAt: Date; endsAt: Date; timeOfDay: 'day' | 'evening' }[],
): PresenceWeek[] {
  const byKey = new Map<string, PresenceWeek>();
  for (const s of shifts) {
    const startedOn = localDate(s.startsAt);
    const week = isoWeekOfDay(startedOn);
    const key = `${s.areaId}|${week}`;
    const row = byKey.get(key) ?? { areaId: s.areaId, week, hours: 0, shifts: 0, eveningHours: 0 };
    const hours = shiftHours(s.startsAt, s.endsAt);
    row.hours += hours;
    row.shifts += 1;
    if (s.timeOfDay === 'evening') row.eveningHours += hours;
    byKey.set(key, row);
  }
  return [...byKey.values()].sort((a, b) => a.week.localeCompare(b.week) || a.areaId.localeCompare(b.areaId));
}

/** The ISO weeks of the `count` weeks that end with the week of `lastDate`, oldest first. */
export function weeksEndingWith(lastDate: string, count: number): { week: string; monday: string }[] {
  const lastMonday = mondayOf(lastDate);
  return Array.from({ length: count }, (_, i) => {
    const monday = addDays(lastMonday, -7 * (count - 1 - i));
    return { week: isoWeekOfDay(monday), monday };
  });
}
