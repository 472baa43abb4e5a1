import { z } from 'zod';
import { year } from '../../core/http/route-kit';

const isoDate = z.iso.date();
const kronor = z.number().int().min(0).max(1_000_000_000);

export const votingMethods = ['approval', 'knapsack'] as const;
export const countingRules = ['greedy', 'equal-shares'] as const;
export const completions = ['none', 'add1'] as const;
export const phases = ['upcoming', 'proposals', 'review', 'voting', 'result', 'implementation'] as const;
export const proposalStatuses = ['submitted', 'feasible', 'rejected'] as const;
export type VotingMethod = (typeof votingMethods)[number];
export type CountingRule = (typeof countingRules)[number];
export type Phase = (typeof phases)[number];

/** The first day of each phase; each phase lasts until the next one starts. */
export const phaseDates = z.object({
  proposalsFrom: isoDate,
  reviewFrom: isoDate,
  votingFrom: isoDate,
  resultFrom: isoDate,
  implementationFrom: isoDate,
});
export type PhaseDates = z.infer<typeof phaseDates>;

/** How tenants vote and how the votes are counted. */
const rules = {
  /** approval: tick any; knapsack: tick projects within the amount. */
  votingMethod: z.enum(votingMethods),
  /** greedy by votes, or the Method of Equal Shares (approval ballots only). */
  countingRule: z.enum(countingRules),
  /** Equal Shares' completion: none, or add1 (raise every voter's budget step by step, then greedy). */
  completion: z.enum(completions).default('none'),
};

/** `POST /participatory-budget/budgets`: an area's budget of a year. */
export const budgetInput = z.object({
  areaId: z.uuid(),
  year,
  /** Whole kronor. */
  amount: kronor.min(1),
  ...rules,
  ...phaseDates.shape,
});
export type BudgetInput = z.infer<typeof budgetInput>;

/** `PATCH /participatory-budget/budgets/:id`: amount, dates, and method/rule until the first ballot. */
export const budgetPatch = z
  .object({
    amount: kronor.min(1),
    votingMethod: rules.votingMethod,
    countingRule: rules.countingRule,
    completion: z.enum(completions),
    ...phaseDates.shape,
  })
  .partial();
export type BudgetPatch = z.infer<typeof budgetPatch>;

export const budgetSchema = z.object({
  id: z.uuid(),
  areaId: z.uuid(),
  areaName: z.string(),
  areaCode: z.string(),
  year: z.number().int(),
  amount: z.number().int(),
  votingMethod: z.enum(votingMethods),
  countingRule: z.enum(countingRules),
  completion: z.enum(completions),
  ...phaseDates.shape,
  /** The phase today falls in. */
  phase: z.enum(phases),
  /** Method and rule are locked: a ballot has been cast. */
  locked: z.boolean(),
  imported: z.boolean(),
});
export type Budget = z.infer<typeof budgetSchema>;
export const budgetList = z.array(budgetSchema);

/** `POST …/budgets/:id/proposals`: a proposal entered by staff from paper. */
export const proposalInput = z.object({
  title: z.string().trim().min(3).max(120),
  description: z.string().trim().min(1).max(2000),
  /** The proposer's estimate, whole kronor. */
  costEstimate: kronor,
  /** Never shown publicly; empty: none. */
  contactEmail: z.string().trim().max(254).nullish(),
});
export type ProposalInput = z.infer<typeof proposalInput>;

/** `PUT …/proposals/:id/review`: feasible with a cost, or rejected with a reason. */
export const reviewInput = z.discriminatedUnion('status', [
  z.object({ status: z.literal('feasible'), reviewedCost: kronor }),
  z.object({ status: z.literal('rejected'), rejectionReason: z.string().trim().min(3).max(1000) }),
]);
export type ReviewInput = z.infer<typeof reviewInput>;

export const proposalSchema = z.object({
  id: z.uuid(),
  number: z.number().int(),
  title: z.string(),
  description: z.string(),
  costEstimate: z.number().int(),
  /** Staff only (never on the public page). */
  contactEmail: z.string().nullable(),
  source: z.enum(['web', 'paper', 'imported']),
  submittedOn: z.string(),
  status: z.enum(proposalStatuses),
  reviewedCost: z.number().int().nullable(),
  rejectionReason: z.string().nullable(),
  reviewedOn: z.string().nullable(),
  actionId: z.uuid().nullable(),
});
export type Proposal = z.infer<typeof proposalSchema>;
export const proposalList = z.array(proposalSchema);

/** The codes of a budget: households of the area, codes issued and spent, letter batches. */
export const codeSummary = z.object({
  households: z.number().int(),
  issued: z.number().int(),
  spent: z.number().int(),
  /** Households of the area with an e-mail address on file (the survey's register). */
  withEmail: z.number().int(),
  batches: z.array(z.object({ id: z.uuid(), letters: z.number().int(), createdAt: z.string() })),
});
export type CodeSummary = z.infer<typeof codeSummary>;

/** `POST …/budgets/:id/codes`: what an issue of codes made. */
export const codeIssue = z.object({
  issued: z.number().int(),
  emails: z.number().int(),
  batchId: z.uuid().nullable(),
});

/** `POST …/budgets/:id/paper-ballots`: a paper slip, its code typed by staff. */
export const paperBallotInput = z.object({
  code: z.string().trim().min(1).max(40),
  /** Proposal ids ticked; empty: a blank ballot. */
  approved: z.array(z.uuid()).max(200),
});

/** One project of the result. */
export const resultProject = z.object({
  proposalId: z.uuid(),
  number: z.number().int(),
  title: z.string(),
  cost: z.number().int(),
  votes: z.number().int(),
  selected: z.boolean(),
  /** Equal Shares: what the supporters paid (largest first); null for greedy or not selected. */
  payments: z.array(z.object({ amount: z.number(), voters: z.number().int() })).nullable(),
  actionId: z.uuid().nullable(),
  actionStatus: z.string().nullable(),
});

export const budgetResult = z.object({
  budgetId: z.uuid(),
  /** Ballots cast (blank ones included). */
  ballots: z.number().int(),
  /** Households invited (codes issued); null for an imported budget. */
  invited: z.number().int().nullable(),
  /** Ballots / invited as published (null when hidden or without invitations). */
  turnout: z.number().nullable(),
  amount: z.number().int(),
  cost: z.number().int(),
  countingRule: z.enum(countingRules),
  completion: z.enum(completions),
  /** Projects in the order of the result: selected first, in the order the rule selected them. */
  projects: z.array(resultProject),
  /** The voting phase has ended: the result is final (staff see it live before). */
  final: z.boolean(),
});
export type BudgetResult = z.infer<typeof budgetResult>;

/** `POST …/budgets/:id/actions`: actions created for winners without one. */
export const actionsCreated = z.object({ created: z.number().int() });

/** `POST /participatory-budget/import`: a pabulib file as a budget of an area and year. */
export const importInput = z.object({
  areaId: z.uuid(),
  year,
  /** The .pb file's text. */
  file: z.string().min(1).max(20_000_000),
});

export const budgetParams = z.object({ id: z.uuid() });
export const proposalParams = z.object({ id: z.uuid(), proposalId: z.uuid() });
export const batchParams = z.object({ id: z.uuid(), batchId: z.uuid() });
