import { definePermissions } from '../../core/auth/access';

export const userPermissions = definePermissions({
  'users.manage': ['admin'],
  'outbox.read': ['admin'],
});
