import { lazy } from 'react';
import type { WebModule } from '../../../web/web-module';

// Pages load on first visit (the shell wraps routes in <Suspense>).
const SocialValuePage = lazy(() => import('./SocialValuePage'));
const ImportPage = lazy(() => import('./ImportPage'));

export const webModule: WebModule = {
  pages: [
    {
      path: 'social-value',
      permission: 'social-value.read',
      element: <SocialValuePage />,
      // Beside the programmes, whose outcomes it values.
      nav: { label: 'social-value:nav', order: 33, group: 'activities:nav.group' },
    },
    { path: 'social-value/import', permission: 'social-value.write', element: <ImportPage /> },
  ],
};
