import { lazy } from 'react';
import { adminGroup, type WebModule } from '../../../web/web-module';

const AuditLogPage = lazy(() => import('./AuditLogPage'));

export const webModule: WebModule = {
  pages: [
    {
      path: 'audit',
      permission: 'audit.read',
      element: <AuditLogPage />,
      nav: { label: 'audit-log:nav', order: 90, group: adminGroup },
    },
  ],
};
