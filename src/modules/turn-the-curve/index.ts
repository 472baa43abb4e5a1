import type { GrannskapModule } from '../../core/module';
import { seedTurnTheCurveDemo } from './demo';
import en from './i18n/en.json';
import sv from './i18n/sv.json';
import { turnTheCurveRoutes } from './turn-the-curve.routes';

export { curvePermissions } from './turn-the-curve.policy';

/**
 * "Turn the curve" (Results-Based Accountability) per indicator: the baseline trend, the forecast if
 * nothing changes, the goal, the story behind the curve and the work linked to it from the modules.
 */
export const turnTheCurveModule: GrannskapModule = {
  name: 'turn-the-curve',
  dependsOn: ['goals', 'indicators'],
  routes: turnTheCurveRoutes,
  messages: { sv, en },
  errorCodes: { unknown_indicator: 404, future_year: 400 },
  seedDemo: seedTurnTheCurveDemo,
};
