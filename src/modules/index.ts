import type { GrannskapModule } from '../core/module';
import { areasModule } from './areas';
import { auditLogModule } from './audit-log';
import { usersModule } from './users';

/** Every feature module, in the order their demo data is loaded. */
export const modules: GrannskapModule[] = [areasModule, usersModule, auditLogModule];
