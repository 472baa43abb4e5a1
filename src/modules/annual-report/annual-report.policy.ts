import { definePermissions } from '../../core/auth/access';

/**
 * Admins and analysts write the report's texts; the board (viewers) read, preview and download it
 * too. Hosts and partners do not: the report is the organisation's, not an area's or a partner's.
 */
export const annualReportPermissions = definePermissions({
  'report.read': ['admin', 'analyst', 'hr', 'viewer'],
  'report.write': ['admin', 'analyst'],
});
