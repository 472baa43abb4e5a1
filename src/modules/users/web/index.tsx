import { lazy } from 'react';
import { adminGroup, type WebModule } from '../../../web/web-module';

const UsersPage = lazy(() => import('./UsersPage'));
const OutboxPage = lazy(() => import('./OutboxPage'));

export const webModule: WebModule = {
  pages: [
    {
      path: 'users',
      permission: 'users.manage',
      element: <UsersPage />,
      nav: { label: 'users:nav.users', order: 85, group: adminGroup },
    },
    {
      path: 'outbox',
      permission: 'outbox.read',
      element: <OutboxPage />,
      nav: { label: 'users:nav.outbox', order: 95, group: adminGroup },
    },
  ],
};
