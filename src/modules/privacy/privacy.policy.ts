import { definePermissions } from '../../core/auth/access';

/** Admins set the thresholds; analysts read them to explain a hidden figure. */
export const privacyPermissions = definePermissions({
  'privacy.read': ['admin', 'analyst'],
  'privacy.admin': ['admin'],
});
