import { lazy } from 'react';
import type { WebModule } from '../../../web/web-module';

const UsersPage = lazy(() => import('./UsersPage'));
const OutboxPage = lazy(() => import('./OutboxPage'));

export const webModule: WebModule = {
  routes: [
    { path: 'users', permission: 'users.manage', element: <UsersPage /> },
    { path: 'outbox', permission: 'outbox.read', element: <OutboxPage /> },
  ],
  nav: [
    {
      to: '/users',
      labelKey: 'users:nav.users',
      permission: 'users.manage',
      order: 85,
      groupKey: 'common:nav.admin',
    },
    {
      to: '/outbox',
      labelKey: 'users:nav.outbox',
      permission: 'outbox.read',
      order: 95,
      groupKey: 'common:nav.admin',
    },
  ],
};
