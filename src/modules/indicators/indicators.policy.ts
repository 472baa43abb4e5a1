import { definePermissions } from '../../core/auth/access';

/**
 * Every staff role reads the framework and how a figure was computed (hosts: their own areas'
 * figures). Partners do not: they reach only the situation picture (test/authorisation.int.test.ts
 * holds every permission granted to a partner to that). Admins and analysts define the
 * organisation's own indicators and enter their values.
 */
export const indicatorPermissions = definePermissions({
  'indicators.read': ['admin', 'analyst', 'hr', 'host', 'viewer'],
  'indicators.manage': ['admin', 'analyst'],
});
