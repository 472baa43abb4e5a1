import { describe, expect, it } from 'vitest';
import { storyProblem } from './participant-story';

const today = '2026-11-23';
const base = { consentOn: '2025-01-10', enrolledOn: '2025-01-10', exitedOn: null };

describe('storyProblem', () => {
  it('accepts an enrolment, an exit with results, and the six-month outcome once it is due', () => {
    expect(storyProblem(base, today)).toBeNull();
    const exit = { ...base, exitedOn: '2026-05-23', outcome: 'work' as const, satisfaction: 5 };
    expect(storyProblem(exit, today)).toBeNull();
    // 2026-05-23 + 6 months = 2026-11-23: due today.
    expect(storyProblem({ ...exit, outcomeAfter6Months: 'work' }, today)).toBeNull();
  });

  it('names the first impossible part of the story and its column', () => {
    expect(storyProblem({ ...base, consentOn: '2025-01-11' }, today)).toEqual({
      code: 'consent_after_enrolment',
      column: 'consent_on',
    });
    expect(storyProblem({ ...base, exitedOn: '2025-01-09' }, today)?.code).toBe('exit_before_enrolment');
    expect(storyProblem({ ...base, satisfaction: 4 }, today)).toEqual({
      code: 'results_without_exit',
      column: 'satisfaction',
    });
    expect(storyProblem({ ...base, completed: false }, today)?.column).toBe('completed');
    // Exited 2026-05-24: six months are up on 2026-11-24, tomorrow.
    expect(storyProblem({ ...base, exitedOn: '2026-05-24', outcomeAfter6Months: 'none' }, today)).toEqual({
      code: 'follow_up_too_early',
      column: 'outcome_6_months',
    });
  });
});
