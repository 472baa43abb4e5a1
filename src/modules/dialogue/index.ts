import type { GrannskapModule } from '../../core/module';
import en from './i18n/en.json';
import sv from './i18n/sv.json';

/** Tenant dialogues (issue 15). */
export const dialogueModule: GrannskapModule = {
  name: 'dialogue',
  dependsOn: ['areas', 'rounds'],
  messages: { sv, en },
};
