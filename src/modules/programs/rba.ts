import { wilsonInterval } from '../../core/statistics';

export const outcomes = ['work', 'studies', 'internship', 'other', 'none'] as const;
export type Outcome = (typeof outcomes)[number];

/** A share with its count, base and 95 % Wilson interval; rate and bounds are null when n is 0. */
export type Rate = {
  count: number;
  n: number;
  rate: number | null;
  ciLow: number | null;
  ciHigh: number | null;
};

/** count of n as a rate with its Wilson interval. */
export function rate(count: number, n: number): Rate {
  if (n === 0) return { count, n, rate: null, ciLow: null, ciHigh: null };
  const interval = wilsonInterval(count, n);
  return { count, n, rate: count / n, ciLow: interval.low, ciHigh: interval.high };
}

/** What the follow-up needs of a participant: dates and results, never who they are. */
export type ParticipantFacts = {
  enrolledOn: string;
  exitedOn: string | null;
  completed: boolean | null;
  outcome: Outcome | null;
  outcomeAfter6Months: Outcome | null;
  satisfaction: number | null;
};

/**
 * Groups of people smaller than this are not shown outside the program (area profiles, per-area
 * follow-up): too few to say anything, and few enough to point at someone.
 */
export const minimumGroup = 10;

/** Satisfaction of 4 or 5 on the 1–5 scale counts as satisfied. */
export const satisfiedFrom = 4;

export type ProgramYear = {
  year: number;
  howMuch: { enrolled: number; active: number; exited: number };
  howWell: { satisfactionMean: number | null; satisfied: Rate; completed: Rate };
  betterOff: { atExit: Record<Outcome, Rate>; after6Months: Record<Outcome, Rate> };
};

const yearOf = (isoDate: string) => Number(isoDate.slice(0, 4));

function outcomeRates(values: readonly (Outcome | null)[]): Record<Outcome, Rate> {
  const known = values.filter((v): v is Outcome => v !== null);
  return Object.fromEntries(
    outcomes.map((o) => [o, rate(known.filter((v) => v === o).length, known.length)]),
  ) as Record<Outcome, Rate>;
}

/**
 * One program-year, Results-Based Accountability style. How much: enrolled in the year, active at
 * some time in it, exited in it. How well and better off are about those who exited in the year;
 * each rate's base is the exits where that item was recorded.
 */
export function programYear(participants: readonly ParticipantFacts[], year: number): ProgramYear {
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  const exited = participants.filter((p) => p.exitedOn !== null && yearOf(p.exitedOn) === year);
  const satisfaction = exited.map((p) => p.satisfaction).filter((s): s is number => s !== null);
  const completion = exited.map((p) => p.completed).filter((c): c is boolean => c !== null);
  return {
    year,
    howMuch: {
      enrolled: participants.filter((p) => yearOf(p.enrolledOn) === year).length,
      active: participants.filter((p) => p.enrolledOn <= end && (p.exitedOn === null || p.exitedOn >= start))
        .length,
      exited: exited.length,
    },
    howWell: {
      satisfactionMean: satisfaction.length
        ? satisfaction.reduce((sum, s) => sum + s, 0) / satisfaction.length
        : null,
      satisfied: rate(satisfaction.filter((s) => s >= satisfiedFrom).length, satisfaction.length),
      completed: rate(completion.filter(Boolean).length, completion.length),
    },
    betterOff: {
      atExit: outcomeRates(exited.map((p) => p.outcome)),
      after6Months: outcomeRates(exited.map((p) => p.outcomeAfter6Months)),
    },
  };
}

/** The years from the first enrolment to `lastYear`, each as a ProgramYear: the trend. */
export function programTrend(participants: readonly ParticipantFacts[], lastYear: number): ProgramYear[] {
  if (participants.length === 0) return [];
  const first = Math.min(...participants.map((p) => yearOf(p.enrolledOn)));
  const years: ProgramYear[] = [];
  for (let y = Math.min(first, lastYear); y <= lastYear; y++) years.push(programYear(participants, y));
  return years;
}

/**
 * A group's year for showing beside others (per area): withheld when fewer than `minimumGroup`
 * were active or left in the year — how well and better off of two or three people point at them.
 */
export function groupYear(
  participants: readonly ParticipantFacts[],
  year: number,
): { suppressed: boolean; figures: ProgramYear | null } {
  const figures = programYear(participants, year);
  const small = (n: number) => n > 0 && n < minimumGroup;
  return small(figures.howMuch.active) || small(figures.howMuch.exited)
    ? { suppressed: true, figures: null }
    : { suppressed: false, figures };
}
