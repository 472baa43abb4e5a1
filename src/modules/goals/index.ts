import type { GrannskapModule } from '../../core/module';
import en from './i18n/en.json';
import sv from './i18n/sv.json';

/** Goals for every module's indicators in one place, with a baseline, status and the turn-the-curve view. */
export const goalsModule: GrannskapModule = {
  name: 'goals',
  dependsOn: ['areas', 'indicators'],
  messages: { sv, en },
};
