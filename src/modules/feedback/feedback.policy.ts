import { definePermissions } from '../../core/auth/access';

/**
 * Tenants' feedback is read by the company's staff (hosts in their own areas); admins, analysts
 * and hosts triage it (an action, an EST report or an answer). Partners never see it: a tenant
 * wrote to the housing company, not to the police.
 */
export const feedbackPermissions = definePermissions({
  'feedback.read': ['admin', 'analyst', 'host', 'viewer'],
  'feedback.triage': ['admin', 'analyst', 'host'],
});
