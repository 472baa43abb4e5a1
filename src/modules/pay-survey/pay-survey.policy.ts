import { definePermissions } from '../../core/auth/access';

/**
 * Salary data is HR's (and admins'): the survey, the salary rows, the findings and the action plan.
 * Analysts and the board see only the published indicators, through the framework and the report.
 */
export const payPermissions = definePermissions({
  'pay-survey.read': ['admin', 'hr'],
  'pay-survey.write': ['admin', 'hr'],
});
