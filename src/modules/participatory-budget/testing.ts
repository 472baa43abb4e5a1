/**
 * This module's part of the test world, for tests outside it, and what its own tests need to set a
 * budget up. Not for production code (the dependency lint rule lets only tests import this file).
 */
import { seedOrganisation, signInDirect } from '../../../test/fixtures';
import type { TestApp } from '../../../test/harness';
import type { TestOrganisation } from '../../../test/test-organisation';
import type { Db } from '../../core/db/client';
import type { AppContext } from '../../core/module';
import { addDays, swedishYear } from '../../shared/time';
import { activeHouseholds } from '../areas';
import { castBallot } from './ballots.service';
import { createBudget } from './budgets.service';
import { issueCodes } from './codes.service';
import type { BudgetInput } from './participatory-budget.contract';
import { budgetVotingCodes } from './participatory-budget.table';
import { addPaperProposal, reviewProposal } from './proposals.service';
import { codeHash, newVotingCode, normaliseCode } from './voting-code';

export { budgetBallots, budgetProposals, budgets, budgetVotingCodes } from './participatory-budget.table';

/** Phases around `today`: proposals and review behind, voting open (5 days in), result in 10 days. */
export function votingOpen(today: string) {
  return {
    proposalsFrom: addDays(today, -30),
    reviewFrom: addDays(today, -20),
    votingFrom: addDays(today, -5),
    resultFrom: addDays(today, 10),
    implementationFrom: addDays(today, 30),
  };
}

/**
 * Gives a household a code the test knows (the real ones exist only in the letters and e-mails):
 * stored as the service stores one, by its hash.
 */
export async function giveCode(
  db: Db,
  organisationId: string,
  budgetId: string,
  householdId: string,
  code: string,
) {
  await db.insert(budgetVotingCodes).values({
    organisationId,
    budgetId,
    householdId,
    codeHash: codeHash(normaliseCode(code)!),
    issuedOn: '2026-01-01',
  });
}

/**
 * The first area's budget of this year with voting open: two paper proposals reviewed feasible,
 * codes issued to every household (one of them a code known here), and one ballot cast with it.
 */
export async function seedTestData(ctx: AppContext, org: TestOrganisation) {
  const admin = org.admin;
  const input: BudgetInput = {
    areaId: org.areas[0].id,
    year: swedishYear(org.now),
    amount: 100_000,
    votingMethod: 'approval',
    countingRule: 'greedy',
    completion: 'none',
    ...votingOpen(org.today),
  };
  const budget = await createBudget(ctx, admin, input, org.now);
  for (const [title, cost] of [
    ['Bänkar vid lekplatsen', 30_000],
    ['Belysning på gångvägen', 60_000],
  ] as const) {
    const proposal = await addPaperProposal(
      ctx,
      admin,
      budget.id,
      { title, description: 'Inlämnat på papper.', costEstimate: cost },
      org.now,
    );
    await reviewProposal(
      ctx,
      admin,
      budget.id,
      proposal.id,
      { status: 'feasible', reviewedCost: cost },
      org.now,
    );
  }
  const [household] = (await activeHouseholds(ctx.db, admin.organisationId)).filter(
    (h) => h.areaId === org.areas[0].id,
  );
  const known = newVotingCode();
  await giveCode(ctx.db, admin.organisationId, budget.id, household.id, known);
  await issueCodes(ctx, admin, budget.id, org.now);
  await castBallot(ctx.db, known, [], 'web', org.now);
}

/** Codes the tests know, one per household in the order of the register (valid Crockford base 32). */
export const code = (n: number) => `TEST-CQDE-0000-${String(n).padStart(4, '0')}`;

/**
 * The budget set-up and the ballot form of the module's integration tests, on a test app (the
 * handle of setUpTestApp, filled in before each test).
 */
export function testVoting(t: TestApp) {
  /**
   * Alfa's first area's budget of 100,000 kr with voting open, three proposals reviewed feasible
   * (1: 30,000, 2: 60,000, 3: 50,000) and a known code for each of the area's 20 households.
   */
  async function votingBudget(options: { votingMethod?: string; countingRule?: string } = {}) {
    const seed = await seedOrganisation(t.db, 'alfa');
    const admin = await signInDirect(t.app, t.db, 'admin@alfa.test');
    const budget = await admin.post('/api/v1/participatory-budget/budgets', {
      areaId: seed.areas[0].id,
      year: 2026,
      amount: 100_000,
      votingMethod: options.votingMethod ?? 'approval',
      countingRule: options.countingRule ?? 'greedy',
      ...votingOpen('2026-12-07'),
    });
    if (budget.statusCode !== 201) throw new Error(budget.body);
    const id = budget.json().id as string;
    const proposals: string[] = [];
    for (const [title, cost] of [
      ['Bänkar', 30_000],
      ['Belysning', 60_000],
      ['Utegym', 50_000],
    ] as const) {
      const res = await admin.post(`/api/v1/participatory-budget/budgets/${id}/proposals`, {
        title,
        description: 'Från papper.',
        costEstimate: cost,
      });
      if (res.statusCode !== 201) throw new Error(res.body);
      const review = await admin.request(
        'PUT',
        `/api/v1/participatory-budget/budgets/${id}/proposals/${res.json().id}/review`,
        {
          status: 'feasible',
          reviewedCost: cost,
        },
      );
      if (review.statusCode !== 200) throw new Error(review.body);
      proposals.push(res.json().id);
    }
    const households = (await activeHouseholds(t.db, seed.organisation.id)).filter(
      (h) => h.areaId === seed.areas[0].id,
    );
    for (const [i, h] of households.entries())
      await giveCode(t.db, seed.organisation.id, id, h.id, code(i + 1));
    return { seed, admin, id, proposals, households };
  }

  /** Posts the ballot form with the numbered projects ticked. */
  function vote(codeText: string, ticked: number[], lang = 'sv') {
    const form = new URLSearchParams({ lang });
    for (const n of ticked) form.set(`project_${n}`, '1');
    return t.app.inject({
      method: 'POST',
      url: `/boendebudget/rosta/${codeText.replace(/-/g, '')}`,
      payload: form.toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
  }
  return { votingBudget, vote };
}
