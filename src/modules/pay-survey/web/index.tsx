import { lazy } from 'react';
import type { WebModule } from '../../../web/web-module';

// Pages load on first visit (the shell wraps routes in <Suspense>).
const PaySurveyPage = lazy(() => import('./PaySurveyPage'));
const ImportPage = lazy(() => import('./ImportPage'));
const SalariesPage = lazy(() => import('./SalariesPage'));

/** HR's and admins' pages only: the navigation entry and the pages need `pay-survey.read`. */
export const webModule: WebModule = {
  pages: [
    {
      path: 'pay-survey',
      permission: 'pay-survey.read',
      element: <PaySurveyPage />,
      nav: { label: 'pay-survey:nav', order: 7 },
    },
    { path: 'pay-survey/import', permission: 'pay-survey.write', element: <ImportPage /> },
    { path: 'pay-survey/salaries', permission: 'pay-survey.read', element: <SalariesPage /> },
  ],
};
