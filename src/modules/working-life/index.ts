import type { GrannskapModule } from '../../core/module';
import { seedWorkingLifeDemo, workingLifeDemoUsers } from './demo';
import en from './i18n/en.json';
import sv from './i18n/sv.json';
import { workingLifeIndicators } from './indicators';
import { workforceImport } from './workforce.import';
import { workingLifeRoutes } from './working-life.routes';

export type { HeadcountRow, WorkEnvironmentYear } from './working-life.contract';
export { workingLifePermissions } from './working-life.policy';

/**
 * Sustainable working life, its figures HR keeps: headcount by gender of the company, the management
 * team, the board, the managers and the organisation's own bodies (GRI 405-1), and the yearly work
 * environment (sick leave, the 80/20 rule of health promotion, ISO 45001). The pay survey is a
 * module of its own (pay-survey).
 */
export const workingLifeModule: GrannskapModule = {
  name: 'working-life',
  dependsOn: ['goals'],
  routes: workingLifeRoutes,
  importKinds: [workforceImport],
  indicators: workingLifeIndicators,
  messages: { sv, en },
  errorCodes: {
    working_life_unknown_body: 400,
    working_life_certificate_needs_date: 400,
    working_life_date_without_certificate: 400,
    working_life_certificate_expired: 400,
  },
  demoUsers: workingLifeDemoUsers,
  seedDemo: seedWorkingLifeDemo,
};
