import type { GrannskapModule } from '../../core/module';
import { situationAreaProfile } from './area-profile';
import { ensureDefaults } from './config.service';
import { seedSituationDemo, situationDemoUsers } from './demo';
import en from './i18n/en.json';
import sv from './i18n/sv.json';
import { incidentsImport } from './incidents.import';
import { situationIndicatorLinks } from './indicator-links';
import { incidentsPer1000Indicator, weeksReportedIndicator } from './indicators';
import { retentionJob } from './retention.job';
import { situationRoutes } from './situation.routes';

// loadCategories, pointInGeometry and fileReport: for the feedback module's EST reports.
export { loadCategories } from './config.service';
export { pointInGeometry } from './grid';
export { weeksReported } from './indicators';
export { fileReport } from './reports.service';
export { safetyIndexForAreas } from './safety-index-hook';
export { situationPermissions } from './situation.policy';

export const situationModule: GrannskapModule = {
  name: 'situation',
  dependsOn: ['areas', 'rounds', 'safety-index', 'users'],
  routes: situationRoutes,
  importKinds: [incidentsImport],
  jobs: [retentionJob],
  indicators: [incidentsPer1000Indicator, weeksReportedIndicator],
  areaProfile: situationAreaProfile,
  indicatorLinks: situationIndicatorLinks,
  messages: { sv, en },
  errorCodes: {
    future_date: 400,
    future_week: 400,
    not_compiled: 409,
    partner_unknown: 403,
    point_outside_area: 422,
    reporting_closed: 409,
    source_not_allowed: 403,
    unreviewed_reports: 409,
    viewer_cannot_coordinate: 400,
  },
  organisationCreated: ({ db }, organisationId) => ensureDefaults(db, organisationId),
  demoUsers: situationDemoUsers,
  seedDemo: seedSituationDemo,
};
