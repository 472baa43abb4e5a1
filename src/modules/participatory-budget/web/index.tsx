import { lazy } from 'react';
import type { WebModule } from '../../../web/web-module';

// Pages load on first visit (the shell wraps routes in <Suspense>).
const BudgetsPage = lazy(() => import('./BudgetsPage'));
const BudgetPage = lazy(() => import('./BudgetPage'));

export const webModule: WebModule = {
  pages: [
    {
      path: 'participatory-budget',
      permission: 'participatory-budget.read',
      element: <BudgetsPage />,
      // Beside the other work with tenants (activities, programmes, dialogues).
      nav: { label: 'participatory-budget:nav', order: 35, group: 'activities:nav.group' },
    },
    { path: 'participatory-budget/:id', permission: 'participatory-budget.read', element: <BudgetPage /> },
  ],
};
