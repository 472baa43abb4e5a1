import type { GrannskapModule } from '../../core/module';
import { seedBudgetDemo } from './demo';
import en from './i18n/en.json';
import sv from './i18n/sv.json';
import { budgetTurnoutIndicator } from './indicators';
import { participatoryBudgetRoutes } from './participatory-budget.routes';
import { budgetPages } from './public-pages';

export { listBudgets } from './budgets.service';
export * from './counting';
export { exportPabulib, importPabulib } from './pabulib.service';
export { budgetPermissions } from './participatory-budget.policy';

/**
 * The participatory budget (boendebudget) (issue 15): an area's budget of a year, proposals from
 * tenants reviewed by staff, one secret ballot per household by a single-use code (or on paper),
 * counted greedily or by the Method of Equal Shares (counting/), winners as actions of the rounds
 * module, and pabulib files in and out.
 */
export const participatoryBudgetModule: GrannskapModule = {
  name: 'participatory-budget',
  dependsOn: ['areas', 'rounds', 'safety-index'],
  routes: participatoryBudgetRoutes,
  pages: budgetPages,
  indicators: [budgetTurnoutIndicator],
  messages: { sv, en },
  errorCodes: {
    budget_exists: 409,
    budget_method_locked: 409,
    budget_equal_shares_needs_approval: 400,
    budget_phase_order: 400,
    budget_not_open_for_proposals: 409,
    budget_contact_invalid: 400,
    budget_voting_started: 409,
    budget_codes_closed: 409,
    budget_code_unknown: 404,
    budget_code_spent: 409,
    budget_not_voting: 409,
    budget_ballot_invalid: 400,
    budget_over_amount: 422,
    budget_voting_not_over: 409,
    budget_import_amounts: 400,
  },
  seedDemo: seedBudgetDemo,
};
