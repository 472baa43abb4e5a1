import { lazy } from 'react';
import type { WebModule } from '../../../web/web-module';

// Pages load on first visit (the shell wraps routes in <Suspense>).
const DialoguesPage = lazy(() => import('./DialoguesPage'));
const DialoguePage = lazy(() => import('./DialoguePage'));

// A group of its own, "Dialog med hyresgäster": the participatory budget and tenant feedback may join it.
export const webModule: WebModule = {
  pages: [
    {
      path: 'dialogues',
      permission: 'dialogue.read',
      element: <DialoguesPage />,
      nav: { label: 'dialogue:nav.dialogues', order: 36, group: 'dialogue:nav.group' },
    },
    { path: 'dialogues/:id', permission: 'dialogue.read', element: <DialoguePage /> },
  ],
};
