import type { GrannskapModule } from '../../core/module';
import { programsAreaProfile } from './area-profile';
import { seedProgramsDemo } from './demo';
import en from './i18n/en.json';
import sv from './i18n/sv.json';
import { programsIndicatorLinks } from './indicator-links';
import { jobOutcomeRateIndicator, programSatisfiedShareIndicator } from './indicators';
import { participantsImport } from './participants.import';
import { programRoutes } from './programs.routes';
import { retentionJob } from './retention.job';

export { applyRetention } from './erasure.service';
export { type ProgrammeTables, programmeTables } from './programme-tables';
export { programPermissions } from './programs.policy';
export { exitedIn, type Outcome, outcomes } from './rba';

export const programsModule: GrannskapModule = {
  name: 'programs',
  dependsOn: ['activities', 'areas'],
  routes: programRoutes,
  importKinds: [participantsImport],
  jobs: [retentionJob],
  indicators: [jobOutcomeRateIndicator, programSatisfiedShareIndicator],
  messages: { sv, en },
  areaProfile: programsAreaProfile,
  indicatorLinks: programsIndicatorLinks,
  seedDemo: seedProgramsDemo,
};
