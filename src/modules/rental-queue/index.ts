import type { GrannskapModule } from '../../core/module';
import en from './i18n/en.json';
import sv from './i18n/sv.json';

/** The fair rental queue audit (issue 16): did each letting go to the applicant first in the queue? */
export const rentalQueueModule: GrannskapModule = {
  name: 'rental-queue',
  dependsOn: ['areas'],
  messages: { sv, en },
};
