import { describe, expect, it } from 'vitest';
import { contributingCounts, type Outcome, type ParticipantFacts, trendYears, yearCounts } from './rba';

const exit = (
  exitedOn: string,
  outcome: Outcome | null,
  extra: Partial<ParticipantFacts> = {},
): ParticipantFacts => ({
  enrolledOn: '2020-01-15',
  exitedOn,
  completed: true,
  outcome,
  outcomeAfter6Months: null,
  satisfaction: null,
  ...extra,
});

describe('yearCounts', () => {
  const participants: ParticipantFacts[] = [
    // enrolled 2019, still active through 2020, exits 2021
    { ...exit('2021-03-01', 'work', { satisfaction: 5 }), enrolledOn: '2019-05-01' },
    // enrolled and exited 2020, satisfied, completed
    { ...exit('2020-10-01', 'internship', { satisfaction: 4, outcomeAfter6Months: 'work' }) },
    // enrolled and exited 2020, not satisfied, dropped out
    { ...exit('2020-04-01', 'none', { satisfaction: 2, completed: false, outcomeAfter6Months: 'none' }) },
    // enrolled and exited 2020, nothing recorded at the exit: non-response, kept
    { ...exit('2020-12-01', null, { completed: null }) },
    // enrolled 2020, no exit yet
    {
      enrolledOn: '2020-11-01',
      exitedOn: null,
      completed: null,
      outcome: null,
      outcomeAfter6Months: null,
      satisfaction: null,
    },
  ];

  it('counts how much: enrolled, active and exited in the year', () => {
    const c2020 = yearCounts(participants, 2020);
    expect([c2020.enrolled, c2020.active, c2020.exited]).toEqual([4, 5, 3]);
    const c2019 = yearCounts(participants, 2019);
    expect([c2019.enrolled, c2019.active, c2019.exited]).toEqual([1, 1, 0]);
  });

  it('keeps each share’s base and the exits without the item', () => {
    const c = yearCounts(participants, 2020);
    // 3 exits: 2 satisfaction answers (4 and 2), 1 satisfied; sum of scores 6.
    expect(c.satisfaction).toEqual({ hits: 1, base: 2, scoreSum: 6 });
    expect(c.completed).toEqual({ hits: 1, base: 2 });
    expect(c.atExit.internship).toEqual({ hits: 1, base: 2 });
    expect(c.after6Months.work).toEqual({ hits: 1, base: 2 });
    expect(c.exited - c.atExit.work.base).toBe(1);
  });

  it('gives the measures of the protected table: active, exited, with outcome, with satisfaction', () => {
    expect(contributingCounts(yearCounts(participants, 2020))).toEqual([5, 3, 2, 2]);
  });

  it('gives one year per year from the first enrolment', () => {
    expect(trendYears(participants, 2021)).toEqual([2019, 2020, 2021]);
    expect(trendYears([], 2021)).toEqual([]);
  });
});
