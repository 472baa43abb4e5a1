import { definePermissions } from '../../core/auth/access';

/**
 * The valuation table and the year's result are organisation-wide figures of the programmes: read
 * by admins, analysts and viewers; analysts and admins set, change, delete and import valuations.
 */
export const socialValuePermissions = definePermissions({
  'social-value.read': ['admin', 'analyst', 'viewer'],
  'social-value.write': ['admin', 'analyst'],
});
