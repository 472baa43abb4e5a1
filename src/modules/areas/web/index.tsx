import { lazy } from 'react';
import { adminGroup, type WebModule } from '../../../web/web-module';

export type { Area, Geometry, PlaceHit, Property } from './queries';
// Other modules' pages list areas through this one query factory, so every list shares one cache entry.
export { areaQueries } from './queries';

// Pages load on first visit (the shell wraps routes in <Suspense>).
const OverviewPage = lazy(() => import('./OverviewPage'));
const AreasAdminPage = lazy(() => import('./AreasAdminPage'));
const AreaProfilePage = lazy(() => import('./AreaProfilePage'));
const DistrictProfilePage = lazy(() => import('./DistrictProfilePage'));

export const webModule: WebModule = {
  pages: [
    {
      path: 'overview',
      permission: 'areas.read',
      element: <OverviewPage />,
      // An area's (/areas/:id) and a district's (/districts/:id) profile are reached from the overview and belong to it.
      nav: { label: 'areas:nav.overview', order: 0, activeUnder: ['/areas/', '/districts/'] },
    },
    {
      path: 'areas',
      permission: 'areas.write',
      element: <AreasAdminPage />,
      nav: { label: 'areas:nav.admin', order: 80, group: adminGroup, exact: true },
    },
    { path: 'areas/:id', permission: 'areas.read', element: <AreaProfilePage /> },
    { path: 'districts/:id', permission: 'areas.read', element: <DistrictProfilePage /> },
  ],
};
