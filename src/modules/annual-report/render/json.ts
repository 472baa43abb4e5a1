/**
 * The report as JSON: the document as it is, in the contract's shape (docs/annual-report.md,
 * docs/annual-report.schema.json) — fractions 0–1, status codes `met`, `not met`, `too close to
 * call` or null — whatever the report's language; only names, definitions and captions are in it.
 */
import type { AnnualReportDocument } from '../annual-report.contract';

export const reportJson = (document: AnnualReportDocument): string =>
  `${JSON.stringify(document, null, 2)}\n`;
