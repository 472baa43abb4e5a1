import { definePermissions } from '../../core/auth/access';

export const roundPermissions = definePermissions({
  /** See rounds, walks, findings, actions, presence and follow-up (hosts: their areas). */
  'rounds.read': ['admin', 'analyst', 'host', 'viewer'],
  /** Walk rounds and safety walks, record findings and presence shifts (hosts: their areas). */
  'rounds.write': ['admin', 'host'],
  /** Create and follow up actions. */
  'rounds.actions': ['admin', 'host'],
  /** Edit checklist templates and name area managers. */
  'rounds.manage': ['admin'],
});
