/**
 * Counting a budget: its feasible proposals and stored ballots as an election for the counting
 * library (counting/), counted by the budget's rule; the result as the pages show it; and the
 * winners turned into actions of the rounds module, whose status the public page follows.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import { recordAudit } from '../../core/audit';
import type { Actor } from '../../core/auth/access';
import type { Db } from '../../core/db/client';
import { AppError } from '../../core/errors';
import type { ServiceContext } from '../../core/module';
import { swedishToday } from '../../shared/time';
import { createAction, linkedActions } from '../rounds';
import { ballotProjects } from './ballots.service';
import { budgetFor } from './budgets.service';
import { type Election, equalShares, greedy, type Outcome } from './counting';
import type { BudgetResult } from './participatory-budget.contract';
import { budgetPermissions as p } from './participatory-budget.policy';
import {
  budgetBallots,
  budgetProposals,
  type budgets,
  budgetVotingCodes,
} from './participatory-budget.table';
import { phaseOn, votingOver } from './phases';
import { publishedTurnout } from './turnout';

type BudgetRow = typeof budgets.$inferSelect;

/** The budget as an election: feasible proposals (by id) at their reviewed cost, and every ballot. */
export async function electionOf(db: Db, budget: BudgetRow): Promise<Election> {
  const projects = await ballotProjects(db, budget.id);
  const ballots = await db
    .select({ approved: budgetBallots.approved })
    .from(budgetBallots)
    .where(eq(budgetBallots.budgetId, budget.id));
  return {
    budget: budget.amount,
    projects: projects.map((p) => ({ id: p.id, cost: p.cost, name: p.title })),
    ballots: ballots.map((b) => ({ approved: b.approved })),
  };
}

/** The election counted by the budget's rule. */
export function countElection(budget: BudgetRow, election: Election): Outcome {
  return budget.countingRule === 'equal-shares'
    ? equalShares(election, { completion: budget.completion as 'none' | 'add1' })
    : greedy(election);
}

/** The counted result with the winners' actions, for staff and (after the voting) the public page. */
export async function resultOf(db: Db, budget: BudgetRow, now: Date): Promise<BudgetResult> {
  const election = await electionOf(db, budget);
  const outcome = countElection(budget, election);
  const projects = await ballotProjects(db, budget.id);
  const actionIds = await db
    .select({ id: budgetProposals.id, actionId: budgetProposals.actionId })
    .from(budgetProposals)
    .where(eq(budgetProposals.budgetId, budget.id));
  const actionOf = new Map(actionIds.map((r) => [r.id, r.actionId]));
  const actions = await linkedActions(
    db,
    budget.organisationId,
    actionIds.flatMap((r) => (r.actionId ? [r.actionId] : [])),
  );
  const rank = new Map(outcome.selected.map((id, i) => [id, i]));
  const payments = new Map((outcome.payments ?? []).map((pay) => [pay.projectId, pay.shares]));
  const ordered = [...projects].sort(
    (a, b) =>
      (rank.get(a.id) ?? Number.POSITIVE_INFINITY) - (rank.get(b.id) ?? Number.POSITIVE_INFINITY) ||
      outcome.votes[b.id] - outcome.votes[a.id] ||
      a.number - b.number,
  );
  const turnout = budget.imported ? null : await turnoutOf(db, budget);
  return {
    budgetId: budget.id,
    ballots: election.ballots.length,
    invited: turnout?.invited ?? null,
    turnout: turnout?.value ?? null,
    amount: budget.amount,
    cost: outcome.cost,
    countingRule: budget.countingRule as BudgetResult['countingRule'],
    completion: budget.completion as BudgetResult['completion'],
    projects: ordered.map((project) => {
      const actionId = actionOf.get(project.id) ?? null;
      return {
        proposalId: project.id,
        number: project.number,
        title: project.title,
        cost: project.cost,
        votes: outcome.votes[project.id] ?? 0,
        selected: rank.has(project.id),
        payments: payments.get(project.id) ?? null,
        actionId,
        actionStatus: actionId ? (actions.get(actionId)?.status ?? null) : null,
      };
    }),
    final: votingOver(phaseOn(budget, swedishToday(now))),
  };
}

/** The budget's turnout as published (the area's cell of the year's protected table). */
async function turnoutOf(db: Db, budget: BudgetRow) {
  const [{ invited }] = await db
    .select({ invited: sql<number>`count(*)::int` })
    .from(budgetVotingCodes)
    .where(eq(budgetVotingCodes.budgetId, budget.id));
  const published = (await publishedTurnout(db, budget.organisationId, budget.year)).of(budget.areaId);
  return { invited, value: published.value };
}

/** The result for staff: live while the voting goes on. */
export async function budgetResult({ db }: ServiceContext, actor: Actor, budgetId: string, now: Date) {
  const { row } = await budgetFor(db, actor, budgetId, p['participatory-budget.read']);
  return resultOf(db, row, now);
}

/**
 * Creates an action of the rounds module for every winner that has none, once the voting is over,
 * and keeps its id on the proposal. Returns how many were created.
 */
export async function createWinnerActions(
  ctx: ServiceContext,
  actor: Actor,
  budgetId: string,
  now: Date,
): Promise<{ created: number }> {
  const { db, requestId } = ctx;
  const { row: budget } = await budgetFor(db, actor, budgetId, p['participatory-budget.review']);
  if (!votingOver(phaseOn(budget, swedishToday(now)))) throw new AppError('budget_voting_not_over');
  const outcome = countElection(budget, await electionOf(db, budget));
  if (outcome.selected.length === 0) return { created: 0 };
  const winners = await db
    .select()
    .from(budgetProposals)
    .where(and(eq(budgetProposals.budgetId, budget.id), inArray(budgetProposals.id, outcome.selected)));
  let created = 0;
  for (const winner of winners.filter((w) => !w.actionId)) {
    const action = await createAction(
      ctx,
      actor,
      {
        areaId: budget.areaId,
        title: `Boendebudget ${budget.year}: ${winner.title}`,
        publicText: `${winner.title} (boendebudgeten ${budget.year})`,
      },
      now,
    );
    await db.transaction(async (tx) => {
      await tx
        .update(budgetProposals)
        .set({ actionId: action.id, updatedAt: sql`now()` })
        .where(eq(budgetProposals.id, winner.id));
      await recordAudit(tx, { actor, entity: 'budget_proposal', requestId }, 'link_action', winner.id, {
        after: { actionId: action.id },
      });
    });
    created += 1;
  }
  return { created };
}
