import type { GrannskapModule } from '../../core/module';
import { auditLogRoutes } from './audit-log.routes';

export { auditPermissions } from './audit-log.service';

export const auditLogModule: GrannskapModule = { name: 'audit-log', routes: auditLogRoutes };
