import { lazy } from 'react';
import type { WebModule } from '../../../web/web-module';

// How other modules' pages link a figure to how it was computed: `/indicators/<id>/trace?year=<Y>`.
export { traceHref } from './queries';

const FrameworkPage = lazy(() => import('./FrameworkPage'));
const TracePage = lazy(() => import('./TracePage'));

export const webModule: WebModule = {
  pages: [
    {
      path: 'indicators',
      permission: 'indicators.read',
      element: <FrameworkPage />,
      nav: { label: 'indicators:nav', order: 5 },
    },
    { path: 'indicators/:id/trace', permission: 'indicators.read', element: <TracePage /> },
  ],
};
