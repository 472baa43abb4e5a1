/** Follow-up figures of actions and presence: pure, so the views, the report and the tests agree. */

import { localDate } from '../../core/local-time';
import { median } from '../../core/statistics';

import type { ActionStatus } from './vocabulary';

/** Done and won't do both close an action: the question was answered. */
export const isClosed = (status: ActionStatus) => status === 'done' || status === 'wont_do';

const dayMs = 86_400_000;
const dayNumber = (isoDate: string) => Math.round(Date.parse(`${isoDate.slice(0, 10)}T00:00:00Z`) / dayMs);

/** Whole calendar days from one ISO date to another (2026-01-30 → 2026-02-02 is 3). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

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

/** ISO 8601 week of a date, as '2026-W01' (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeek(isoDate: string): string {
  const d = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  const weekday = (d.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  d.setUTCDate(d.getUTCDate() - weekday + 3); // the Thursday of this week decides the year
  const year = d.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(year, 0, 4));
  firstThursday.setUTCDate(firstThursday.getUTCDate() - ((firstThursday.getUTCDay() + 6) % 7) + 3);
  const week = 1 + Math.round((d.getTime() - firstThursday.getTime()) / (7 * dayMs));
  return `${year}-W${String(week).padStart(2, '0')}`;
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
    const week = isoWeek(startedOn);
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

/** The Monday of the ISO week a date falls in, as an ISO date. */
export function mondayOf(isoDate: string): string {
  const d = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

/** The ISO weeks of the `count` weeks that end with the week of `lastDate`, oldest first. */
export function weeksEndingWith(lastDate: string, count: number): { week: string; monday: string }[] {
  const monday = new Date(`${mondayOf(lastDate)}T00:00:00Z`);
  const weeks: { week: string; monday: string }[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const d = new Date(monday);
    d.setUTCDate(d.getUTCDate() - 7 * i);
    const iso = d.toISOString().slice(0, 10);
    weeks.push({ week: isoWeek(iso), monday: iso });
  }
  return weeks;
}

/** The Monday an ISO week ('2026-W50') starts on, as an ISO date. */
export function mondayOfIsoWeek(week: string): string {
  const [year, number] = week.split('-W').map(Number);
  // 4 January is always in week 1.
  const monday = new Date(`${mondayOf(`${year}-01-04`)}T00:00:00Z`);
  monday.setUTCDate(monday.getUTCDate() + 7 * (number - 1));
  return monday.toISOString().slice(0, 10);
}
