import { definePermissions } from '../../core/auth/access';

/**
 * Every staff role reads the framework. Partners do not: they reach only the situation picture
 * (test/authorisation.int.test.ts holds every permission granted to a partner to that).
 */
export const indicatorPermissions = definePermissions({
  'indicators.read': ['admin', 'analyst', 'host', 'viewer'],
});
