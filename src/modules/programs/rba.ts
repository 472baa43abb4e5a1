/**
 * Results-Based Accountability figures of a group of participants in one calendar year, as raw
 * counts. Nothing here decides what may be shown or how far to round: that is the publication
 * layer's (publication.ts builds the year's protected table from these counts).
 */
export const outcomes = ['work', 'studies', 'internship', 'other', 'none'] as const;
export type Outcome = (typeof outcomes)[number];

/** What the follow-up needs of a participant: dates and results, never who they are. */
export type ParticipantFacts = {
  enrolledOn: string;
  exitedOn: string | null;
  completed: boolean | null;
  outcome: Outcome | null;
  outcomeAfter6Months: Outcome | null;
  satisfaction: number | null;
};

/** Satisfaction of 4 or 5 on the 1–5 scale counts as satisfied. */
export const satisfiedFrom = 4;

/** Hits of a base: e.g. 28 exits to work of 60 exits with a recorded outcome. */
export type Tally = { hits: number; base: number };
export type OutcomeTallies = Record<Outcome, Tally>;

/**
 * One group's year in counts. How much: enrolled in the year, active at some time in it, exited in
 * it. How well and better off are about those who exited in the year; each share's base is the
 * exits where that item was recorded, and the exits without it are kept (exited − base), so that
 * non-response is shown rather than silently left out.
 */
export type YearCounts = {
  enrolled: number;
  active: number;
  exited: number;
  satisfaction: Tally & { scoreSum: number };
  completed: Tally;
  atExit: OutcomeTallies;
  after6Months: OutcomeTallies;
};

const yearOf = (isoDate: string) => Number(isoDate.slice(0, 4));

function outcomeTallies(values: readonly (Outcome | null)[]): OutcomeTallies {
  const known = values.filter((v): v is Outcome => v !== null);
  return Object.fromEntries(
    outcomes.map((o) => [o, { hits: known.filter((v) => v === o).length, base: known.length }]),
  ) as OutcomeTallies;
}

/** True when the participant was in the programme at some time during the year. */
export function activeIn(p: Pick<ParticipantFacts, 'enrolledOn' | 'exitedOn'>, year: number): boolean {
  return p.enrolledOn <= `${year}-12-31` && (p.exitedOn === null || p.exitedOn >= `${year}-01-01`);
}

/** True when the participant left the programme during the year. */
export function exitedIn(p: Pick<ParticipantFacts, 'exitedOn'>, year: number): boolean {
  return p.exitedOn !== null && yearOf(p.exitedOn) === year;
}

/** The year's counts of a group of participants. */
export function yearCounts(participants: readonly ParticipantFacts[], year: number): YearCounts {
  const exited = participants.filter((p) => exitedIn(p, year));
  const scores = exited.map((p) => p.satisfaction).filter((s): s is number => s !== null);
  const completion = exited.map((p) => p.completed).filter((c): c is boolean => c !== null);
  return {
    enrolled: participants.filter((p) => yearOf(p.enrolledOn) === year).length,
    active: participants.filter((p) => activeIn(p, year)).length,
    exited: exited.length,
    satisfaction: {
      hits: scores.filter((s) => s >= satisfiedFrom).length,
      base: scores.length,
      scoreSum: scores.reduce((sum, s) => sum + s, 0),
    },
    completed: { hits: completion.filter(Boolean).length, base: completion.length },
    atExit: outcomeTallies(exited.map((p) => p.outcome)),
    after6Months: outcomeTallies(exited.map((p) => p.outcomeAfter6Months)),
  };
}

/**
 * The counts a published figure of the group rests on, one per measure of the protected table:
 * active in the year, exited in it, exits with a recorded outcome, exits with a satisfaction answer.
 */
export function contributingCounts(c: YearCounts): number[] {
  return [c.active, c.exited, c.atExit.work.base, c.satisfaction.base];
}

/** The years from the first enrolment to `lastYear`: the trend's years. */
export function trendYears(participants: readonly Pick<ParticipantFacts, 'enrolledOn'>[], lastYear: number) {
  if (participants.length === 0) return [];
  const first = Math.min(lastYear, ...participants.map((p) => yearOf(p.enrolledOn)));
  return Array.from({ length: lastYear - first + 1 }, (_, i) => first + i);
}
