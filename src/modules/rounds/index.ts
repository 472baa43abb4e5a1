import type { GrannskapModule } from '../../core/module';
import { roundsAreaProfile } from './area-profile';
import { seedRoundsDemo } from './demo';
import { overdueDigestJob } from './digest.job';
import en from './i18n/en.json';
import sv from './i18n/sv.json';
import { roundIndicators } from './indicators';
import { roundPages } from './pages';
import { roundRoutes } from './rounds.routes';

export type { PresenceWeek } from './follow-up';
export { presenceHoursPerWeek } from './presence.service';
export { roundPermissions } from './rounds.policy';

export const roundsModule: GrannskapModule = {
  name: 'rounds',
  dependsOn: ['areas'],
  routes: roundRoutes,
  pages: roundPages,
  jobs: [overdueDigestJob],
  indicators: roundIndicators,
  areaProfile: roundsAreaProfile,
  messages: { sv, en },
  seedDemo: seedRoundsDemo,
};
