import { lazy } from 'react';
import type { WebModule } from '../../../web/web-module';

const FrameworkPage = lazy(() => import('./FrameworkPage'));

export const webModule: WebModule = {
  pages: [
    {
      path: 'indicators',
      permission: 'indicators.read',
      element: <FrameworkPage />,
      nav: { label: 'indicators:nav', order: 5 },
    },
  ],
};
