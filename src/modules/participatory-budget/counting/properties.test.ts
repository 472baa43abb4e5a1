import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Election, Outcome } from './election';
import { equalShares } from './equal-shares';
import { greedy } from './greedy';

/** Small random elections: up to 7 projects (ids 1–7), up to 25 ballots, blank ones included. */
const election: fc.Arbitrary<Election> = fc
  .record({
    costs: fc.array(fc.integer({ min: 1, max: 120 }), { minLength: 1, maxLength: 7 }),
    budget: fc.integer({ min: 0, max: 300 }),
  })
  .chain(({ costs, budget }) => {
    const projects = costs.map((cost, i) => ({ id: String(i + 1), cost }));
    const ballot = fc.subarray(projects.map((p) => p.id)).map((approved) => ({ approved }));
    return fc.record({
      budget: fc.constant(budget),
      projects: fc.constant(projects),
      ballots: fc.array(ballot, { maxLength: 25 }),
    });
  });

const counts: [string, (e: Election) => Outcome][] = [
  ['greedy', greedy],
  ['Equal Shares', (e) => equalShares(e, { completion: 'none' })],
  ['Equal Shares with add1', (e) => equalShares(e, { completion: 'add1' })],
];

/** Projects with votes that are not selected but would fit the money left. */
function fitting(e: Election, outcome: Outcome): string[] {
  const left = e.budget - outcome.cost;
  return e.projects
    .filter((p) => !outcome.selected.includes(p.id) && outcome.votes[p.id] > 0 && p.cost <= left)
    .map((p) => p.id);
}

describe('counting properties', () => {
  it.each(counts)('%s never spends more than the budget, and counts the cost it selects', (_, count) => {
    fc.assert(
      fc.property(election, (e) => {
        const outcome = count(e);
        const cost = e.projects
          .filter((p) => outcome.selected.includes(p.id))
          .reduce((s, p) => s + p.cost, 0);
        expect(outcome.cost).toBe(cost);
        expect(outcome.cost).toBeLessThanOrEqual(e.budget);
        expect(new Set(outcome.selected).size).toBe(outcome.selected.length);
      }),
      { numRuns: 150 },
    );
  });

  it('leaves no project with votes that fits the money left, after greedy and after add1 completion', () => {
    fc.assert(
      fc.property(election, (e) => {
        expect(fitting(e, greedy(e))).toEqual([]);
        expect(fitting(e, equalShares(e, { completion: 'add1' }))).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('makes Equal Shares supporters pay each project’s cost, no voter more than their share', () => {
    fc.assert(
      fc.property(election, (e) => {
        const outcome = equalShares(e, { completion: 'none' });
        const share = e.ballots.length > 0 ? e.budget / e.ballots.length : 0;
        for (const payment of outcome.payments ?? []) {
          const paid = payment.shares.reduce((s, x) => s + x.amount * x.voters, 0);
          expect(Math.abs(paid - payment.total)).toBeLessThanOrEqual(0.01 * payment.supporters);
          expect(payment.shares.reduce((s, x) => s + x.voters, 0)).toBe(payment.supporters);
          expect(payment.perSupporter).toBeLessThanOrEqual(share + 0.005);
        }
      }),
      { numRuns: 150 },
    );
  });

  it.each(counts)('%s does not depend on the order of ballots or projects', (_, count) => {
    const shuffled = election.chain((e) =>
      fc.record({
        e: fc.constant(e),
        ballots: fc.shuffledSubarray(e.ballots, { minLength: e.ballots.length }),
        projects: fc.shuffledSubarray(e.projects, { minLength: e.projects.length }),
      }),
    );
    fc.assert(
      fc.property(shuffled, ({ e, ballots, projects }) => {
        expect(count({ ...e, ballots, projects })).toEqual(count(e));
      }),
      { numRuns: 100 },
    );
  });
});
