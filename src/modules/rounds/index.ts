import { systemActor } from '../../core/auth/access';
import type { GrannskapModule } from '../../core/module';
import { roundsAreaProfile } from './area-profile';
import { seedRoundsDemo } from './demo';
import { overdueDigestJob } from './digest.job';
import en from './i18n/en.json';
import sv from './i18n/sv.json';
import { roundsIndicatorLinks } from './indicator-links';
import { roundIndicators } from './indicators';
import { roundPages } from './pages';
import { roundRoutes } from './rounds.routes';
import { ensureDefaultTemplates } from './templates.service';

export { createAction, updateAction } from './actions.service';
export type { PresenceWeek } from './follow-up';
export { type LinkedAction, linkedActions } from './linked-actions';
export { presenceHoursPerWeek } from './presence.service';
export { type PublicDone, type PublicWalk, publicWalkFollowUp } from './public-follow-up';
export type { ActionInput } from './rounds.contract';
export { roundPermissions } from './rounds.policy';
export { type ActionStatus, actionStatuses } from './vocabulary';

export const roundsModule: GrannskapModule = {
  name: 'rounds',
  dependsOn: ['areas'],
  routes: roundRoutes,
  pages: roundPages,
  jobs: [overdueDigestJob],
  indicators: roundIndicators,
  areaProfile: roundsAreaProfile,
  indicatorLinks: roundsIndicatorLinks,
  messages: { sv, en },
  errorCodes: {
    action_exists: 409,
    manager_invalid: 400,
    owner_invalid: 400,
    reason_required: 400,
    repeat_invalid: 400,
    repeat_taken: 409,
    template_changed: 409,
    template_invalid: 400,
    template_key_taken: 409,
  },
  organisationCreated: ({ db }, organisationId) => ensureDefaultTemplates(db, systemActor(organisationId)),
  seedDemo: seedRoundsDemo,
};
