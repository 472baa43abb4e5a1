import { lazy } from 'react';
import type { WebModule } from '../../../web/web-module';

export type { Area, Geometry, Property } from './queries';
// Other modules' pages list areas through this one query factory, so every list shares one cache entry.
export { areaQueries } from './queries';

// Pages load on first visit (the shell wraps routes in <Suspense>).
const OverviewPage = lazy(() => import('./OverviewPage'));
const AreasAdminPage = lazy(() => import('./AreasAdminPage'));
const AreaProfilePage = lazy(() => import('./AreaProfilePage'));

export const webModule: WebModule = {
  routes: [
    { path: 'overview', permission: 'areas.read', element: <OverviewPage /> },
    { path: 'areas', permission: 'areas.write', element: <AreasAdminPage /> },
    { path: 'areas/:id', permission: 'areas.read', element: <AreaProfilePage /> },
  ],
  nav: [
    // An area's profile (/areas/:id) is reached from the overview and belongs to it.
    {
      to: '/overview',
      labelKey: 'areas:nav.overview',
      permission: 'areas.read',
      order: 0,
      activeUnder: ['/areas/'],
    },
    {
      to: '/areas',
      labelKey: 'areas:nav.admin',
      permission: 'areas.write',
      order: 80,
      groupKey: 'common:nav.admin',
      exact: true,
    },
  ],
};
