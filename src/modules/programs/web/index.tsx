import { lazy } from 'react';
import { adminGroup, type WebModule } from '../../../web/web-module';

const ProgramsPage = lazy(() => import('./ProgramsPage'));
const ProgramPage = lazy(() => import('./ProgramPage'));
const SettingsPage = lazy(() => import('./SettingsPage'));

export const webModule: WebModule = {
  pages: [
    {
      path: 'programs',
      permission: 'programs.read',
      element: <ProgramsPage />,
      // Under the activities' heading: the two are followed up together.
      nav: { label: 'programs:nav.programs', order: 32, group: 'activities:nav.group' },
    },
    {
      path: 'programs/settings',
      permission: 'programs.settings',
      element: <SettingsPage />,
      nav: { label: 'programs:nav.settings', order: 87, group: adminGroup },
    },
    { path: 'programs/:id', permission: 'programs.read', element: <ProgramPage /> },
  ],
};
