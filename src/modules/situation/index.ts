import type { GrannskapModule } from '../../core/module';
import { situationAreaProfile } from './area-profile';
import { seedSituationDemo } from './demo';
import en from './i18n/en.json';
import sv from './i18n/sv.json';
import { incidentsImport } from './incidents.import';
import { incidentsPer1000Indicator, weeksReportedIndicator } from './indicators';
import { retentionJob } from './retention.job';
import { situationRoutes } from './situation.routes';

export { situationDemoUsers } from './demo';
export { weeksReported } from './indicators';
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
  messages: { sv, en },
  seedDemo: seedSituationDemo,
};
