import type { GrannskapModule } from '../../core/module';
import { userRoutes } from './users.routes';

export { userPermissions } from './users.policy';
export { createUser } from './users.service';

export const usersModule: GrannskapModule = { name: 'users', routes: userRoutes };
