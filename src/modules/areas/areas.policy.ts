import { definePermissions } from '../../core/auth/access';

export const areaPermissions = definePermissions({
  'areas.read': ['admin', 'analyst', 'host', 'viewer'],
  'areas.write': ['admin'],
});
