import { lazy } from 'react';
import { adminGroup, type WebModule } from '../../../web/web-module';

// Pages load on first visit (the shell wraps routes in <Suspense>).
const PicturePage = lazy(() => import('./PicturePage'));
const ReportPage = lazy(() => import('./ReportPage'));
const ReviewPage = lazy(() => import('./ReviewPage'));
const AnalysisPage = lazy(() => import('./AnalysisPage'));
const SettingsPage = lazy(() => import('./SettingsPage'));

const group = 'situation:nav.group';

// The weekly cycle under one heading; the EST settings with the other administration.
export const webModule: WebModule = {
  pages: [
    {
      path: 'situation',
      permission: 'situation.read',
      element: <PicturePage />,
      nav: { label: 'situation:nav.picture', order: 20, group, exact: true },
    },
    {
      path: 'situation/report',
      permission: 'situation.report',
      element: <ReportPage />,
      nav: { label: 'situation:nav.report', order: 21, group },
    },
    {
      path: 'situation/review',
      // Coordinators listed by user (not by role) hold only situation.read; the page checks.
      permission: 'situation.read',
      element: <ReviewPage />,
      nav: { label: 'situation:nav.review', order: 22, group, permission: 'situation.coordinate' },
    },
    {
      path: 'situation/analysis',
      permission: 'situation.read',
      element: <AnalysisPage />,
      nav: { label: 'situation:nav.analysis', order: 23, group },
    },
    {
      path: 'situation/settings',
      permission: 'situation.configure',
      element: <SettingsPage />,
      nav: { label: 'situation:nav.settings', order: 86, group: adminGroup },
    },
  ],
};
