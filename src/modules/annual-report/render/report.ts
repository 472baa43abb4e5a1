import ExcelJS from 'exceljs';
import PDFDocument from 'pdfkit';
import type { FigureTable } from '../../../core/indicators';
import type { AnnualReport, ReportIndicator } from '../../../core/report';
import { formatCount, formatNumber, formatPercent } from '../../../shared/format';
import { escapeHtml } from '../../../shared/html';

/** A figure as a reader sees it: fractions as per cent with one decimal, others rounded to one decimal. */
export function shown(value: number | null, unit: string): string {
  return unit === 'fraction' ? formatPercent(value, 'sv') : formatNumber(value, 'sv');
}

function interval(i: ReportIndicator): string {
  return i.ci_low === null || i.ci_high === null
    ? '–'
    : `${shown(i.ci_low, i.unit)}–${shown(i.ci_high, i.unit)}`;
}

/** Why a figure is not shown, as the publication layer says (docs/disclosure.md). */
const withheldText = {
  small_group: 'för få svar',
  protects_another: 'dold för att skydda en annan grupp',
} as const;

const headings = ['Indikator', 'Värde', 'n', '95 % KI', 'Mål', 'Status', 'Globala mål'];

function cells(i: ReportIndicator): string[] {
  const value = i.suppressed ? withheldText[i.suppressed_reason ?? 'small_group'] : shown(i.value, i.unit);
  return [
    i.name,
    value,
    formatCount(i.n, 'sv'),
    interval(i),
    shown(i.target, i.unit),
    i.status ?? '–',
    i.sdg.join(', '),
  ];
}

function cellText(cell: string | number | null): string {
  if (cell === null) return '–';
  return typeof cell === 'number' ? shown(cell, 'count') : cell;
}

function breakdownHtml(indicatorName: string, table: FigureTable): string {
  const head = table.columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('');
  const body = table.rows
    .map(([first, ...rest]) => {
      const cells = rest.map((c) => `<td>${escapeHtml(cellText(c))}</td>`).join('');
      return `<tr><th scope="row">${escapeHtml(cellText(first ?? null))}</th>${cells}</tr>`;
    })
    .join('\n');
  return `<table><caption>${escapeHtml(`${indicatorName}: ${table.caption}`)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

/** The report as a self-contained HTML page. */
export function reportHtml(report: AnnualReport): string {
  const rows = report.indicators
    .map((i) => {
      const [name, ...rest] = cells(i).map(escapeHtml);
      return `<tr><th scope="row">${name}</th>${rest.map((c) => `<td>${c}</td>`).join('')}</tr>`;
    })
    .join('\n');
  const breakdowns = report.indicators
    .flatMap((i) => i.breakdowns.map((table) => breakdownHtml(i.name, table)))
    .join('\n');
  return `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>${escapeHtml(report.organisation)} ${report.year}</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem}table{border-collapse:collapse;margin-bottom:1.5rem}caption{text-align:left;font-weight:bold;padding:.3rem 0}th,td{border:1px solid #999;padding:.3rem .6rem;text-align:left}</style></head>
<body><main><h1>${escapeHtml(report.organisation)} – hållbarhetsindikatorer ${report.year}</h1>
<table><caption>Indikatorer med 95 % konfidensintervall och mål</caption><thead><tr>${headings.map((h) => `<th scope="col">${h}</th>`).join('')}</tr></thead>
<tbody>${rows}</tbody></table>
${breakdowns ? `<h2>Uppdelningar</h2>\n${breakdowns}` : ''}</main></body></html>`;
}

async function reportXlsx(report: AnnualReport): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(`Indikatorer ${report.year}`);
  sheet.addRow(['id', ...headings, 'ci_low', 'ci_high', 'värde (rått)']).font = { bold: true };
  for (const i of report.indicators) sheet.addRow([i.id, ...cells(i), i.ci_low, i.ci_high, i.value]);
  sheet.columns.forEach((c) => {
    c.width = 18;
  });
  // One sheet per breakdown, named after the indicator id (Excel allows 31 characters, no duplicates).
  const names = new Set<string>();
  for (const i of report.indicators) {
    i.breakdowns.forEach((table, k) => {
      let name = `${i.id.slice(0, 27)} ${k + 1}`;
      while (names.has(name)) name = `${name}x`.slice(-31);
      names.add(name);
      const extra = workbook.addWorksheet(name);
      extra.addRow([`${i.name}: ${table.caption}`]).font = { bold: true };
      extra.addRow(table.columns).font = { bold: true };
      for (const row of table.rows) extra.addRow(row);
      extra.columns.forEach((c) => {
        c.width = 20;
      });
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function reportPdf(report: AnnualReport): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 40,
    info: { Title: `${report.organisation} ${report.year}` },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.fontSize(16).text(`${report.organisation} – hållbarhetsindikatorer ${report.year}`);
  doc.moveDown();
  const widths = [240, 80, 50, 130, 70, 100, 80];
  const row = (values: string[], bold = false) => {
    const y = doc.y;
    let x = doc.page.margins.left;
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(9);
    values.forEach((v, k) => {
      doc.text(v, x, y, { width: widths[k] - 6 });
      x += widths[k];
    });
    doc.moveDown(0.6);
    doc.x = doc.page.margins.left;
  };
  row(headings, true);
  for (const i of report.indicators) {
    if (doc.y > doc.page.height - 60) doc.addPage();
    row(cells(i));
  }
  for (const i of report.indicators) {
    for (const table of i.breakdowns) {
      if (doc.y > doc.page.height - 120) doc.addPage();
      doc.moveDown();
      doc.font('Helvetica-Bold').fontSize(11).text(`${i.name}: ${table.caption}`, doc.page.margins.left);
      doc.moveDown(0.3);
      const width = Math.min(160, (doc.page.width - 80) / Math.max(1, table.columns.length));
      const tableRow = (values: string[], bold = false) => {
        const y = doc.y;
        doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(9);
        values.forEach((v, k) => {
          doc.text(v, doc.page.margins.left + k * width, y, { width: width - 6 });
        });
        doc.moveDown(0.5);
        doc.x = doc.page.margins.left;
      };
      tableRow(table.columns, true);
      for (const r of table.rows) {
        if (doc.y > doc.page.height - 60) doc.addPage();
        tableRow(r.map(cellText));
      }
    }
  }
  doc.end();
  return done;
}

export async function renderReport(
  report: AnnualReport,
  format: 'json' | 'html' | 'pdf' | 'xlsx',
): Promise<string | Buffer> {
  if (format === 'json') return `${JSON.stringify(report, null, 2)}\n`;
  if (format === 'html') return reportHtml(report);
  if (format === 'xlsx') return reportXlsx(report);
  return reportPdf(report);
}
