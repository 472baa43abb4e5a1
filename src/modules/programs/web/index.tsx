import { lazy } from 'react';
import type { WebModule } from '../../../web/web-module';

const ProgramsPage = lazy(() => import('./ProgramsPage'));
const ProgramPage = lazy(() => import('./ProgramPage'));
const SettingsPage = lazy(() => import('./SettingsPage'));

export const webModule: WebModule = {
  routes: [
    { path: 'programs', permission: 'programs.read', element: <ProgramsPage /> },
    { path: 'programs/settings', permission: 'programs.settings', element: <SettingsPage /> },
    { path: 'programs/:id', permission: 'programs.read', element: <ProgramPage /> },
  ],
  nav: [
    // Under the activities' heading: the two are followed up together.
    {
      to: '/programs',
      labelKey: 'programs:nav.programs',
      permission: 'programs.read',
      order: 32,
      groupKey: 'activities:nav.group',
    },
    {
      to: '/programs/settings',
      labelKey: 'programs:nav.settings',
      permission: 'programs.settings',
      order: 87,
      groupKey: 'common:nav.admin',
    },
  ],
};
