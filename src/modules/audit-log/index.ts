import type { GrannskapModule } from '../../core/module';
import { auditLogRoutes } from './audit-log.routes';
import en from './i18n/en.json';
import sv from './i18n/sv.json';

export { auditPermissions } from './audit-log.service';

export const auditLogModule: GrannskapModule = {
  name: 'audit-log',
  dependsOn: [],
  routes: auditLogRoutes,
  messages: { sv, en },
};
