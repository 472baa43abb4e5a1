/**
 * A budget as a pabulib file (https://pabulib.org/format) and back, with the counting library's
 * writer and parser. The export is anonymous by construction: projects are the feasible proposals
 * by number, votes are the stored ballots numbered 1, 2, 3 … in no meaningful order. An import makes
 * a budget marked `imported` with its projects and ballots (migration, testing): no codes, no phases
 * to live through (every phase starts on the import's day, so its result is shown at once).
 */
import { eq } from 'drizzle-orm';
import { recordAudit } from '../../core/audit';
import type { Actor } from '../../core/auth/access';
import { AppError } from '../../core/errors';
import type { ServiceContext } from '../../core/module';
import { swedishToday } from '../../shared/time';
import { areaFor } from '../areas';
import { ballotProjects } from './ballots.service';
import { budgetFor } from './budgets.service';
import { electionFromPabulib, type PabulibFile, parsePabulib, writePabulib } from './counting';
import { budgetPermissions as p } from './participatory-budget.policy';
import { budgetBallots, budgetProposals, budgets } from './participatory-budget.table';
import { countElection, electionOf } from './results.service';

/** The pabulib `rule` of a budget's counting rule. */
const ruleOf = (rule: string, completion: string) =>
  rule === 'greedy' ? 'greedy' : completion === 'add1' ? 'equalshares/add1' : 'equalshares';

/** The budget as a .pb file: META, its feasible proposals as PROJECTS, its ballots as VOTES. */
export async function exportPabulib({ db }: ServiceContext, actor: Actor, budgetId: string) {
  const { row: budget, area } = await budgetFor(db, actor, budgetId, p['participatory-budget.read']);
  const projects = await ballotProjects(db, budget.id);
  const election = await electionOf(db, budget);
  const outcome = countElection(budget, election);
  const numberOf = new Map(projects.map((pr) => [pr.id, String(pr.number)]));
  const selected = new Set(outcome.selected);
  const file: PabulibFile = {
    meta: {
      description: `Boendebudget ${area.name} ${budget.year}`,
      country: 'Sweden',
      unit: area.name,
      instance: String(budget.year),
      num_projects: String(projects.length),
      num_votes: String(election.ballots.length),
      budget: String(budget.amount),
      vote_type: 'approval',
      rule: ruleOf(budget.countingRule, budget.completion),
      date_begin: budget.votingFrom,
      date_end: budget.resultFrom,
      ...(budget.votingMethod === 'knapsack' ? { max_sum_cost: String(budget.amount) } : {}),
    },
    projects: projects.map((pr) => ({
      project_id: String(pr.number),
      cost: String(pr.cost),
      name: pr.title,
      votes: String(outcome.votes[pr.id] ?? 0),
      selected: selected.has(pr.id) ? '1' : '0',
    })),
    votes: election.ballots.map((b, i) => ({
      voter_id: String(i + 1),
      vote: b.approved
        .map((id) => numberOf.get(id)!)
        .sort((x, y) => Number(x) - Number(y))
        .join(','),
    })),
  };
  return {
    name: `boendebudget-${area.code}-${budget.year}`.toLowerCase().replace(/[^a-z0-9-]+/g, '-'),
    text: writePabulib(file),
  };
}

/** Project numbers for the file's project ids: the ids themselves when all are distinct positive integers. */
function numbersOf(ids: string[]): Map<string, number> {
  const numeric = ids.every((id) => /^[1-9]\d{0,8}$/.test(id));
  return new Map(ids.map((id, i) => [id, numeric ? Number(id) : i + 1]));
}

/**
 * A .pb file as an imported budget of an area and year: its projects as feasible proposals (cost as
 * reviewed), its approval votes as ballots. Non-integer costs are refused (budgets are whole kronor).
 */
export async function importPabulib(
  { db, requestId }: ServiceContext,
  actor: Actor,
  input: { areaId: string; year: number; file: string },
  now: Date,
) {
  await areaFor(db, actor, input.areaId, p['participatory-budget.manage']);
  const election = electionFromPabulib(parsePabulib(input.file));
  const whole = (n: number) => Number.isInteger(n) && n >= 0 && n <= 1_000_000_000;
  if (!whole(election.budget) || election.budget === 0 || !election.projects.every((pr) => whole(pr.cost)))
    throw new AppError('budget_import_amounts');
  const today = swedishToday(now);
  const numbers = numbersOf(election.projects.map((pr) => pr.id));
  const budgetId = await db.transaction(async (tx) => {
    const [budget] = await tx
      .insert(budgets)
      .values({
        organisationId: actor.organisationId,
        areaId: input.areaId,
        year: input.year,
        amount: election.budget,
        votingMethod: 'approval',
        countingRule: 'greedy',
        completion: 'none',
        proposalsFrom: today,
        reviewFrom: today,
        votingFrom: today,
        resultFrom: today,
        implementationFrom: today,
        locked: true,
        imported: true,
      })
      .returning();
    const proposals = await tx
      .insert(budgetProposals)
      .values(
        election.projects.map((pr) => ({
          organisationId: actor.organisationId,
          budgetId: budget.id,
          number: numbers.get(pr.id)!,
          title: (pr.name?.trim() || `Projekt ${pr.id}`).slice(0, 300),
          description: '',
          costEstimate: pr.cost,
          source: 'imported',
          submittedOn: today,
          status: 'feasible',
          reviewedCost: pr.cost,
          reviewedOn: today,
        })),
      )
      .returning({ id: budgetProposals.id, number: budgetProposals.number });
    const byNumber = new Map(proposals.map((row) => [row.number, row.id]));
    const idOf = new Map(election.projects.map((pr) => [pr.id, byNumber.get(numbers.get(pr.id)!)!]));
    const ballots = election.ballots.map((b) => ({
      organisationId: actor.organisationId,
      budgetId: budget.id,
      approved: b.approved.map((id) => idOf.get(id)!),
      castOn: today,
      source: 'imported',
    }));
    for (let i = 0; i < ballots.length; i += 2000)
      await tx.insert(budgetBallots).values(ballots.slice(i, i + 2000));
    await recordAudit(tx, { actor, entity: 'budget', requestId }, 'import', budget.id, {
      after: { areaId: input.areaId, year: input.year, projects: proposals.length, ballots: ballots.length },
    });
    return budget.id;
  });
  const [row] = await db.select().from(budgets).where(eq(budgets.id, budgetId));
  return row;
}
