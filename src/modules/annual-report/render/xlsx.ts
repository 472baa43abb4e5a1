/**
 * The report's appendix as a workbook (exceljs): one row per figure with numbers as numbers — a share
 * as its fraction (0.784) shown as per cent by the cell's format, never a per cent stored as text —
 * the trend years on a second sheet, the GRI index, and a sheet per breakdown table (its shares
 * fractions in the per-cent format too, its counts whole). Headers are in the report's language;
 * text that a spreadsheet would take for a formula is neutralised.
 */
import ExcelJS from 'exceljs';
import type { FigureColumnUnit, FigureTable } from '../../../core/indicators';
import type { ReportIndicator, ReportTrendPoint } from '../../../core/report';
import type { AnnualReportDocument } from '../annual-report.contract';
import { columnUnit, documentHeader, focusAreaText, materialAreaText, sdgText, statusText } from './figures';
import { griRows } from './gri-rows';
import { labelsFor, type ReportLabels, type ReportLanguage } from './labels';

/**
 * Text that Excel or LibreOffice would run as a formula (= + - @, a tab or a return first) gets a
 * leading apostrophe: the rule of core's CSV export (csv-stringify's `escape_formulas`).
 */
export const neutralised = (text: string): string => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

type Cell = string | number | null;

/**
 * The format a published share shows with: whole per cent when it was published to whole points,
 * one decimal otherwise — the cell shows what was published, no more and no less.
 */
function shareFormat(value: number | null): string {
  if (value === null) return '0 %';
  return Number.isInteger(Math.round(value * 1000) / 10) ? '0 %' : '0.0 %';
}

function addSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  header: string[],
  rows: Cell[][],
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(header.map(neutralised)).font = { bold: true };
  for (const row of rows) sheet.addRow(row.map((c) => (typeof c === 'string' ? neutralised(c) : c)));
  sheet.columns.forEach((column, k) => {
    column.width = k === 1 ? 42 : 14;
  });
  return sheet;
}

/** The number format of a breakdown's figure: a share as per cent (see shareFormat), a count whole. */
function breakdownFormat(unit: FigureColumnUnit, value: number): string | undefined {
  if (unit === 'fraction') return shareFormat(value);
  return unit === 'count' ? '0' : undefined;
}

/** Gives the per-cent format to the share columns of the rows of fractions. */
function formatShares(sheet: ExcelJS.Worksheet, units: string[], columns: number[]) {
  units.forEach((unit, r) => {
    if (unit !== 'fraction') return;
    for (const c of columns) {
      const cell = sheet.getRow(r + 2).getCell(c);
      cell.numFmt = shareFormat(typeof cell.value === 'number' ? cell.value : null);
    }
  });
}

function figureRow(i: ReportIndicator, l: ReportLabels, language: ReportLanguage): Cell[] {
  return [
    i.id,
    i.name,
    l.unitName[i.unit] ?? i.unit,
    i.value,
    i.n,
    i.ci_low,
    i.ci_high,
    i.target,
    i.status === null ? null : statusText(i, language),
    i.suppressed ? l.withheld[i.suppressed_reason ?? 'small_group'] : null,
    materialAreaText(i, language),
    focusAreaText(i, language),
    sdgText(i.sdg, language),
  ];
}

const trendRow = (i: ReportIndicator, p: ReportTrendPoint, l: ReportLabels): Cell[] => [
  i.id,
  i.name,
  p.year,
  l.unitName[i.unit] ?? i.unit,
  p.value,
  p.ci_low,
  p.ci_high,
  p.target,
  p.suppressed ? l.notShown : null,
];

/** A sheet name Excel accepts (31 characters, none of : \ / ? * [ ]) that no other sheet has. */
function sheetName(taken: Set<string>, wanted: string): string {
  const base = wanted.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31);
  let name = base;
  for (let k = 2; taken.has(name.toLowerCase()); k++) name = `${base.slice(0, 27)} (${k})`;
  taken.add(name.toLowerCase());
  return name;
}

function breakdownSheet(workbook: ExcelJS.Workbook, name: string, i: ReportIndicator, table: FigureTable) {
  const sheet = addSheet(workbook, name, table.columns, table.rows);
  // Shares stay fractions (0.47) shown as per cent; counts are shown whole.
  table.rows.forEach((row, r) => {
    row.forEach((value, k) => {
      const format = typeof value === 'number' ? breakdownFormat(columnUnit(table, k), value) : undefined;
      if (format) sheet.getRow(r + 2).getCell(k + 1).numFmt = format;
    });
  });
  // The caption above the table would break the one header row a filter needs: it goes in the
  // sheet's header/footer and a note on the first cell instead.
  sheet.headerFooter.oddHeader = neutralised(`${i.name}: ${table.caption}`).replace(/&/g, '&&');
  sheet.getCell('A1').note = neutralised(`${i.name}: ${table.caption}`);
}

/** The workbook's bytes. */
export async function reportXlsx(document: AnnualReportDocument): Promise<Buffer> {
  const language = document.language;
  const l = labelsFor(language);
  const c = l.xlsx.columns;
  const workbook = new ExcelJS.Workbook();
  workbook.title = documentHeader(document).title;
  workbook.creator = 'Grannskap';
  const taken = new Set<string>();
  const figures = addSheet(
    workbook,
    sheetName(taken, `${l.xlsx.figures} ${document.year}`),
    [
      c.id,
      c.name,
      c.unit,
      c.value,
      c.n,
      c.ciLow,
      c.ciHigh,
      c.target,
      c.status,
      c.suppressed,
      c.materialArea,
      c.focusArea,
      c.sdg,
    ],
    document.indicators.map((i) => figureRow(i, l, language)),
  );
  formatShares(
    figures,
    document.indicators.map((i) => i.unit),
    [4, 6, 7, 8],
  );
  figures.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: 13 } };

  const points = document.indicators.flatMap((i) => i.trend.map((p) => ({ i, p })));
  const trend = addSheet(
    workbook,
    sheetName(taken, l.xlsx.trend),
    [c.id, c.name, c.year, c.unit, c.value, c.ciLow, c.ciHigh, c.target, c.suppressed],
    points.map(({ i, p }) => trendRow(i, p, l)),
  );
  formatShares(
    trend,
    points.map(({ i }) => i.unit),
    [5, 6, 7, 8],
  );

  addSheet(
    workbook,
    sheetName(taken, l.xlsx.gri),
    [l.gri.disclosure, l.gri.title, l.gri.indicators],
    griRows(document).map((r) => [r.disclosure, r.title, r.indicators.join(', ')]),
  );
  for (const i of document.indicators) {
    i.breakdowns.forEach((table, k) => {
      breakdownSheet(workbook, sheetName(taken, `${i.id} ${k + 1}`), i, table);
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
