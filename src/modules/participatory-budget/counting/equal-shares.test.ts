import { describe, expect, it } from 'vitest';
import type { Election } from './election';
import { equalShares, equalSharesAdd1Steps } from './equal-shares';
import { greedy } from './greedy';

const ballots = (...groups: [number, string[]][]) =>
  groups.flatMap(([times, approved]) => Array.from({ length: times }, () => ({ approved })));

describe('the Method of Equal Shares (cost utilities)', () => {
  // The classic example: 7 of 10 voters want A1, A2 and A3, 3 want B; every project costs 300.
  const majority: Election = {
    budget: 1000,
    projects: [
      { id: 'A1', cost: 300 },
      { id: 'A2', cost: 300 },
      { id: 'A3', cost: 300 },
      { id: 'B', cost: 300 },
    ],
    ballots: ballots([7, ['A1', 'A2', 'A3']], [3, ['B']]),
  };

  it('gives a minority its share where greedy gives the majority everything', () => {
    // Greedy: A1, A2, A3 (7 votes each, tie broken by id) = 900; B would make 1200.
    expect(greedy(majority).selected).toEqual(['A1', 'A2', 'A3']);
    // Equal Shares: each voter gets 1000 / 10 = 100. The majority holds 700, the minority 300.
    // Round 1: A1, A2, A3 have effective vote count 7 (each of 7 pays 300/7 = 42.86), B has 3 (each
    //   of 3 pays 100): A1 (tie with A2, A3 broken by id). The majority keeps 7 × 57.14 = 400.
    // Round 2: A2 still 7 (42.86 each): A2. The majority keeps 7 × 14.29 = 100 < 300: A3 is out.
    // Round 3: B, its 3 supporters paying 100 each. 900 spent.
    const outcome = equalShares(majority, { completion: 'none' });
    expect(outcome.selected).toEqual(['A1', 'A2', 'B']);
    expect(outcome.cost).toBe(900);
    expect(outcome.payments).toEqual([
      {
        projectId: 'A1',
        supporters: 7,
        perSupporter: 42.86,
        total: 300,
        shares: [{ amount: 42.86, voters: 7 }],
      },
      {
        projectId: 'A2',
        supporters: 7,
        perSupporter: 42.86,
        total: 300,
        shares: [{ amount: 42.86, voters: 7 }],
      },
      { projectId: 'B', supporters: 3, perSupporter: 100, total: 300, shares: [{ amount: 100, voters: 3 }] },
    ]);
  });

  it('lets a supporter with less money left pay all of it and the others the rest', () => {
    // 4 voters, 120: 30 each. P (60) is wanted by v1, v2, v3; Q (40) by v1 and v4.
    const election: Election = {
      budget: 120,
      projects: [
        { id: 'P', cost: 60 },
        { id: 'Q', cost: 40 },
      ],
      ballots: [{ approved: ['P', 'Q'] }, { approved: ['P'] }, { approved: ['P'] }, { approved: ['Q'] }],
    };
    // Round 1: P has effective vote count 3 (20 each), Q 2 (20 each): P; v1, v2, v3 keep 10.
    // Round 2: Q's equal split 20 > v1's 10, so v1 pays 10 and v4 the other 30 (all v4 has):
    //   effective vote count 40 / 30 = 1.33 > 0. Q is bought. 100 spent.
    const outcome = equalShares(election, { completion: 'none' });
    expect(outcome.selected).toEqual(['P', 'Q']);
    expect(outcome.payments?.[1]).toEqual({
      projectId: 'Q',
      supporters: 2,
      perSupporter: 30,
      total: 40,
      shares: [
        { amount: 30, voters: 1 },
        { amount: 10, voters: 1 },
      ],
    });
  });

  it('raises every voter’s budget one unit at a time (add1) past the share blank ballots leave unspent', () => {
    // 4 voters, 100: 25 each. Two approve X (60); two vote blank. X's supporters hold 50 < 60.
    const election: Election = {
      budget: 100,
      projects: [{ id: 'X', cost: 60 }],
      ballots: ballots([2, ['X']], [2, []]),
    };
    expect(equalShares(election, { completion: 'none' }).selected).toEqual([]);
    // +1 … +4: 26 … 29 each, 58 < 60, nothing; +5: 30 each, X for 60 ≤ 100 and nothing else fits.
    expect(equalSharesAdd1Steps(election)).toMatchObject({ selected: ['X'], raisedBy: 5 });
    expect(equalShares(election, { completion: 'add1' })).toMatchObject({ selected: ['X'], cost: 60 });
  });

  it('completes greedily when the next raise would overspend', () => {
    // 2 voters, 10: 5 each. v1 wants A (6), v2 wants B (6): neither affordable.
    const election: Election = {
      budget: 10,
      projects: [
        { id: 'B', cost: 6 },
        { id: 'A', cost: 6 },
      ],
      ballots: [{ approved: ['A'] }, { approved: ['B'] }],
    };
    // +1: 6 each, A and B are both bought (12 > 10): the raise is refused, the steps select nothing.
    expect(equalSharesAdd1Steps(election)).toMatchObject({ selected: [], raisedBy: 0 });
    // Greedy completion: A and B tie (1 vote, cost 6): A by id; then 12 > 10, B does not fit.
    expect(equalShares(election, { completion: 'add1' })).toMatchObject({
      selected: ['A'],
      cost: 6,
      payments: [],
    });
  });

  it('breaks a tie in effective vote count by votes, then cost, then id', () => {
    // 6 voters, 60: 10 each. C1 (20) by v1, v2; C2 (10) by v3, v4; C3 (20) by v5, v6: all have
    // effective vote count 2 and 2 votes. C2 first (cheaper), then C1 before C3 (id).
    const election: Election = {
      budget: 60,
      projects: [
        { id: 'C3', cost: 20 },
        { id: 'C1', cost: 20 },
        { id: 'C2', cost: 10 },
      ],
      ballots: ballots([2, ['C1']], [2, ['C2']], [2, ['C3']]),
    };
    expect(equalShares(election, { completion: 'none' }).selected).toEqual(['C2', 'C1', 'C3']);
  });

  it('selects nothing without voters', () => {
    const election: Election = { budget: 10, projects: [{ id: 'A', cost: 5 }], ballots: [] };
    expect(equalShares(election, { completion: 'add1' })).toMatchObject({ selected: [], cost: 0 });
  });
});
