import type { GrannskapModule } from '../../core/module';
import { seedPaySurveyDemo } from './demo';
import en from './i18n/en.json';
import sv from './i18n/sv.json';
import { payIndicators } from './pay-survey.indicators';
import { payRoutes } from './pay-survey.routes';
import { salariesImport } from './salaries.import';

export { payPermissions } from './pay-survey.policy';

/**
 * The yearly pay survey (lönekartläggning) and the EU pay-transparency metrics: HR's salary file
 * imported, equal work and work of equal value, the metrics a–g with their 5 % flags, the adjusted
 * gap, HR's findings and action plan (docs/pay-survey.md). Salary data is HR's and admins' only;
 * everyone else sees the published indicators.
 */
export const paySurveyModule: GrannskapModule = {
  name: 'pay-survey',
  dependsOn: [],
  routes: payRoutes,
  importKinds: [salariesImport],
  indicators: payIndicators,
  messages: { sv, en },
  errorCodes: {
    pay_finding_explanation_required: 400,
    pay_finding_unknown_category: 400,
  },
  seedDemo: seedPaySurveyDemo,
};
