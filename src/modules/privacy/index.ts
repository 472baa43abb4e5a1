import type { GrannskapModule } from '../../core/module';
import en from './i18n/en.json';
import sv from './i18n/sv.json';
import { privacyRoutes } from './privacy.routes';

export { privacyPermissions } from './privacy.policy';

/** Data protection settings: the publication layer's thresholds per kind of data. */
export const privacyModule: GrannskapModule = {
  name: 'privacy',
  dependsOn: [],
  routes: privacyRoutes,
  messages: { sv, en },
};
