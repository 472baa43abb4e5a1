import type { GrannskapModule } from '../../core/module';
import { safetyIndexAreaProfile } from './area-profile';
import { safetyIndexDemo } from './demo';
import en from './i18n/en.json';
import sv from './i18n/sv.json';
import { safetyIndexIndicator } from './indicator';
import { invitationsJob, remindersJob } from './invitations';
import { safetyIndexRoutes } from './safety-index.routes';
import { createSurveyDefaults } from './settings';
import { surveyEmailsImport } from './survey-emails.import';
import { surveyResponsesImport } from './survey-responses.import';
import { tenantPages } from './tenant-page';

export {
  type AreaSafetyIndex,
  monthRangeOf,
  type SafetyIndexPeriod,
  safetyIndexByArea,
} from './area-index';
export { type SafetyIndexFigure, safetyIndexForYear } from './indicator';
export { invitationEmails } from './invitation-emails';
export { inviteHousehold } from './invitations';
export { safetyPermissions } from './safety-index.policy';

export const safetyIndexModule: GrannskapModule = {
  name: 'safety-index',
  dependsOn: ['areas', 'goals'],
  routes: safetyIndexRoutes,
  pages: tenantPages,
  importKinds: [surveyResponsesImport, surveyEmailsImport],
  jobs: [invitationsJob, remindersJob],
  indicators: [safetyIndexIndicator],
  areaProfile: safetyIndexAreaProfile,
  messages: { sv, en },
  organisationCreated: createSurveyDefaults,
  seedDemo: safetyIndexDemo,
};
