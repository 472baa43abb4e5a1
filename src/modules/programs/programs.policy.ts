import { definePermissions } from '../../core/auth/access';

export const programPermissions = definePermissions({
  /** Programs and their aggregated follow-up (no individual rows). */
  'programs.read': ['admin', 'analyst', 'host', 'viewer'],
  'programs.write': ['admin', 'analyst'],
  /** Individual participants (pseudonymised), held to the host's areas. */
  'programs.participants.read': ['admin', 'analyst', 'host'],
  'programs.participants.write': ['admin', 'analyst', 'host'],
  /** Decrypted names and personal numbers, when the organisation stores them. */
  'programs.identity': ['admin'],
  /** Right to erasure; settings (identity storage, retention). */
  'programs.erase': ['admin'],
  'programs.settings': ['admin'],
  'programs.import': ['admin', 'analyst'],
});
