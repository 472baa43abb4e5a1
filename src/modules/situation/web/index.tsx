import { lazy } from 'react';
import type { WebModule } from '../../../web/web-module';

// Pages load on first visit (the shell wraps routes in <Suspense>).
const PicturePage = lazy(() => import('./PicturePage'));
const ReportPage = lazy(() => import('./ReportPage'));
const ReviewPage = lazy(() => import('./ReviewPage'));
const AnalysisPage = lazy(() => import('./AnalysisPage'));
const SettingsPage = lazy(() => import('./SettingsPage'));

const group = 'situation:nav.group';

export const webModule: WebModule = {
  routes: [
    { path: 'situation', permission: 'situation.read', element: <PicturePage /> },
    { path: 'situation/report', permission: 'situation.report', element: <ReportPage /> },
    // Coordinators listed by user (not by role) hold only situation.read; the page checks.
    { path: 'situation/review', permission: 'situation.read', element: <ReviewPage /> },
    { path: 'situation/analysis', permission: 'situation.read', element: <AnalysisPage /> },
    { path: 'situation/settings', permission: 'situation.configure', element: <SettingsPage /> },
  ],
  // The weekly cycle under one heading; the EST settings with the other administration.
  nav: [
    {
      to: '/situation',
      labelKey: 'situation:nav.picture',
      permission: 'situation.read',
      order: 20,
      groupKey: group,
      exact: true,
    },
    {
      to: '/situation/report',
      labelKey: 'situation:nav.report',
      permission: 'situation.report',
      order: 21,
      groupKey: group,
    },
    {
      to: '/situation/review',
      labelKey: 'situation:nav.review',
      permission: 'situation.coordinate',
      order: 22,
      groupKey: group,
    },
    {
      to: '/situation/analysis',
      labelKey: 'situation:nav.analysis',
      permission: 'situation.read',
      order: 23,
      groupKey: group,
    },
    {
      to: '/situation/settings',
      labelKey: 'situation:nav.settings',
      permission: 'situation.configure',
      order: 86,
      groupKey: 'common:nav.admin',
    },
  ],
};
