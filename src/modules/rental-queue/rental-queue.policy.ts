import { definePermissions } from '../../core/auth/access';

/**
 * The queue audit is the organisation's own check of its lettings: admins and analysts import the
 * rental system's file and read the audit (lettings out of order, by listing); viewers (the board)
 * read the published share. Admins keep the exception codes. Hosts, HR and partners see none of it.
 */
export const rentalQueuePermissions = definePermissions({
  'rental-queue.read': ['admin', 'analyst'],
  'rental-queue.share': ['admin', 'analyst', 'viewer'],
  'rental-queue.exceptions': ['admin'],
});
