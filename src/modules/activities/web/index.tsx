import { lazy } from 'react';
import type { WebModule } from '../../../web/web-module';

const ActivitiesPage = lazy(() => import('./ActivitiesPage'));
const ActivityPage = lazy(() => import('./ActivityPage'));
const LogSessionPage = lazy(() => import('./LogSessionPage'));

export const webModule: WebModule = {
  routes: [
    { path: 'activities', permission: 'activities.read', element: <ActivitiesPage /> },
    { path: 'activities/log', permission: 'activities.write', element: <LogSessionPage /> },
    { path: 'activities/:id', permission: 'activities.read', element: <ActivityPage /> },
  ],
  nav: [
    {
      to: '/activities',
      labelKey: 'activities:nav.activities',
      permission: 'activities.read',
      order: 30,
      groupKey: 'activities:nav.group',
    },
    {
      to: '/activities/log',
      labelKey: 'activities:nav.log',
      permission: 'activities.write',
      order: 31,
      groupKey: 'activities:nav.group',
    },
  ],
};
