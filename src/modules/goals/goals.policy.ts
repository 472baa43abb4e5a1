import { definePermissions } from '../../core/auth/access';

/**
 * Every staff role reads the goals and their status (hosts: organisation-wide goals and those of
 * their own areas); analysts and admins set, change, delete and import them.
 */
export const goalPermissions = definePermissions({
  'goals.read': ['admin', 'analyst', 'hr', 'host', 'viewer'],
  'goals.write': ['admin', 'analyst'],
});
