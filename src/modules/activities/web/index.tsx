import { lazy } from 'react';
import type { WebModule } from '../../../web/web-module';

const ActivitiesPage = lazy(() => import('./ActivitiesPage'));
const ActivityPage = lazy(() => import('./ActivityPage'));
const LogSessionPage = lazy(() => import('./LogSessionPage'));

const group = 'activities:nav.group';

export const webModule: WebModule = {
  pages: [
    {
      path: 'activities',
      permission: 'activities.read',
      element: <ActivitiesPage />,
      nav: { label: 'activities:nav.activities', order: 30, group },
    },
    {
      path: 'activities/log',
      permission: 'activities.write',
      element: <LogSessionPage />,
      nav: { label: 'activities:nav.log', order: 31, group },
    },
    { path: 'activities/:id', permission: 'activities.read', element: <ActivityPage /> },
  ],
};
