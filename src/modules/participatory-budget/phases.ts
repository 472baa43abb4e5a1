/**
 * The phases of a budget and which one a day falls in. Each phase starts on its own first day and
 * lasts until the next one starts; before the proposals open the budget is upcoming.
 */
import type { Phase, PhaseDates } from './participatory-budget.contract';

const starts = [
  ['implementation', 'implementationFrom'],
  ['result', 'resultFrom'],
  ['voting', 'votingFrom'],
  ['review', 'reviewFrom'],
  ['proposals', 'proposalsFrom'],
] as const satisfies readonly (readonly [Phase, keyof PhaseDates])[];

/** The phase `today` (YYYY-MM-DD, a Swedish day) falls in: the latest phase already started. */
export function phaseOn(dates: PhaseDates, today: string): Phase {
  for (const [phase, from] of starts) if (dates[from] <= today) return phase;
  return 'upcoming';
}

/** Whether the dates follow each other (a phase may be empty: two starts on the same day). */
export function datesInOrder(d: PhaseDates): boolean {
  return (
    d.proposalsFrom <= d.reviewFrom &&
    d.reviewFrom <= d.votingFrom &&
    d.votingFrom <= d.resultFrom &&
    d.resultFrom <= d.implementationFrom
  );
}

/** Whether the voting is over, so the result is public (result and implementation). */
export const votingOver = (phase: Phase) => phase === 'result' || phase === 'implementation';
