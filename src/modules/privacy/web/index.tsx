import { lazy } from 'react';
import { adminGroup, type WebModule } from '../../../web/web-module';

const ThresholdsPage = lazy(() => import('./ThresholdsPage'));

export const webModule: WebModule = {
  pages: [
    {
      path: 'privacy/thresholds',
      permission: 'privacy.read',
      element: <ThresholdsPage />,
      nav: { label: 'privacy:nav', order: 88, group: adminGroup },
    },
  ],
};
