import { lazy } from 'react';
import type { WebModule } from '../../../web/web-module';

const ThresholdsPage = lazy(() => import('./ThresholdsPage'));

export const webModule: WebModule = {
  routes: [{ path: 'privacy/thresholds', permission: 'privacy.read', element: <ThresholdsPage /> }],
  nav: [
    {
      to: '/privacy/thresholds',
      labelKey: 'privacy:nav',
      permission: 'privacy.read',
      order: 88,
      groupKey: 'common:nav.admin',
    },
  ],
};
