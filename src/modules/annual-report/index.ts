import type { GrannskapModule } from '../../core/module';
import en from './i18n/en.json';
import sv from './i18n/sv.json';

export { renderReport } from './render/report';

/** The annual sustainability report: its text blocks, preview and documents (PDF, HTML, XLSX, JSON). */
export const annualReportModule: GrannskapModule = {
  name: 'annual-report',
  dependsOn: ['goals', 'indicators'],
  messages: { sv, en },
};
