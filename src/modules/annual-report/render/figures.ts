/**
 * A published figure as the documents print it. The publication layer (core/report.ts
 * `publishIndicator`) has already rounded and suppressed; this only writes the number in the
 * report's language — a share as per cent with the decimals it was published with (0.47 → "47 %",
 * 0.784 → "78,4 %"), other units to at most one decimal — and never rounds further.
 */
import type { FigureColumnUnit, FigureTable, MaterialArea } from '../../../core/indicators';
import { materialAreas } from '../../../core/indicators';
import type { ReportIndicator, ReportTrendPoint } from '../../../core/report';
import { type FigureCellUnit, formatDate, formatFigureCell, noFigure } from '../../../shared/format';
import { sdgGoal } from '../../../shared/sdg';
import { localDate } from '../../../shared/time';
import type { AnnualReportDocument, ReportTextBlock } from '../annual-report.contract';
import { focusAreaName, labelsFor, materialAreaName, type ReportLanguage } from './labels';

/** A number of the unit, without the unit's word: "78,4 %", "12", "3,5". */
export function figureText(value: number | null, unit: string, language: ReportLanguage): string {
  return formatFigureCell(value, unit as FigureCellUnit, language);
}

/** A figure with its unit's word: "12 dagar", "78,4 %". */
export function figureWithUnit(value: number | null, unit: string, language: ReportLanguage): string {
  if (value === null) return noFigure;
  return `${figureText(value, unit, language)}${labelsFor(language).unitSuffix[unit] ?? ''}`;
}

/** "75,7–80,9 %" style bounds, or a dash without an interval. */
export function intervalText(
  point: Pick<ReportTrendPoint, 'ci_low' | 'ci_high'>,
  unit: string,
  language: ReportLanguage,
): string {
  if (point.ci_low === null || point.ci_high === null) return noFigure;
  return `${figureText(point.ci_low, unit, language)}–${figureWithUnit(point.ci_high, unit, language)}`;
}

/** The indicator's own figure, or why it is not shown. */
export function valueText(i: ReportIndicator, language: ReportLanguage): string {
  const l = labelsFor(language);
  if (i.suppressed) return l.withheld[i.suppressed_reason ?? 'small_group'];
  return figureWithUnit(i.value, i.unit, language);
}

export function statusText(i: Pick<ReportIndicator, 'status'>, language: ReportLanguage): string {
  return i.status === null ? noFigure : labelsFor(language).statusWords[i.status];
}

export function targetText(i: Pick<ReportIndicator, 'target' | 'unit'>, language: ReportLanguage): string {
  return i.target === null ? labelsFor(language).noTarget : figureWithUnit(i.target, i.unit, language);
}

/** "11 Hållbara städer och samhällen, 3 Hälsa och välbefinnande". */
export function sdgText(goals: number[], language: ReportLanguage): string {
  return goals.map((g) => `${g} ${sdgGoal(g)?.title[language] ?? ''}`.trim()).join(', ');
}

export function focusAreaText(i: ReportIndicator, language: ReportLanguage): string {
  if (i.focus_area === null) return labelsFor(language).acrossFocusAreas;
  return focusAreaName(i.focus_area, language);
}

/** The material area's name as the report prints it. */
export const materialAreaText = (i: ReportIndicator, language: ReportLanguage): string =>
  materialAreaName(i.material_area as MaterialArea, language);

/**
 * What a breakdown's column holds: as the table says, else (a table without units) the first
 * column names the rows and the others are plain figures.
 */
export const columnUnit = (table: FigureTable, k: number): FigureColumnUnit =>
  table.units?.[k] ?? (k === 0 ? 'text' : 'number');

/** A breakdown's cells as the documents print them: a share as per cent, a count whole, a dash for none. */
export const breakdownCells = (table: FigureTable, language: ReportLanguage): string[][] =>
  table.rows.map((row) => row.map((cell, k) => formatFigureCell(cell, columnUnit(table, k), language)));

/** Which columns of a breakdown are figures (right-aligned): not text, and every cell a number or none. */
export const numericColumns = (table: FigureTable): boolean[] =>
  table.columns.map(
    (_, k) =>
      columnUnit(table, k) !== 'text' &&
      table.rows.every((row) => row[k] === null || typeof row[k] === 'number'),
  );

/** A count as the documents print it ("1 000"), a dash for none. */
export const countText = (n: number | null, language: ReportLanguage): string =>
  formatFigureCell(n, 'count', language);

/** The document's header, the same in every format: its title (organisation and year), subject and date line. */
export function documentHeader(document: AnnualReportDocument) {
  const l = labelsFor(document.language);
  return {
    title: `${document.organisation} – ${l.title(document.year)}`,
    subject: l.title(document.year),
    generatedAt: l.generatedAt(dayText(document.generated_at, document.language)),
  };
}

/** An ISO instant as the Swedish calendar day it fell on, written out: "30 november 2025". */
export function dayText(instant: string, language: ReportLanguage): string {
  return formatDate(localDate(new Date(instant)), language, 'long');
}

/** One material area of the document: its name, the editor's text and its indicators. */
export type MaterialAreaSection = {
  area: MaterialArea;
  name: string;
  text: ReportTextBlock | null;
  indicators: ReportIndicator[];
};

/**
 * The document's material areas in the framework's order, each with its editor's text (if any)
 * and its indicators in the report's order.
 */
export function sectionsOf(document: AnnualReportDocument): MaterialAreaSection[] {
  return materialAreas.map((area) => {
    const text = document.material_areas.find((b) => b.material_area === area) ?? null;
    return {
      area,
      name: text?.name || materialAreaName(area, document.language),
      text,
      indicators: document.indicators.filter((i) => i.material_area === area),
    };
  });
}

/** The editor's text as paragraphs (blank lines part them). */
export const paragraphsOf = (body: string): string[] =>
  body
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');

/** Who wrote a text block and when, or null when nobody has. */
export function bylineOf(block: ReportTextBlock | null, language: ReportLanguage): string | null {
  if (!block?.written_by) return null;
  const date = block.written_at ? dayText(block.written_at, language) : null;
  return labelsFor(language).writtenBy(block.written_by, date);
}

/** Where a figure's computation is shown (the trace page; a relative link). */
export const traceUrl = (indicatorId: string, year: number) =>
  `/indicators/${encodeURIComponent(indicatorId)}/trace?year=${year}`;
