import { lazy } from 'react';
import type { WebModule } from '../../../web/web-module';

// Pages load on first visit (the shell wraps routes in <Suspense>).
const WorkingLifePage = lazy(() => import('./WorkingLifePage'));
const ImportPage = lazy(() => import('./ImportPage'));

export const webModule: WebModule = {
  pages: [
    {
      path: 'working-life',
      permission: 'working-life.read',
      element: <WorkingLifePage />,
      nav: { label: 'working-life:nav', order: 50 },
    },
    { path: 'working-life/import', permission: 'working-life.write', element: <ImportPage /> },
  ],
};
