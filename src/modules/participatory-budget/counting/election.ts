import { AppError } from '../../../core/errors';
import { countingMessages } from './messages';

countingMessages();

/** A project on the ballot: its id as the file or the budget has it, and what it costs. */
export type BudgetProject = { id: string; cost: number; name?: string };

/**
 * One ballot: the projects it approves. An approval ballot and a knapsack ballot (projects chosen
 * within the budget) are both a set of project ids; a blank ballot is `[]`.
 */
export type Ballot = { approved: string[] };

export type Election = { budget: number; projects: BudgetProject[]; ballots: Ballot[] };

/**
 * What a selected project's supporters paid under Equal Shares. Supporters who could afford the
 * equal share paid `perSupporter` (the largest share); a supporter with less money left paid all
 * they had, so `shares` lists each amount with how many voters paid it (largest first), and
 * `total` is the project's cost. Amounts are in the election's currency, rounded to a cent.
 */
export type Payment = {
  projectId: string;
  supporters: number;
  perSupporter: number;
  total: number;
  shares: { amount: number; voters: number }[];
};

export type Outcome = {
  /** The selected project ids, in the order the method selected them. */
  selected: string[];
  /** The selected projects' total cost. */
  cost: number;
  budget: number;
  /** Every project's approvals (blank ballots count for none). */
  votes: Record<string, number>;
  /** Equal Shares only: what each selected project's supporters paid (greedy completion adds none). */
  payments?: Payment[];
};

const integer = /^-?\d+$/;

/**
 * Project ids in their natural order: numerically when both are integers (pabulib ids usually
 * are: "9" before "10"), otherwise by UTF-16 code units, so the order never depends on a locale.
 */
export function compareProjectIds(a: string, b: string): number {
  if (integer.test(a) && integer.test(b)) {
    const [x, y] = [BigInt(a), BigInt(b)];
    if (x !== y) return x < y ? -1 : 1;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The order ties are broken in: more votes first, then lower cost, then the project id. */
export function tieOrder(votes: Record<string, number>): (a: BudgetProject, b: BudgetProject) => number {
  return (a, b) => votes[b.id] - votes[a.id] || a.cost - b.cost || compareProjectIds(a.id, b.id);
}

/**
 * Checks the election (unique project ids, costs and budget finite and not negative, ballots
 * naming only its projects) and returns each ballot as a set, a project named twice counted once.
 */
export function checkedBallots(election: Election): Set<string>[] {
  const ids = new Set<string>();
  if (!Number.isFinite(election.budget) || election.budget < 0)
    throw new AppError('validation', { value: election.budget }, 400, 'budget-count:errors.budget');
  for (const p of election.projects) {
    if (ids.has(p.id))
      throw new AppError('validation', { project: p.id }, 400, 'budget-count:errors.duplicate_project');
    if (!Number.isFinite(p.cost) || p.cost < 0)
      throw new AppError('validation', { project: p.id, value: p.cost }, 400, 'budget-count:errors.cost');
    ids.add(p.id);
  }
  return election.ballots.map((ballot) => {
    for (const id of ballot.approved)
      if (!ids.has(id))
        throw new AppError('validation', { project: id }, 400, 'budget-count:errors.unknown_project');
    return new Set(ballot.approved);
  });
}

/** Each project's approvals. */
export function approvalCounts(projects: BudgetProject[], ballots: Set<string>[]): Record<string, number> {
  const votes: Record<string, number> = Object.fromEntries(projects.map((p) => [p.id, 0]));
  for (const ballot of ballots) for (const id of ballot) votes[id] += 1;
  return votes;
}

/** The total cost of the given projects. */
export function costOf(projects: BudgetProject[], ids: Iterable<string>): number {
  const cost = new Map(projects.map((p) => [p.id, p.cost]));
  let total = 0;
  for (const id of ids) total += cost.get(id) ?? 0;
  return total;
}
