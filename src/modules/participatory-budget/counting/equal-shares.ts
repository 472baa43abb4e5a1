import {
  approvalCounts,
  type BudgetProject,
  checkedBallots,
  costOf,
  type Election,
  type Outcome,
  type Payment,
  tieOrder,
} from './election';
import { greedyFill } from './greedy';
import { scaledToIntegers } from './money';

export type EqualSharesOptions = { completion: 'none' | 'add1' };

/**
 * The Method of Equal Shares for approval ballots with cost utilities (Peters, Pierczyński &
 * Skowron, "Proportional Participatory Budgeting with Additive Utilities", NeurIPS 2021; the
 * reference implementation on equalshares.net, "Implementation" → "Computation"):
 *
 * 1. The budget is divided equally among all voters (blank ballots too: their share stays unspent).
 * 2. A project can be bought if its supporters together still have its cost. Its price is split
 *    as equally as possible: every supporter pays the same amount, or all they have left if that is
 *    less. The project whose largest share is the smallest compared with its cost — the highest
 *    "effective vote count" cost / largest share (= its votes while everyone can pay their part) —
 *    is bought, its supporters pay, and step 2 repeats until no project is affordable.
 *
 * Ties in the effective vote count are broken as greedy breaks them: more votes, then lower cost,
 * then project id (the issue fixes this order; equalshares.net recommends lower cost first, then
 * more votes). Projects costing nothing or approved by nobody are left out, as the reference does.
 *
 * `add1` completion (equalshares.net, "Completion"): while the outcome is not exhaustive (a
 * project with votes still fits the money left), rerun with every voter's starting budget one
 * currency unit higher; keep the last outcome that costs at most the real budget; then fill the
 * rest greedily, so no money is left that would pay for another project with votes.
 *
 * The arithmetic is exact (BigInt): all money is held as integers over one common denominator
 * that grows when a share does not divide evenly. Effective vote counts are therefore compared
 * exactly and a tie is a real tie, broken by the rule above — with floating point, two projects
 * whose counts are equal could differ in the last bit and the tie-break would never be reached.
 */
export function equalShares(election: Election, options: EqualSharesOptions): Outcome {
  const ballots = checkedBallots(election);
  const votes = approvalCounts(election.projects, ballots);
  const count = new MesCount(election, ballots, votes);
  const run = options.completion === 'add1' ? add1Steps(count, votes) : count.run(0n);
  const selected = options.completion === 'add1' ? greedyFill(election, votes, run.selected) : run.selected;
  return {
    selected,
    cost: costOf(election.projects, selected),
    budget: election.budget,
    votes,
    payments: run.payments,
  };
}

/**
 * Equal Shares with the add1 steps but before the greedy fill: what the steps select, and by how
 * many currency units each voter's starting budget was raised.
 */
export function equalSharesAdd1Steps(election: Election): MesRun & { raisedBy: number } {
  const ballots = checkedBallots(election);
  const votes = approvalCounts(election.projects, ballots);
  return add1Steps(new MesCount(election, ballots, votes), votes);
}

type MesRun = { selected: string[]; payments: Payment[] };

function add1Steps(count: MesCount, votes: Record<string, number>): MesRun & { raisedBy: number } {
  let raisedBy = 0n;
  let outcome = count.run(raisedBy);
  while (!count.exhaustive(outcome.selected, votes)) {
    const next = count.run(raisedBy + 1n);
    if (count.costOf(next.selected) > count.budget) break;
    raisedBy += 1n;
    outcome = next;
  }
  return { ...outcome, raisedBy: Number(raisedBy) };
}

/** Voters with the same ballot always hold the same money: they are counted as one group. */
type Group = { voters: bigint; projects: string[] };

const gcd = (a: bigint, b: bigint): bigint => {
  let [x, y] = [a < 0n ? -a : a, b < 0n ? -b : b];
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
};

/** An effective vote count as a fraction, compared by cross-multiplication. */
type Fraction = { num: bigint; den: bigint };
const compare = (a: Fraction, b: Fraction) => {
  const [l, r] = [a.num * b.den, b.num * a.den];
  return l < r ? -1 : l > r ? 1 : 0;
};

/** How a project's cost would be split now: groups[0..start) pay all they have, the rest `rest / den` each. */
type Split = { eff: Fraction; sorted: number[]; start: number; rest: bigint; den: bigint };

/** One election prepared for counting: money scaled to integers, ballots grouped. */
class MesCount {
  readonly budget: bigint;
  private readonly scale: bigint;
  private readonly cost: Map<string, bigint>;
  private readonly groups: Group[];
  private readonly supporters = new Map<string, number[]>();
  private readonly voters: bigint;
  private readonly order: (a: BudgetProject, b: BudgetProject) => number;
  private readonly projects: Map<string, BudgetProject>;

  constructor(
    private readonly election: Election,
    ballots: Set<string>[],
    private readonly votes: Record<string, number>,
  ) {
    const money = scaledToIntegers([election.budget, ...election.projects.map((p) => p.cost)]);
    this.budget = money.values[0];
    this.scale = BigInt(money.scale);
    this.cost = new Map(election.projects.map((p, i) => [p.id, money.values[i + 1]]));
    this.projects = new Map(election.projects.map((p) => [p.id, p]));
    this.order = tieOrder(votes);
    const byBallot = new Map<string, Group>();
    for (const ballot of ballots) {
      const projects = [...ballot].sort();
      const key = JSON.stringify(projects);
      const group = byBallot.get(key) ?? { voters: 0n, projects };
      group.voters += 1n;
      byBallot.set(key, group);
    }
    this.groups = [...byBallot.values()];
    this.groups.forEach((group, g) => {
      for (const id of group.projects) this.supporters.set(id, [...(this.supporters.get(id) ?? []), g]);
    });
    this.voters = BigInt(ballots.length);
  }

