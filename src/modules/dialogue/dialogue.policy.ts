import { definePermissions } from '../../core/auth/access';

/**
 * Dialogues with tenants: hosts (trygghetsvärdar) record them in their own areas, admins and analysts
 * everywhere; viewers read. Making a point an action is the rounds module's right to create actions
 * (admins and hosts), so an analyst records and responds but leaves the action to them.
 */
export const dialoguePermissions = definePermissions({
  /** See dialogues, their points and responses (hosts: their areas). */
  'dialogue.read': ['admin', 'analyst', 'host', 'viewer'],
  /** Record dialogues and their points, write responses (hosts: their areas). */
  'dialogue.write': ['admin', 'analyst', 'host'],
  /** Make a point an action of the rounds module (as rounds.actions). */
  'dialogue.act': ['admin', 'host'],
});
