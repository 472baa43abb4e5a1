import type { GrannskapModule } from '../../core/module';
import { seedSocialValueDemo } from './demo';
import en from './i18n/en.json';
import sv from './i18n/sv.json';
import { socialValueIndicator } from './indicator';
import { valuationsImport } from './social-value.import';
import { socialValueRoutes } from './social-value.routes';

export type { ResultLine, SocialValueResult, Valuation, ValuationInput } from './social-value.contract';
export { socialValuePermissions } from './social-value.policy';
export { listValuations, socialValue } from './social-value.service';

/**
 * Social value, optional per organisation: the organisation's own valuation table (outcome, value
 * per person and year, deadweight, attribution, duration, drop-off, source) multiplied with the
 * programmes' outcomes of a year, each line with its assumptions and published as a participant
 * count. No third-party values are shipped.
 */
export const socialValueModule: GrannskapModule = {
  name: 'social-value',
  dependsOn: ['programs'],
  routes: socialValueRoutes,
  importKinds: [valuationsImport],
  indicators: [socialValueIndicator],
  messages: { sv, en },
  errorCodes: {
    social_value_unknown_program: 400,
    social_value_duplicate: 409,
  },
  seedDemo: seedSocialValueDemo,
};
