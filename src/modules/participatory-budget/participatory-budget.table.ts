// The participatory budget (boendebudget): this module's tables (issue 15).
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  customType,
  date,
  index,
  integer,
  pgTable,
  text,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, tenantKeys, timestamps } from '../../core/db/columns';
import { areaIdColumn, householdIdColumn } from '../areas';

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });

/**
 * One area's budget of one year: the amount, how tenants vote and how the votes are counted, and
 * the first day of each phase (proposals → review → voting → result → implementation; the phase of
 * a day follows from these). Method and rule are locked (`locked`) by the first ballot, in the same
 * transaction that stores it, so a change of method is refused by the database write itself.
 */
export const budgets = pgTable(
  'budgets',
  {
    ...tenantKeys(),
    areaId: areaIdColumn().notNull(),
    year: integer('year').notNull(),
    /** Whole kronor. */
    amount: integer('amount').notNull(),
    /** approval: tick any; knapsack: tick projects within the amount. */
    votingMethod: text('voting_method').notNull(),
    /** greedy | equal-shares (Equal Shares only with approval ballots). */
    countingRule: text('counting_rule').notNull(),
    /** none | add1: Equal Shares' completion. */
    completion: text('completion').notNull().default('none'),
    proposalsFrom: date('proposals_from').notNull(),
    reviewFrom: date('review_from').notNull(),
    votingFrom: date('voting_from').notNull(),
    resultFrom: date('result_from').notNull(),
    implementationFrom: date('implementation_from').notNull(),
    /** Set by the first ballot: method and rule can no longer change. */
    locked: boolean('locked').notNull().default(false),
    /** Made from a pabulib file (migration, testing): no codes, no proposals from tenants. */
    imported: boolean('imported').notNull().default(false),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('budgets_org_area_year_unique')
      .on(t.organisationId, t.areaId, t.year)
      .where(sql`not ${t.imported}`),
    check('budgets_amount', sql`${t.amount} > 0`),
    check('budgets_method', sql`${t.votingMethod} in ('approval', 'knapsack')`),
    check('budgets_rule', sql`${t.countingRule} in ('greedy', 'equal-shares')`),
    check('budgets_completion', sql`${t.completion} in ('none', 'add1')`),
    check(
      'budgets_equal_shares_approval',
      sql`${t.countingRule} <> 'equal-shares' or ${t.votingMethod} = 'approval'`,
    ),
    check(
      'budgets_phase_order',
      sql`${t.proposalsFrom} <= ${t.reviewFrom} and ${t.reviewFrom} <= ${t.votingFrom} and ${t.votingFrom} <= ${t.resultFrom} and ${t.resultFrom} <= ${t.implementationFrom}`,
    ),
  ],
);

/**
 * A tenant's (or a paper) proposal and the staff's review of it. The contact address is never
 * shown publicly; title and description are checked for personal data when written.
 */
export const budgetProposals = pgTable(
  'budget_proposals',
  {
    ...tenantKeys(),
    budgetId: uuid('budget_id')
      .notNull()
      .references(() => budgets.id, { onDelete: 'cascade' }),
    /** 1, 2, 3 … within the budget: the project id of the pabulib file and of the ballot page. */
    number: integer('number').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull(),
    /** The proposer's estimate, whole kronor. */
    costEstimate: integer('cost_estimate').notNull(),
    contactEmail: text('contact_email'),
    /** web | paper | imported */
    source: text('source').notNull(),
    submittedOn: date('submitted_on').notNull(),
    /** submitted | feasible | rejected */
    status: text('status').notNull().default('submitted'),
    /** The staff's cost after review; what the ballot and the count use. */
    reviewedCost: integer('reviewed_cost'),
    rejectionReason: text('rejection_reason'),
    reviewedOn: date('reviewed_on'),
    /** The rounds module's action that carries out a winner. */
    actionId: uuid('action_id'),
    ...timestamps(),
  },
  (t) => [
    unique('budget_proposals_budget_number_unique').on(t.budgetId, t.number),
    check('budget_proposals_cost', sql`${t.costEstimate} >= 0 and coalesce(${t.reviewedCost}, 0) >= 0`),
    check('budget_proposals_status', sql`${t.status} in ('submitted', 'feasible', 'rejected')`),
    check(
      'budget_proposals_review',
      sql`(${t.status} <> 'feasible' or ${t.reviewedCost} is not null) and (${t.status} <> 'rejected' or ${t.rejectionReason} is not null)`,
    ),
  ],
);

/**
 * A household's single-use voting code, stored only as its hash. `spent` is all it says once used:
 * no ballot id and no time, so nothing joins it to a ballot.
 */
export const budgetVotingCodes = pgTable(
  'budget_voting_codes',
  {
    ...tenantKeys(),
    budgetId: uuid('budget_id')
      .notNull()
      .references(() => budgets.id, { onDelete: 'cascade' }),
    householdId: householdIdColumn().notNull(),
    codeHash: text('code_hash').notNull(),
    issuedOn: date('issued_on').notNull(),
    spent: boolean('spent').notNull().default(false),
  },
  (t) => [
    unique('budget_voting_codes_hash_unique').on(t.codeHash),
    unique('budget_voting_codes_household_unique').on(t.budgetId, t.householdId),
  ],
);

/** The printable letters of one issue of codes: the only copy of the codes themselves. */
export const budgetCodeLetters = pgTable(
  'budget_code_letters',
  {
    ...tenantKeys(),
    budgetId: uuid('budget_id')
      .notNull()
      .references(() => budgets.id, { onDelete: 'cascade' }),
    letters: integer('letters').notNull(),
    /** Null once blanked (a backup leaves the codes out, as it does the survey's letters). */
    pdf: bytea('pdf'),
    createdAt: createdAt(),
  },
  (t) => [index('budget_code_letters_budget').on(t.budgetId)],
);

/**
 * One ballot: the projects it approves (an empty list is a blank ballot), the day it was cast and
 * how (web | paper | imported). Ballot secrecy: no household, no code, no time finer than the day.
 */
export const budgetBallots = pgTable(
  'budget_ballots',
  {
    ...tenantKeys(),
    budgetId: uuid('budget_id')
      .notNull()
      .references(() => budgets.id, { onDelete: 'cascade' }),
    approved: uuid('approved').array().notNull(),
    castOn: date('cast_on').notNull(),
    source: text('source').notNull(),
  },
  (t) => [
    index('budget_ballots_budget').on(t.budgetId),
    check('budget_ballots_source', sql`${t.source} in ('web', 'paper', 'imported')`),
  ],
);
