import { lazy } from 'react';
import type { WebModule } from '../../../web/web-module';

// Pages load on first visit (the shell wraps routes in <Suspense>).
const DashboardPage = lazy(() => import('./DashboardPage'));
const AdminPage = lazy(() => import('./AdminPage'));

export const webModule: WebModule = {
  routes: [
    { path: 'safety-index', permission: 'safety-index.read', element: <DashboardPage /> },
    { path: 'safety-index/survey', permission: 'safety-index.read', element: <AdminPage /> },
  ],
  nav: [
    {
      to: '/safety-index',
      labelKey: 'safety-index:nav.dashboard',
      permission: 'safety-index.read',
      order: 10,
      groupKey: 'safety-index:nav.group',
    },
    {
      to: '/safety-index/survey',
      labelKey: 'safety-index:nav.admin',
      permission: 'safety-index.import',
      order: 11,
      groupKey: 'safety-index:nav.group',
    },
  ],
};
