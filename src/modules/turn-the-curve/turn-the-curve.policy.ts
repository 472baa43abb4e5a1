import { definePermissions } from '../../core/auth/access';

/**
 * Every staff role reads an indicator's curve (hosts see only the linked work of their own areas);
 * analysts and admins write the story behind it.
 */
export const curvePermissions = definePermissions({
  'curve.read': ['admin', 'analyst', 'hr', 'host', 'viewer'],
  'curve.write': ['admin', 'analyst'],
});
