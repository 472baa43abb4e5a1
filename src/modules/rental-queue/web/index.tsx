import { lazy } from 'react';
import type { WebModule } from '../../../web/web-module';

// Pages load on first visit (the shell wraps routes in <Suspense>).
const RentalQueuePage = lazy(() => import('./RentalQueuePage'));
const ImportPage = lazy(() => import('./ImportPage'));

export const webModule: WebModule = {
  pages: [
    {
      path: 'rental-queue',
      permission: 'rental-queue.share',
      element: <RentalQueuePage />,
      nav: { label: 'rental-queue:nav', order: 36, group: 'activities:nav.group' },
    },
    { path: 'rental-queue/import', permission: 'rental-queue.read', element: <ImportPage /> },
  ],
};
