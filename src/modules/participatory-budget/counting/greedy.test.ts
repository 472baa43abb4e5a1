import { describe, expect, it } from 'vitest';
import type { Election } from './election';
import { greedy } from './greedy';

/** Ballots approving the given projects, `times` each. */
const ballots = (...groups: [number, string[]][]) =>
  groups.flatMap(([times, approved]) => Array.from({ length: times }, () => ({ approved })));

describe('greedy by votes within the budget', () => {
  it('skips a project that does not fit and tries the next', () => {
    const election: Election = {
      budget: 100,
      projects: [
        { id: 'P1', cost: 60 },
        { id: 'P2', cost: 50 },
        { id: 'P3', cost: 40 },
        { id: 'P4', cost: 10 },
      ],
      // Votes: P1 5, P2 4, P3 3, P4 1.
      ballots: ballots([3, ['P1', 'P2', 'P3']], [1, ['P1', 'P2']], [1, ['P1', 'P4']]),
    };
    // P1: 60 spent. P2: 60 + 50 = 110 > 100, skipped. P3: 60 + 40 = 100, fits. P4: 110 > 100, skipped.
    expect(greedy(election)).toEqual({
      selected: ['P1', 'P3'],
      cost: 100,
      budget: 100,
      votes: { P1: 5, P2: 4, P3: 3, P4: 1 },
    });
  });

  it('breaks a tie in votes by the lower cost, then by the project id compared as numbers', () => {
    // Cheap (40) and Dear (50) both have 3 votes; 40 + 50 > 50, so only the cheaper one fits.
    const byCost: Election = {
      budget: 50,
      projects: [
        { id: 'Dear', cost: 50 },
        { id: 'Cheap', cost: 40 },
      ],
      ballots: ballots([3, ['Dear', 'Cheap']]),
    };
    expect(greedy(byCost).selected).toEqual(['Cheap']);
    // "9" and "10": 2 votes and 30 each; 30 + 30 > 40. As numbers 9 < 10 (as text "10" < "9").
    const byId: Election = {
      budget: 40,
      projects: [
        { id: '10', cost: 30 },
        { id: '9', cost: 30 },
      ],
      ballots: ballots([2, ['10', '9']]),
    };
    expect(greedy(byId).selected).toEqual(['9']);
    // Ids that are not both integers compare as text: "10a" < "9a".
    const textIds: Election = {
      ...byId,
      projects: [
        { id: '9a', cost: 30 },
        { id: '10a', cost: 30 },
      ],
    };
    textIds.ballots = ballots([2, ['9a', '10a']]);
    expect(greedy(textIds).selected).toEqual(['10a']);
  });

  it('counts a blank ballot for no project and a project named twice on a ballot once', () => {
    const election: Election = {
      budget: 100,
      projects: [
        { id: 'A', cost: 70 },
        { id: 'B', cost: 20 },
        { id: 'C', cost: 5 },
      ],
      // A: 1 (named twice on one ballot), B: 2, C: 0; two blank ballots.
      ballots: [{ approved: ['A', 'A', 'B'] }, { approved: ['B'] }, { approved: [] }, { approved: [] }],
    };
    // B (2 votes): 20. A (1): 90. C has no vote: never selected, though 95 would fit.
    expect(greedy(election)).toMatchObject({ selected: ['B', 'A'], cost: 90, votes: { A: 1, B: 2, C: 0 } });
  });

  it('refuses a ballot naming a project that is not on the list', () => {
    const election: Election = {
      budget: 10,
      projects: [{ id: 'A', cost: 5 }],
      ballots: [{ approved: ['Z'] }],
    };
    expect(() => greedy(election)).toThrow(
      expect.objectContaining({ code: 'validation', params: { project: 'Z' } }),
    );
  });
});
