import type { GrannskapModule } from '../../core/module';
import { demoUsers, seedUsersDemo } from './demo';
import en from './i18n/en.json';
import sv from './i18n/sv.json';
import { outboxRetentionJob } from './outbox-retention.job';
import { userRoutes } from './users.routes';

export { demoPassword } from './demo';
export { userPermissions } from './users.policy';
export { createUser } from './users.service';

export const usersModule: GrannskapModule = {
  name: 'users',
  dependsOn: ['areas'],
  routes: userRoutes,
  jobs: [outboxRetentionJob],
  messages: { sv, en },
  errorCodes: { last_admin: 409, user_active: 409, user_disabled: 409 },
  demoUsers,
  seedDemo: seedUsersDemo,
};
