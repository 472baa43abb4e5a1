import { lazy } from 'react';
import type { WebModule } from '../../../web/web-module';

const FieldPage = lazy(() => import('./FieldPage'));
const RoundPage = lazy(() => import('./RoundPage'));
const ActionsPage = lazy(() => import('./ActionsPage'));
const WalksPage = lazy(() => import('./WalksPage'));
const WalkPage = lazy(() => import('./WalkPage'));
const PresencePage = lazy(() => import('./PresencePage'));
const FollowUpPage = lazy(() => import('./FollowUpPage'));
const TemplatesPage = lazy(() => import('./TemplatesPage'));

const group = 'rounds:nav.group';

export const webModule: WebModule = {
  routes: [
    { path: 'rounds/field', permission: 'rounds.read', element: <FieldPage /> },
    { path: 'rounds/field/:clientId', permission: 'rounds.read', element: <RoundPage /> },
    { path: 'rounds/actions', permission: 'rounds.read', element: <ActionsPage /> },
    { path: 'rounds/walks', permission: 'rounds.read', element: <WalksPage /> },
    { path: 'rounds/walks/:id', permission: 'rounds.read', element: <WalkPage /> },
    { path: 'rounds/presence', permission: 'rounds.read', element: <PresencePage /> },
    { path: 'rounds/follow-up', permission: 'rounds.read', element: <FollowUpPage /> },
    { path: 'rounds/templates', permission: 'rounds.manage', element: <TemplatesPage /> },
  ],
  beforeSignOut: () => import('./offline-sync').then((sync) => sync.sendBeforeSignOut()),
  // The field screens under one heading; the checklists are settings, with the other administration.
  nav: [
    {
      to: '/rounds/field',
      labelKey: 'rounds:nav.field',
      permission: 'rounds.write',
      order: 40,
      groupKey: group,
    },
    {
      to: '/rounds/walks',
      labelKey: 'rounds:nav.walks',
      permission: 'rounds.read',
      order: 41,
      groupKey: group,
    },
    {
      to: '/rounds/actions',
      labelKey: 'rounds:nav.actions',
      permission: 'rounds.read',
      order: 42,
      groupKey: group,
    },
    {
      to: '/rounds/presence',
      labelKey: 'rounds:nav.presence',
      permission: 'rounds.read',
      order: 43,
      groupKey: group,
    },
    {
      to: '/rounds/follow-up',
      labelKey: 'rounds:nav.followUp',
      permission: 'rounds.read',
      order: 44,
      groupKey: group,
    },
    {
      to: '/rounds/templates',
      labelKey: 'rounds:nav.templates',
      permission: 'rounds.manage',
      order: 88,
      groupKey: 'common:nav.admin',
    },
  ],
};
