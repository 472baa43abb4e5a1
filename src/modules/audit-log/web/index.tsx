import { lazy } from 'react';
import type { WebModule } from '../../../web/web-module';

const AuditLogPage = lazy(() => import('./AuditLogPage'));

export const webModule: WebModule = {
  routes: [{ path: 'audit', permission: 'audit.read', element: <AuditLogPage /> }],
  nav: [
    {
      to: '/audit',
      labelKey: 'audit-log:nav',
      permission: 'audit.read',
      order: 90,
      groupKey: 'common:nav.admin',
    },
  ],
};
