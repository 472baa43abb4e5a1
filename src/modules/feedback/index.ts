import type { GrannskapModule } from '../../core/module';
import { feedbackAreaProfile } from './area-profile';
import { seedFeedbackDemo } from './demo';
import { feedbackRoutes } from './feedback.routes';
import en from './i18n/en.json';
import sv from './i18n/sv.json';
import { feedbackIndicators } from './indicators';
import { feedbackPages } from './pages';
import { contactRetentionJob } from './retention.job';

export { feedbackPermissions } from './feedback.policy';

/** Tenant feedback (kundsynpunkter) with Open311 GeoReport v2 (issue 15). */
export const feedbackModule: GrannskapModule = {
  name: 'feedback',
  dependsOn: ['areas', 'rounds', 'situation'],
  routes: feedbackRoutes,
  pages: feedbackPages,
  jobs: [contactRetentionJob],
  indicators: feedbackIndicators,
  areaProfile: feedbackAreaProfile,
  messages: { sv, en },
  errorCodes: { already_triaged: 409 },
  seedDemo: seedFeedbackDemo,
};
