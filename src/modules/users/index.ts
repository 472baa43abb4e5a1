import type { GrannskapModule } from '../../core/module';
import { seedUsersDemo } from './demo';
import { userRoutes } from './users.routes';

export { demoPassword, demoUsers } from './demo';
export { userPermissions } from './users.policy';
export { createUser } from './users.service';

export const usersModule: GrannskapModule = { name: 'users', routes: userRoutes, seedDemo: seedUsersDemo };
