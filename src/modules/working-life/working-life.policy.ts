import { definePermissions } from '../../core/auth/access';

/**
 * The working-life figures (headcount by gender, work environment) are the organisation's own and
 * public in its annual report: admins, analysts, HR and the board (viewers) read them; HR, who keeps
 * them, and admins enter and import them. Hosts and partners do not see them.
 */
export const workingLifePermissions = definePermissions({
  'working-life.read': ['admin', 'analyst', 'hr', 'viewer'],
  'working-life.write': ['admin', 'hr'],
});
