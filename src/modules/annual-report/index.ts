import type { GrannskapModule } from '../../core/module';
import { annualReportRoutes } from './annual-report.routes';
import { seedAnnualReportDemo } from './demo';
import en from './i18n/en.json';
import sv from './i18n/sv.json';

export { annualReportPermissions } from './annual-report.policy';
export { annualReportDocument, reportFileName } from './annual-report.service';
export { renderReport } from './render/report';

/** The annual sustainability report: its text blocks, preview and documents (PDF, HTML, XLSX, JSON). */
export const annualReportModule: GrannskapModule = {
  name: 'annual-report',
  dependsOn: ['goals', 'indicators'],
  routes: annualReportRoutes,
  messages: { sv, en },
  errorCodes: {
    report_year: 400,
    report_material_area: 400,
    report_language: 400,
    report_text_too_long: 400,
    report_text_changed: 409,
  },
  seedDemo: seedAnnualReportDemo,
};
