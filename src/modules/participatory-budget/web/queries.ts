import { apiQuery } from '../../../web/hooks/apiQuery';
import type { Budget, BudgetResult, CodeSummary, Proposal } from '../participatory-budget.contract';

export type {
  Budget,
  BudgetInput,
  BudgetPatch,
  BudgetResult,
  CodeSummary,
  Phase,
  Proposal,
  ProposalInput,
  ReviewInput,
} from '../participatory-budget.contract';
export { completions, countingRules, phases, votingMethods } from '../participatory-budget.contract';

/** One GET, cached under ['participatory-budget', ...key]: invalidating the root refetches them all. */
const fetched = apiQuery('participatory-budget');
const base = '/participatory-budget/budgets';

export const budgetQueries = {
  all: () => ['participatory-budget'] as const,
  list: () => fetched<Budget[]>(base, 'list'),
  detail: (id: string) => fetched<Budget>(`${base}/${id}`, 'detail', id),
  proposals: (id: string) => fetched<Proposal[]>(`${base}/${id}/proposals`, 'proposals', id),
  codes: (id: string) => fetched<CodeSummary>(`${base}/${id}/codes`, 'codes', id),
  result: (id: string) => fetched<BudgetResult>(`${base}/${id}/result`, 'result', id),
};

/** The API path of a budget (for downloads and writes). */
export const budgetPath = (id: string) => `${base}/${id}`;
