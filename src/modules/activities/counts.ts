/** Age bands a session's participants are counted in (counts, never names). */
export const ageBands = ['0-12', '13-15', '16-19', '20-25', '26-64', '65+'] as const;
export type AgeBand = (typeof ageBands)[number];

export type AgeCounts = Record<AgeBand, number>;

/** What is entered after a session: a total and, when known, how it splits by gender and age. */
export type SessionCountsInput = {
  participants: number;
  women?: number | null;
  men?: number | null;
  /** Other or unknown gender; when left out it is what remains of the total. */
  other?: number | null;
  ages?: Partial<Record<AgeBand, number | null>>;
};

/** Counts as stored: women + men + other = participants; age bands add up to at most participants. */
export type SessionCounts = {
  participants: number;
  women: number;
  men: number;
  other: number;
  ages: AgeCounts;
};

export type CountProblem = { field: string; code: 'gender_sum' | 'age_sum' | 'negative' };

const emptyAges = (): AgeCounts => ({ '0-12': 0, '13-15': 0, '16-19': 0, '20-25': 0, '26-64': 0, '65+': 0 });

/**
 * Checks and completes a session's counts: the gender split must not exceed the total, and when
 * all three genders are given they must add up to it; age bands may not add up to more than the
 * total (what is missing is "age unknown").
 */
export function normaliseCounts(input: SessionCountsInput): SessionCounts | CountProblem[] {
  const problems: CountProblem[] = [];
  const women = input.women ?? 0;
  const men = input.men ?? 0;
  const ages = emptyAges();
  for (const band of ageBands) ages[band] = input.ages?.[band] ?? 0;
  for (const [field, value] of [
    ['participants', input.participants],
    ['women', women],
    ['men', men],
    ['other', input.other ?? 0],
    ...ageBands.map((b) => [b, ages[b]] as const),
  ] as const) {
    if (value < 0 || !Number.isInteger(value)) problems.push({ field, code: 'negative' });
  }
  if (problems.length) return problems;
  const other = input.other ?? input.participants - women - men;
  if (women + men > input.participants || women + men + other !== input.participants) {
    problems.push({ field: input.other == null ? 'men' : 'other', code: 'gender_sum' });
  }
  const ageTotal = ageBands.reduce((sum, b) => sum + ages[b], 0);
  if (ageTotal > input.participants) problems.push({ field: '65+', code: 'age_sum' });
  if (problems.length) return problems;
  return { participants: input.participants, women, men, other, ages };
}

/** Participants whose age band was not recorded. */
export function ageUnknown(counts: SessionCounts): number {
  return counts.participants - ageBands.reduce((sum, b) => sum + counts.ages[b], 0);
}
