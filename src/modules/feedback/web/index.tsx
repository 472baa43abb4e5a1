import { lazy } from 'react';
import type { WebModule } from '../../../web/web-module';

const FeedbackPage = lazy(() => import('./FeedbackPage'));
const FeedbackDetailPage = lazy(() => import('./FeedbackDetailPage'));

export const webModule: WebModule = {
  pages: [
    {
      path: 'feedback',
      permission: 'feedback.read',
      element: <FeedbackPage />,
      // Beside the rounds' actions, which a report may become.
      nav: { label: 'feedback:nav', order: 45, group: 'rounds:nav.group' },
    },
    { path: 'feedback/:id', permission: 'feedback.read', element: <FeedbackDetailPage /> },
  ],
};
