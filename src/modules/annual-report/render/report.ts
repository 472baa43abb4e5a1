/** The annual report's documents, each in the document's language (`document.language`). */
import type { AnnualReportDocument, ReportFormat } from '../annual-report.contract';
import { reportHtml } from './html';
import { reportJson } from './json';
import { reportPdf } from './pdf';
import { reportXlsx } from './xlsx';

/** The report as a file of the format: text for JSON and HTML, bytes for PDF and XLSX. */
export async function renderReport(
  document: AnnualReportDocument,
  format: ReportFormat,
): Promise<string | Buffer> {
  if (format === 'json') return reportJson(document);
  if (format === 'html') return reportHtml(document);
  if (format === 'xlsx') return reportXlsx(document);
  return reportPdf(document);
}
