import { describe, expect, it } from 'vitest';
import { type Outcome, type ParticipantFacts, programTrend, programYear, rate } from './rba';

const exit = (
  exitedOn: string,
  outcome: Outcome,
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

describe('outcome rates', () => {
  it('Jobbpunkt 2020: 60 exited, 28 with work → 46.7 % (Wilson 34.6 %–59.1 %)', () => {
    // Worked example from the issue (Mimer's 2020 figures: 60 coached, 28 got work).
    // Wilson with z = 1.96: p = 28/60 = 0.4667; centre = p + z²/2n = 0.4667 + 0.0320 = 0.4987;
    // margin = z·sqrt(p(1−p)/n + z²/4n²) = 1.96 · 0.06645 = 0.1302; divide by 1 + z²/n = 1.0640
    // → (0.3463, 0.5910).
    const participants = [
      ...Array.from({ length: 28 }, () => exit('2020-06-30', 'work')),
      ...Array.from({ length: 12 }, () => exit('2020-09-30', 'studies')),
      ...Array.from({ length: 20 }, () => exit('2020-11-30', 'none')),
    ];
    const work = programYear(participants, 2020).betterOff.atExit.work;
    expect(work.n).toBe(60);
    expect(work.count).toBe(28);
    expect(Number(((work.rate ?? 0) * 100).toFixed(1))).toBe(46.7);
    expect(Number(((work.ciLow ?? 0) * 100).toFixed(1))).toBe(34.6);
    expect(Number(((work.ciHigh ?? 0) * 100).toFixed(1))).toBe(59.1);
  });

  it('has no rate for an empty base', () => {
    expect(rate(0, 0)).toEqual({ count: 0, n: 0, rate: null, ciLow: null, ciHigh: null });
  });
});

describe('programYear', () => {
  const participants: ParticipantFacts[] = [
    // enrolled 2019, still active through 2020, exits 2021
    { ...exit('2021-03-01', 'work', { satisfaction: 5 }), enrolledOn: '2019-05-01' },
    // enrolled and exited 2020, satisfied, completed
    { ...exit('2020-10-01', 'internship', { satisfaction: 4, outcomeAfter6Months: 'work' }) },
    // enrolled and exited 2020, not satisfied, dropped out
    { ...exit('2020-04-01', 'none', { satisfaction: 2, completed: false, outcomeAfter6Months: 'none' }) },
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
    expect(programYear(participants, 2020).howMuch).toEqual({ enrolled: 3, active: 4, exited: 2 });
    expect(programYear(participants, 2019).howMuch).toEqual({ enrolled: 1, active: 1, exited: 0 });
  });

  it('measures how well among those who exited: satisfaction and completion', () => {
    const { howWell } = programYear(participants, 2020);
    expect(howWell.satisfactionMean).toBe(3);
    expect(howWell.satisfied).toMatchObject({ count: 1, n: 2, rate: 0.5 });
    expect(howWell.completed).toMatchObject({ count: 1, n: 2, rate: 0.5 });
  });

  it('measures who is better off at exit and after six months', () => {
    const { betterOff } = programYear(participants, 2020);
    expect(betterOff.atExit.internship).toMatchObject({ count: 1, n: 2 });
    expect(betterOff.after6Months.work).toMatchObject({ count: 1, n: 2, rate: 0.5 });
  });

  it('gives one entry per year from the first enrolment', () => {
    expect(programTrend(participants, 2021).map((y) => y.year)).toEqual([2019, 2020, 2021]);
  });
});
