import { lazy } from 'react';
import type { WebModule } from '../../../web/web-module';

// Pages load on first visit (the shell wraps routes in <Suspense>).
const OverviewPage = lazy(() => import('./OverviewPage'));
const AreasAdminPage = lazy(() => import('./AreasAdminPage'));

export const webModule: WebModule = {
  routes: [
    { path: 'overview', permission: 'areas.read', element: <OverviewPage /> },
    { path: 'areas', permission: 'areas.write', element: <AreasAdminPage /> },
  ],
  nav: [
    { to: '/overview', labelKey: 'areas:nav.overview', permission: 'areas.read', order: 0 },
    {
      to: '/areas',
      labelKey: 'areas:nav.admin',
      permission: 'areas.write',
      order: 80,
      groupKey: 'common:nav.admin',
    },
  ],
};
