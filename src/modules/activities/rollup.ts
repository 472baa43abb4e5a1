import { type AgeBand, type AgeCounts, ageBands } from './counts';

/** What the follow-up needs of a session. participants is null for a planned, not yet reported one. */
export type SessionFacts = {
  date: string;
  participants: number | null;
  women: number;
  men: number;
  other: number;
  ages: AgeCounts;
  /** First-time participants this year, when the leader counted them. */
  newParticipants: number | null;
};

export type ActivityFigures = {
  /** How much: sessions held (reported), visits (participants summed over sessions). */
  sessions: number;
  participants: number;
  meanPerSession: number | null;
  /** Unique participants: the first-timers summed, known only when every session counted them. */
  uniqueParticipants: number | null;
  women: number;
  men: number;
  otherOrUnknownGender: number;
  ages: Record<AgeBand | 'unknown', number>;
  /** How well: share of visits by women (null without visits). */
  womenShare: number | null;
};

/** Rolls reported sessions up into how-much and how-well figures (planned sessions are left out). */
export function activityFigures(sessions: readonly SessionFacts[]): ActivityFigures {
  const held = sessions.filter((s) => s.participants !== null);
  const sum = (pick: (s: SessionFacts) => number) => held.reduce((total, s) => total + pick(s), 0);
  const participants = sum((s) => s.participants ?? 0);
  const ages = Object.fromEntries(ageBands.map((b) => [b, sum((s) => s.ages[b])])) as Record<
    AgeBand | 'unknown',
    number
  >;
  ages.unknown = participants - ageBands.reduce((total, b) => total + ages[b], 0);
  const women = sum((s) => s.women);
  return {
    sessions: held.length,
    participants,
    meanPerSession: held.length ? participants / held.length : null,
    uniqueParticipants:
      held.length && held.every((s) => s.newParticipants !== null)
        ? sum((s) => s.newParticipants ?? 0)
        : null,
    women,
    men: sum((s) => s.men),
    otherOrUnknownGender: sum((s) => s.other),
    ages,
    womenShare: participants ? women / participants : null,
  };
}

/** Figures per calendar year, oldest first, for every year that has a session. */
export function activityTrend(sessions: readonly SessionFacts[]): ({ year: number } & ActivityFigures)[] {
  const years = [...new Set(sessions.map((s) => Number(s.date.slice(0, 4))))].sort((a, b) => a - b);
  return years.map((year) => ({
    year,
    ...activityFigures(sessions.filter((s) => Number(s.date.slice(0, 4)) === year)),
  }));
}

/** Figures per key (an area, a focus area) for sessions of one year. */
export function figuresBy<K extends string>(
  sessions: readonly (SessionFacts & { key: K })[],
): { key: K; figures: ActivityFigures }[] {
  const keys = [...new Set(sessions.map((s) => s.key))].sort();
  return keys.map((key) => ({ key, figures: activityFigures(sessions.filter((s) => s.key === key)) }));
}
