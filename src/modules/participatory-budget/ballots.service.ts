/**
 * Casting a ballot with a household's code, on the web or from a paper slip typed by staff.
 *
 * Ballot secrecy: the ballot row holds the budget, the projects ticked, the day and how it was cast;
 * the code row only turns `spent`. Nothing stores which code (or household) cast which ballot, nor a
 * time finer than the day, and the audit log says only that a ballot was cast in the budget.
 *
 * One ballot per code: the code is spent by a conditional update (`where not spent`) in the
 * ballot's own transaction, so of two submits at once exactly one finds it unspent. The same
 * transaction locks the budget's method and rule (budgets.service.ts refuses changes after it).
 */
import { and, eq } from 'drizzle-orm';
import { writeAudit } from '../../core/audit';
import { type Actor, systemActor } from '../../core/auth/access';
import type { Db } from '../../core/db/client';
import { AppError } from '../../core/errors';
import type { ServiceContext } from '../../core/module';
import { swedishToday } from '../../shared/time';
import { budgetFor } from './budgets.service';
import { budgetPermissions as p } from './participatory-budget.policy';
import { budgetBallots, budgetProposals, budgets, budgetVotingCodes } from './participatory-budget.table';
import { phaseOn } from './phases';
import { codeHash, normaliseCode } from './voting-code';

type BudgetRow = typeof budgets.$inferSelect;

/** What became of a ballot; only `saved` stored one. */
export type CastOutcome =
  | { outcome: 'saved' }
  | { outcome: 'unknown' | 'spent' | 'closed' | 'invalid' }
  | { outcome: 'over_budget'; cost: number; amount: number };

/** The budget and code row a typed or linked code belongs to, or null. */
export async function codeOwner(db: Db, rawCode: string) {
  const canonical = normaliseCode(rawCode);
  if (!canonical) return null;
  const [row] = await db
    .select({ code: budgetVotingCodes, budget: budgets })
    .from(budgetVotingCodes)
    .innerJoin(budgets, eq(budgets.id, budgetVotingCodes.budgetId))
    .where(eq(budgetVotingCodes.codeHash, codeHash(canonical)));
  return row ?? null;
}

/** The projects on the ballot: the feasible proposals, with the cost the review set. */
export async function ballotProjects(db: Db, budgetId: string) {
  return db
    .select({
      id: budgetProposals.id,
      number: budgetProposals.number,
      title: budgetProposals.title,
      description: budgetProposals.description,
      cost: budgetProposals.reviewedCost,
    })
    .from(budgetProposals)
    .where(and(eq(budgetProposals.budgetId, budgetId), eq(budgetProposals.status, 'feasible')))
    .orderBy(budgetProposals.number)
    .then((rows) => rows.map((r) => ({ ...r, cost: r.cost ?? 0 })));
}

/** Checks the ticks against the ballot: known projects, and within the amount for a knapsack ballot. */
async function checkChoices(
  db: Db,
  budget: BudgetRow,
  approved: readonly string[],
): Promise<CastOutcome | null> {
  const projects = new Map((await ballotProjects(db, budget.id)).map((p) => [p.id, p]));
  const chosen = [...new Set(approved)];
  if (chosen.some((id) => !projects.has(id))) return { outcome: 'invalid' };
  const cost = chosen.reduce((sum, id) => sum + projects.get(id)!.cost, 0);
  if (budget.votingMethod === 'knapsack' && cost > budget.amount)
    return { outcome: 'over_budget', cost, amount: budget.amount };
  return null;
}

/**
 * Casts a ballot with a code: refused when the code is unknown or spent, outside the voting phase,
 * or when the ticks are not projects of the ballot (or, knapsack, over the amount).
 */
export async function castBallot(
  db: Db,
  rawCode: string,
  approved: readonly string[],
  source: 'web' | 'paper',
  now: Date,
  staff?: { actor: Actor; requestId?: string; budgetId: string },
): Promise<CastOutcome> {
  const owner = await codeOwner(db, rawCode);
  if (!owner || (staff && owner.budget.id !== staff.budgetId)) return { outcome: 'unknown' };
  const { budget, code } = owner;
  if (code.spent) return { outcome: 'spent' };
  const today = swedishToday(now);
  if (phaseOn(budget, today) !== 'voting') return { outcome: 'closed' };
  const refused = await checkChoices(db, budget, approved);
  if (refused) return refused;
  return db.transaction(async (tx) => {
    const [claimed] = await tx
      .update(budgetVotingCodes)
      .set({ spent: true })
      .where(and(eq(budgetVotingCodes.id, code.id), eq(budgetVotingCodes.spent, false)))
      .returning({ id: budgetVotingCodes.id });
    if (!claimed) return { outcome: 'spent' } as const;
    // The first ballot locks method and rule; updated_at is left alone, so it tells no ballot's time.
    await tx
      .update(budgets)
      .set({ locked: true })
      .where(and(eq(budgets.id, budget.id), eq(budgets.locked, false)));
    await tx.insert(budgetBallots).values({
      organisationId: budget.organisationId,
      budgetId: budget.id,
      approved: [...new Set(approved)],
      castOn: today,
      source,
    });
    const actor = staff?.actor ?? systemActor(budget.organisationId, 'tenant');
    // The budget, never the ballot, code or household.
    await writeAudit(
      tx,
      actor,
      { action: source === 'paper' ? 'cast_paper' : 'cast', entity: 'budget_ballot', entityId: budget.id },
      staff?.requestId,
    );
    return { outcome: 'saved' } as const;
  });
}

/** The refusal of a ballot staff typed, as the API's error. */
function refuse(result: Exclude<CastOutcome, { outcome: 'saved' }>): never {
  switch (result.outcome) {
    case 'unknown':
      throw new AppError('budget_code_unknown');
    case 'spent':
      throw new AppError('budget_code_spent');
    case 'closed':
      throw new AppError('budget_not_voting');
    case 'invalid':
      throw new AppError('budget_ballot_invalid');
    case 'over_budget':
      throw new AppError('budget_over_amount', { cost: result.cost, amount: result.amount });
  }
}

/** A paper ballot typed by staff from the slip: spends the household's code written on it. */
export async function enterPaperBallot(
  { db, requestId }: ServiceContext,
  actor: Actor,
  budgetId: string,
  input: { code: string; approved: string[] },
  now: Date,
) {
  await budgetFor(db, actor, budgetId, p['participatory-budget.review']);
  const result = await castBallot(db, input.code, input.approved, 'paper', now, {
    actor,
    requestId,
    budgetId,
  });
  if (result.outcome === 'saved') return;
  refuse(result);
}