  costOf(ids: string[]): bigint {
    return ids.reduce((sum, id) => sum + this.cost.get(id)!, 0n);
  }

  /** Whether no project with votes outside `selected` fits the money the selection leaves. */
  exhaustive(selected: string[], votes: Record<string, number>): boolean {
    const left = this.budget - this.costOf(selected);
    const chosen = new Set(selected);
    return this.election.projects.every(
      (p) => chosen.has(p.id) || votes[p.id] === 0 || this.cost.get(p.id)! > left,
    );
  }

  /** One run of the method, each voter starting with budget / voters + `raisedBy` currency units. */
  run(raisedBy: bigint): MesRun {
    if (this.voters === 0n) return { selected: [], payments: [] };
    // Money is held as numerators over `unit`; at the start unit = voters (times the decimal scale).
    let unit = this.voters;
    const money = this.groups.map(() => this.budget + raisedBy * this.scale * this.voters);
    const previous = new Map<string, Fraction>();
    for (const p of this.election.projects)
      if (this.cost.get(p.id)! > 0n && this.votes[p.id] > 0)
        previous.set(p.id, { num: BigInt(this.votes[p.id]), den: 1n });
    const selected: string[] = [];
    const payments: Payment[] = [];
    for (;;) {
      const best = this.bestProject(previous, money, unit);
      if (!best) break;
      const { id, split } = best;
      // Make the equal share a whole number of units: refine the common denominator if needed.
      const factor = split.den / gcd(split.rest, split.den);
      if (factor !== 1n) {
        unit *= factor;
        for (let g = 0; g < money.length; g++) money[g] *= factor;
        split.rest *= factor;
      }
      const share = split.rest / split.den;
      const paid: { amount: bigint; voters: bigint }[] = [];
      split.sorted.forEach((g, i) => {
        const amount = i < split.start ? money[g] : share;
        money[g] -= amount;
        paid.push({ amount, voters: this.groups[g].voters });
      });
      previous.delete(id);
      selected.push(id);
      payments.push(this.payment(id, paid, share, unit));
    }
    return { selected, payments };
  }

  /** The affordable project with the highest effective vote count, evaluated lazily. */
  private bestProject(previous: Map<string, Fraction>, money: bigint[], unit: bigint) {
    // A project's effective vote count only falls as money is spent: one whose last count is below
    // the best found this round cannot win it, so projects are tried from the highest last count.
    const candidates = [...previous.entries()].sort((a, b) => compare(b[1], a[1]));
    let best: { id: string; split: Split } | undefined;
    for (const [id, last] of candidates) {
      if (best && compare(last, best.split.eff) < 0) break;
      const split = this.split(id, money, unit);
      if (!split) {
        previous.delete(id); // its supporters can no longer afford it, and never will
        continue;
      }
      previous.set(id, split.eff);
      const order = best ? compare(split.eff, best.split.eff) : 1;
      if (order > 0 || (order === 0 && this.order(this.projects.get(id)!, this.projects.get(best!.id)!) < 0))
        best = { id, split };
    }
    return best;
  }

  /** How the project's cost would be split among its supporters now; undefined if they cannot pay it. */
  private split(id: string, money: bigint[], unit: bigint): Split | undefined {
    const groups = this.supporters.get(id) ?? [];
    const price = this.cost.get(id)! * unit;
    let total = 0n;
    for (const g of groups) total += money[g] * this.groups[g].voters;
    if (total < price) return undefined;
    const sorted = [...groups].sort((a, b) => (money[a] < money[b] ? -1 : money[a] > money[b] ? 1 : 0));
    let paid = 0n;
    let den = sorted.reduce((n, g) => n + this.groups[g].voters, 0n);
    for (let i = 0; i < sorted.length; i++) {
      const g = sorted[i];
      const rest = price - paid;
      // Those who cannot pay an equal part of what is left pay all they have.
      if (rest > den * money[g]) {
        paid += money[g] * this.groups[g].voters;
        den -= this.groups[g].voters;
        continue;
      }
      return { eff: { num: price * den, den: rest }, sorted, start: i, rest, den };
    }
    return undefined;
  }

  /** A payment in currency, amounts rounded to a cent (the exact ones decided the count). */
  private payment(
    id: string,
    paid: { amount: bigint; voters: bigint }[],
    share: bigint,
    unit: bigint,
  ): Payment {
    const currency = (amount: bigint) =>
      Number((amount * 100n + (unit * this.scale) / 2n) / (unit * this.scale)) / 100;
    const byAmount = new Map<bigint, bigint>();
    for (const p of paid) byAmount.set(p.amount, (byAmount.get(p.amount) ?? 0n) + p.voters);
    const shares = [...byAmount.entries()]
      .sort((a, b) => (a[0] < b[0] ? 1 : a[0] > b[0] ? -1 : 0))
      .map(([amount, voters]) => ({ amount: currency(amount), voters: Number(voters) }));
    return {
      projectId: id,
      supporters: this.votes[id],
      perSupporter: currency(share),
      total: this.projects.get(id)!.cost,
      shares,
    };
  }
}
