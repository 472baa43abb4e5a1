import { lazy } from 'react';
import { adminGroup, type WebModule } from '../../../web/web-module';

const FieldPage = lazy(() => import('./FieldPage'));
const RoundPage = lazy(() => import('./RoundPage'));
const ActionsPage = lazy(() => import('./ActionsPage'));
const WalksPage = lazy(() => import('./WalksPage'));
const WalkPage = lazy(() => import('./WalkPage'));
const PresencePage = lazy(() => import('./PresencePage'));
const FollowUpPage = lazy(() => import('./FollowUpPage'));
const TemplatesPage = lazy(() => import('./TemplatesPage'));

const group = 'rounds:nav.group';

// The field screens under one heading; the checklists are settings, with the other administration.
export const webModule: WebModule = {
  pages: [
    {
      path: 'rounds/field',
      permission: 'rounds.read',
      element: <FieldPage />,
      nav: { label: 'rounds:nav.field', order: 40, group, permission: 'rounds.write' },
    },
    { path: 'rounds/field/:clientId', permission: 'rounds.read', element: <RoundPage /> },
    {
      path: 'rounds/walks',
      permission: 'rounds.read',
      element: <WalksPage />,
      nav: { label: 'rounds:nav.walks', order: 41, group },
    },
    { path: 'rounds/walks/:id', permission: 'rounds.read', element: <WalkPage /> },
    {
      path: 'rounds/actions',
      permission: 'rounds.read',
      element: <ActionsPage />,
      nav: { label: 'rounds:nav.actions', order: 42, group },
    },
    {
      path: 'rounds/presence',
      permission: 'rounds.read',
      element: <PresencePage />,
      nav: { label: 'rounds:nav.presence', order: 43, group },
    },
    {
      path: 'rounds/follow-up',
      permission: 'rounds.read',
      element: <FollowUpPage />,
      nav: { label: 'rounds:nav.followUp', order: 44, group },
    },
    {
      path: 'rounds/templates',
      permission: 'rounds.manage',
      element: <TemplatesPage />,
      nav: { label: 'rounds:nav.templates', order: 88, group: adminGroup },
    },
  ],
  beforeSignOut: () => import('./offline-sync').then((sync) => sync.sendBeforeSignOut()),
};
