import { lazy } from 'react';
import type { WebModule } from '../../../web/web-module';

// Pages load on first visit (the shell wraps routes in <Suspense>).
const DashboardPage = lazy(() => import('./DashboardPage'));
const AdminPage = lazy(() => import('./AdminPage'));

const group = 'safety-index:nav.group';

export const webModule: WebModule = {
  pages: [
    {
      path: 'safety-index',
      permission: 'safety-index.read',
      element: <DashboardPage />,
      nav: { label: 'safety-index:nav.dashboard', order: 10, group },
    },
    {
      path: 'safety-index/survey',
      permission: 'safety-index.read',
      element: <AdminPage />,
      nav: { label: 'safety-index:nav.admin', order: 11, group, permission: 'safety-index.import' },
    },
  ],
};
