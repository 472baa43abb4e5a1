import { definePermissions } from '../../core/auth/access';

export const safetyPermissions = definePermissions({
  /** Results, trend, questions, plan (hosts: their own areas). */
  'safety-index.read': ['admin', 'analyst', 'host', 'viewer'],
  /** Free-text comments, masked. */
  'safety-index.comments': ['admin', 'analyst'],
  /** Vendor files of answers. */
  'safety-index.import': ['admin', 'analyst'],
  /** Question set, settings, sampling and the letters (which hold the tokens). */
  'safety-index.admin': ['admin'],
});
