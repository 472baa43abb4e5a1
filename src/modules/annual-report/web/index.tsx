import { lazy } from 'react';
import type { WebModule } from '../../../web/web-module';

const AnnualReportPage = lazy(() => import('./AnnualReportPage'));

export const webModule: WebModule = {
  pages: [
    {
      path: 'annual-report',
      permission: 'report.read',
      element: <AnnualReportPage />,
      nav: { label: 'annual-report:nav', order: 7 },
    },
  ],
};
