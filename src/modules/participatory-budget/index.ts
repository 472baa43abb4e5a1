import type { GrannskapModule } from '../../core/module';
import en from './i18n/en.json';
import sv from './i18n/sv.json';

/** The participatory budget (boendebudget) (issue 15). */
export const participatoryBudgetModule: GrannskapModule = {
  name: 'participatory-budget',
  dependsOn: ['areas', 'rounds'],
  messages: { sv, en },
};
