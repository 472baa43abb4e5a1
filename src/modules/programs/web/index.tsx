import { lazy } from 'react';
import type { WebModule } from '../../../web/web-module';

const ProgramsPage = lazy(() => import('./ProgramsPage'));
const ProgramPage = lazy(() => import('./ProgramPage'));

export const webModule: WebModule = {
  routes: [
    { path: 'programs', permission: 'programs.read', element: <ProgramsPage /> },
    { path: 'programs/:id', permission: 'programs.read', element: <ProgramPage /> },
  ],
  nav: [{ to: '/programs', labelKey: 'programs:nav.programs', permission: 'programs.read', order: 32 }],
};
