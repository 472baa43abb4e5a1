import type { AppContext, GrannskapModule } from '../../core/module';
import { seedRoundsDemo } from './demo';
import { overdueDigestJob } from './digest.job';
import en from './i18n/en.json';
import sv from './i18n/sv.json';
import { roundIndicators } from './indicators';
import { roundPages } from './pages';
import { roundRoutes } from './rounds.routes';

export type { PresenceWeek } from './follow-up';
export { presenceHoursPerWeek } from './presence.service';
export { roundPermissions } from './rounds.policy';

// The digest job needs the mailer and public URL, which reach modules only through their hooks.
let started: AppContext | null = null;

export const roundsModule: GrannskapModule = {
  name: 'rounds',
  routes: async (app, ctx) => {
    started = ctx;
    await roundRoutes(app, ctx);
  },
  pages: roundPages,
  jobs: [
    overdueDigestJob(() =>
      started ? { mailer: started.mailer, publicUrl: started.config.publicUrl } : null,
    ),
  ],
  indicators: roundIndicators,
  messages: { sv, en },
  seedDemo: seedRoundsDemo,
};
