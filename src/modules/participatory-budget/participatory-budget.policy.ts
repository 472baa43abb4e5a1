import { definePermissions } from '../../core/auth/access';

/**
 * The participatory budget: everyone who reads the organisation's data sees budgets, proposals and
 * results (hosts: their areas); admins and hosts review proposals, enter paper proposals and
 * ballots and turn winners into actions (hosts: their areas); admins set budgets up, issue voting
 * codes and import pabulib files. Tenants need no account: the public pages and their codes.
 */
export const budgetPermissions = definePermissions({
  'participatory-budget.read': ['admin', 'analyst', 'host', 'viewer'],
  'participatory-budget.review': ['admin', 'host'],
  'participatory-budget.manage': ['admin'],
});
