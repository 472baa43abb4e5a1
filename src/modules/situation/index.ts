import type { GrannskapModule } from '../../core/module';
import en from './i18n/en.json';
import sv from './i18n/sv.json';
import { situationRoutes } from './situation.routes';

export { findPersonalData, type PersonalDataFinding } from './personal-data';
export { situationPermissions } from './situation.policy';

export const situationModule: GrannskapModule = {
  name: 'situation',
  routes: situationRoutes,
  messages: { sv, en },
};
