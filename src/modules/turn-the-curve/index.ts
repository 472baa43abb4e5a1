import type { GrannskapModule } from '../../core/module';
import en from './i18n/en.json';
import sv from './i18n/sv.json';

/**
 * "Turn the curve" (Results-Based Accountability) per indicator: the baseline trend, the forecast if
 * nothing changes, the goal, the story behind the curve and the work linked to it from the modules.
 */
export const turnTheCurveModule: GrannskapModule = {
  name: 'turn-the-curve',
  dependsOn: ['goals', 'indicators'],
  messages: { sv, en },
};
