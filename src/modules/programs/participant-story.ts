import { addMonths, swedishToday } from '../../shared/time';
import type { Outcome } from './rba';

/** The dates and results of a participant's record, as far as they are known. */
export type ParticipantStory = {
  consentOn?: string | null;
  enrolledOn: string;
  exitedOn: string | null;
  completed?: boolean | null;
  outcome?: Outcome | null;
  outcomeAfter6Months?: Outcome | null;
  satisfaction?: number | null;
};

export type StoryProblem = {
  code: 'consent_after_enrolment' | 'exit_before_enrolment' | 'results_without_exit' | 'follow_up_too_early';
  /** The import column the problem is reported on. */
  column: string;
};

const given = (v: unknown) => v !== null && v !== undefined;

/**
 * A record must tell a possible story: consent on or before enrolment, exit after it, results
 * (completion, outcome, satisfaction) only for someone who has left, and the outcome after six months
 * only once six months have passed. The first problem found, or null.
 */
export function storyProblem(row: ParticipantStory, today = swedishToday()): StoryProblem | null {
  if (row.consentOn && row.consentOn > row.enrolledOn)
    return { code: 'consent_after_enrolment', column: 'consent_on' };
  if (row.exitedOn && row.exitedOn < row.enrolledOn)
    return { code: 'exit_before_enrolment', column: 'exited_on' };
  if (!row.exitedOn) {
    const results: [string, unknown][] = [
      ['outcome', row.outcome],
      ['outcome_6_months', row.outcomeAfter6Months],
      ['satisfaction', row.satisfaction],
      ['completed', row.completed],
    ];
    const first = results.find(([, v]) => given(v));
    if (first) return { code: 'results_without_exit', column: first[0] };
  }
  if (row.exitedOn && row.outcomeAfter6Months && addMonths(row.exitedOn, 6) > today)
    return { code: 'follow_up_too_early', column: 'outcome_6_months' };
  return null;
}
