import type { GrannskapModule } from '../../core/module';
import en from './i18n/en.json';
import sv from './i18n/sv.json';

/** Tenant feedback (kundsynpunkter) (issue 15). */
export const feedbackModule: GrannskapModule = {
  name: 'feedback',
  dependsOn: ['areas', 'rounds'],
  messages: { sv, en },
};
