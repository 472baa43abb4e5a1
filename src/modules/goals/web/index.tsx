import { lazy } from 'react';
import type { WebModule } from '../../../web/web-module';

// Pages load on first visit (the shell wraps routes in <Suspense>).
const GoalsPage = lazy(() => import('./GoalsPage'));
const ImportPage = lazy(() => import('./ImportPage'));

export const webModule: WebModule = {
  pages: [
    {
      path: 'goals',
      permission: 'goals.read',
      element: <GoalsPage />,
      nav: { label: 'goals:nav', order: 6 },
    },
    { path: 'goals/import', permission: 'goals.write', element: <ImportPage /> },
  ],
};
