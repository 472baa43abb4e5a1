import type { GrannskapModule } from '../../core/module';
import { activityPages, activityRoutes } from './activities.routes';
import { activitiesAreaProfile } from './area-profile';
import { seedActivitiesDemo } from './demo';
import en from './i18n/en.json';
import sv from './i18n/sv.json';
import { activitiesIndicatorLinks } from './indicator-links';
import { activityParticipantsIndicator, activitySessionsIndicator } from './indicators';
import { sessionsImport } from './sessions.import';

export { activityPermissions } from './activities.policy';
export { activityFollowUp } from './follow-up.service';

export const activitiesModule: GrannskapModule = {
  name: 'activities',
  dependsOn: ['areas'],
  routes: activityRoutes,
  pages: activityPages,
  importKinds: [sessionsImport],
  indicators: [activitySessionsIndicator, activityParticipantsIndicator],
  messages: { sv, en },
  areaProfile: activitiesAreaProfile,
  indicatorLinks: activitiesIndicatorLinks,
  seedDemo: seedActivitiesDemo,
};
