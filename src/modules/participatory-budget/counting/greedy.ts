import { approvalCounts, checkedBallots, costOf, type Election, type Outcome, tieOrder } from './election';
import { scaledToIntegers } from './money';

/**
 * Greedy by votes within the budget: projects in order of votes (ties: lower cost, then project
 * id, see tieOrder); a project that does not fit the money left is skipped and the next tried.
 */
export function greedy(election: Election): Outcome {
  const votes = approvalCounts(election.projects, checkedBallots(election));
  const selected = greedyFill(election, votes, []);
  return { selected, cost: costOf(election.projects, selected), budget: election.budget, votes };
}

/**
 * Adds projects to `already` in greedy order while they fit the budget; also Equal Shares'
 * completion. A project no ballot approves is never selected: nobody asked for it.
 */
export function greedyFill(election: Election, votes: Record<string, number>, already: string[]): string[] {
  const { values } = scaledToIntegers([election.budget, ...election.projects.map((p) => p.cost)]);
  const budget = values[0];
  const cost = new Map(election.projects.map((p, i) => [p.id, values[i + 1]]));
  const chosen = new Set(already);
  let spent = already.reduce((sum, id) => sum + (cost.get(id) ?? 0n), 0n);
  const selected = [...already];
  for (const project of [...election.projects].sort(tieOrder(votes))) {
    const price = cost.get(project.id)!;
    if (chosen.has(project.id) || votes[project.id] === 0 || spent + price > budget) continue;
    spent += price;
    chosen.add(project.id);
    selected.push(project.id);
  }
  return selected;
}
