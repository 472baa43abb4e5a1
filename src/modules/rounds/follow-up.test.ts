import { describe, expect, it } from 'vitest';
import {
  daysBetween,
  isOverdue,
  isoWeek,
  medianDaysToClose,
  mondayOf,
  mondayOfIsoWeek,
  presenceHoursByWeek,
  shiftHours,
  weeksEndingWith,
} from './follow-up';

describe('daysBetween', () => {
  it('counts calendar days across a month end and a leap day', () => {
    expect(daysBetween('2026-01-30', '2026-02-02')).toBe(3);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2); // 2028 is a leap year
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2); // across the change to summer time
  });
});

describe('isOverdue', () => {
  it('is overdue only when open or in progress past the due date', () => {
    expect(isOverdue({ status: 'open', dueOn: '2026-11-20' }, '2026-11-23')).toBe(true);
    expect(isOverdue({ status: 'in_progress', dueOn: '2026-11-22' }, '2026-11-23')).toBe(true);
    expect(isOverdue({ status: 'open', dueOn: '2026-11-23' }, '2026-11-23')).toBe(false);
    expect(isOverdue({ status: 'done', dueOn: '2026-01-01' }, '2026-11-23')).toBe(false);
    expect(isOverdue({ status: 'wont_do', dueOn: '2026-01-01' }, '2026-11-23')).toBe(false);
    expect(isOverdue({ status: 'open', dueOn: null }, '2026-11-23')).toBe(false);
  });
});

describe('medianDaysToClose', () => {
  it('takes the median over closed actions only: 3, 10 and 31 days give 10', () => {
    expect(
      medianDaysToClose([
        { createdOn: '2026-01-01', closedOn: '2026-01-04' }, // 3
        { createdOn: '2026-01-01', closedOn: '2026-02-01' }, // 31
        { createdOn: '2026-03-01', closedOn: '2026-03-11' }, // 10
        { createdOn: '2026-03-01', closedOn: null },
      ]),
    ).toBe(10);
  });
  it('averages the middle two for an even count: 4 and 8 give 6', () => {
    expect(
      medianDaysToClose([
        { createdOn: '2026-05-01', closedOn: '2026-05-05' },
        { createdOn: '2026-05-01', closedOn: '2026-05-09' },
      ]),
    ).toBe(6);
  });
  it('is null when nothing has closed', () => {
    expect(medianDaysToClose([{ createdOn: '2026-05-01', closedOn: null }])).toBeNull();
  });
});

describe('isoWeek', () => {
  it('follows ISO 8601 at year ends (examples from the ISO week-date table)', () => {
    expect(isoWeek('2026-01-01')).toBe('2026-W01'); // a Thursday
    expect(isoWeek('2027-01-01')).toBe('2026-W53'); // 2026 has 53 weeks
    expect(isoWeek('2024-12-30')).toBe('2025-W01'); // Monday of 2025's first week
    expect(isoWeek('2021-01-03')).toBe('2020-W53');
    expect(isoWeek('2026-11-23')).toBe('2026-W48');
  });
});

describe('presenceHoursByWeek', () => {
  it('sums hours per area and week, and counts evening hours apart', () => {
    const a = '00000000-0000-0000-0000-00000000000a';
    const rows = presenceHoursByWeek([
      // Monday 2026-06-15 18:00–22:00 local (UTC+2): 4 evening hours
      {
        areaId: a,
        startsAt: new Date('2026-06-15T16:00:00Z'),
        endsAt: new Date('2026-06-15T20:00:00Z'),
        timeOfDay: 'evening',
      },
      // Wednesday same week 09:00–15:30: 6.5 day hours
      {
        areaId: a,
        startsAt: new Date('2026-06-17T07:00:00Z'),
        endsAt: new Date('2026-06-17T13:30:00Z'),
        timeOfDay: 'day',
      },
      // Sunday 2026-06-21 22:00 local → Monday 01:00: 3 hours, counted in week 25 where it started
      {
        areaId: a,
        startsAt: new Date('2026-06-21T20:00:00Z'),
        endsAt: new Date('2026-06-21T23:00:00Z'),
        timeOfDay: 'evening',
      },
    ]);
    expect(rows).toEqual([{ areaId: a, week: '2026-W25', hours: 13.5, shifts: 3, eveningHours: 7 }]);
  });
  it('gives a shift ending before it starts zero hours', () => {
    expect(shiftHours(new Date('2026-06-15T20:00:00Z'), new Date('2026-06-15T16:00:00Z'))).toBe(0);
  });
});

describe('ISO week starts', () => {
  it('finds the Monday of a date and of a week, across year ends', () => {
    expect(mondayOf('2026-11-23')).toBe('2026-11-23'); // a Monday
    expect(mondayOf('2026-11-29')).toBe('2026-11-23'); // the Sunday after
    expect(mondayOf('2026-01-01')).toBe('2025-12-29'); // a Thursday: week 1 started in December
    expect(mondayOfIsoWeek('2026-W01')).toBe('2025-12-29');
    expect(mondayOfIsoWeek('2021-W01')).toBe('2021-01-04'); // 1 January 2021 was a Friday, in 2020-W53
    expect(mondayOfIsoWeek('2020-W53')).toBe('2020-12-28');
    expect(mondayOfIsoWeek('2026-W50')).toBe('2026-12-07');
  });

  it('lists the weeks that end with a given date, oldest first', () => {
    expect(weeksEndingWith('2026-01-02', 3)).toEqual([
      { week: '2025-W51', monday: '2025-12-15' },
      { week: '2025-W52', monday: '2025-12-22' },
      { week: '2026-W01', monday: '2025-12-29' },
    ]);
  });
});
