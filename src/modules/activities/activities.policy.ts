import { definePermissions } from '../../core/auth/access';

export const activityPermissions = definePermissions({
  'activities.read': ['admin', 'analyst', 'host', 'viewer'],
  /** Hosts register activities, sessions and events in their own areas. */
  'activities.write': ['admin', 'analyst', 'host'],
  'activities.import': ['admin', 'analyst'],
});
