import type { GrannskapModule } from '../../core/module';
import { seedRentalQueueDemo } from './demo';
import { ensureDefaultExceptionCodes } from './exception-codes';
import en from './i18n/en.json';
import sv from './i18n/sv.json';
import { lettingsInQueueOrderShare } from './indicators';
import { lettingsImport } from './lettings.import';
import { rentalQueueRoutes } from './rental-queue.routes';

export type { ExceptionCodeRow, QueueAudit, QueueOrderShare } from './rental-queue.contract';
export { rentalQueuePermissions } from './rental-queue.policy';

/** The fair rental queue audit (issue 16): did each letting go to the applicant first in the queue? */
export const rentalQueueModule: GrannskapModule = {
  name: 'rental-queue',
  dependsOn: ['areas'],
  routes: rentalQueueRoutes,
  importKinds: [lettingsImport],
  indicators: [lettingsInQueueOrderShare],
  messages: { sv, en },
  errorCodes: { rental_queue_tenant_not_offered: 422 },
  organisationCreated: ({ db }, organisationId) => ensureDefaultExceptionCodes(db, organisationId),
  seedDemo: seedRentalQueueDemo,
};
