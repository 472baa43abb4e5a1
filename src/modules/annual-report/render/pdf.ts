/**
 * The report as an accessible PDF (PDF/UA, tagged, PDF 1.7, DejaVu Sans embedded; core/export/pdf.ts).
 * The structure tree follows the drawing: Document → H1, then per material area a Sect with its H2,
 * the editor's text and per indicator a Sect with H3, a table of its figures, its trend chart as a
 * Figure with a text alternative, its definition and its breakdown tables; the GRI index last.
 * Portrait A4: a chart over five years and the breakdown tables (at most a handful of columns) fit
 * its width, and it prints as the rest of an annual report does.
 */
import { accessiblePdf, finishPdf } from '../../../core/export/pdf';
import { type PdfTable, pageBottom, pdfTable } from '../../../core/export/pdf-table';
import type { FigureTable } from '../../../core/indicators';
import type { ReportIndicator } from '../../../core/report';
import type { AnnualReportDocument } from '../annual-report.contract';
import {
  breakdownCells,
  bylineOf,
  countText,
  documentHeader,
  focusAreaText,
  intervalText,
  type MaterialAreaSection,
  numericColumns,
  paragraphsOf,
  sdgText,
  sectionsOf,
  statusText,
  targetText,
  valueText,
} from './figures';
import { griRows } from './gri-rows';
import { labelsFor, type ReportLanguage } from './labels';
import { pdfTrendFigure } from './pdf-chart';
import type { Box } from './trend-chart';

/** Where an indicator's chart was drawn: the page (0-based) and its box in points from the top left. */
export type ChartPlacement = { indicatorId: string; page: number; box: Box };

const chartHeight = 150;
/** An indicator's heading, its figures table and its chart: kept on one page. */
const indicatorHead = 24 + 48 + chartHeight;
const colours = { text: '#1a1a1a', muted: '#495057' };

type Writer = {
  doc: PDFKit.PDFDocument;
  language: ReportLanguage;
  left: number;
  width: number;
  charts: ChartPlacement[];
};

function ensureSpace(w: Writer, height: number) {
  if (w.doc.y + height > pageBottom(w.doc)) w.doc.addPage();
}

/** A block of text as one structure element (a heading or a paragraph), kept on one page when it fits. */
function block(
  w: Writer,
  parent: PDFKit.PDFStructureElement,
  tag: string,
  text: string,
  style: { font: 'body' | 'bold' | 'italic'; size: number; colour?: string; after?: number },
) {
  const { doc } = w;
  doc.font(style.font).fontSize(style.size);
  const height = doc.heightOfString(text, { width: w.width });
  if (height < pageBottom(doc) - doc.page.margins.top) ensureSpace(w, height);
  const y = doc.y;
  parent.add(
    doc.struct(tag, {}, () => {
      doc
        .font(style.font)
        .fontSize(style.size)
        .fillColor(style.colour ?? colours.text)
        .text(text, w.left, y, { width: w.width });
    }),
  );
  doc.x = w.left;
  doc.y += style.after ?? 6;
}

const currentPage = (doc: PDFKit.PDFDocument) => {
  const range = doc.bufferedPageRange();
  return range.start + range.count - 1;
};

function keyFigures(w: Writer, parent: PDFKit.PDFStructureElement, i: ReportIndicator, year: number) {
  const l = labelsFor(w.language);
  pdfTable(w.doc, parent, {
    caption: `${i.name} ${year}`,
    columns: [l.value(year), l.interval, l.n, l.target, l.status],
    rows: [
      [
        valueText(i, w.language),
        intervalText(i, i.unit, w.language),
        countText(i.n, w.language),
        targetText(i, w.language),
        statusText(i, w.language),
      ],
    ],
    widths: [1.2, 1.4, 0.8, 1, 1.2],
    numeric: [false, false, false, false, false],
    rowHeaders: false,
  });
}

/** A breakdown: the first column names the row; a column of numbers only is right-aligned. */
export function breakdownTable(
  table: FigureTable,
  indicatorName: string,
  language: ReportLanguage,
): PdfTable {
  const columns = table.columns.length;
  return {
    caption: `${indicatorName}: ${table.caption}`,
    columns: table.columns,
    rows: breakdownCells(table, language),
    widths: table.columns.map((_, k) => (k === 0 ? Math.max(1.5, columns / 3) : 1)),
    numeric: numericColumns(table),
    rowHeaders: true,
  };
}

function indicatorSection(w: Writer, parent: PDFKit.PDFStructureElement, i: ReportIndicator, year: number) {
  const { doc, language } = w;
  const l = labelsFor(language);
  const sect = doc.struct('Sect');
  parent.add(sect);
  // The heading, the figures and the chart stay on one page.
  ensureSpace(w, indicatorHead);
  block(w, sect, 'H3', i.name, { font: 'bold', size: 12, after: 4 });
  keyFigures(w, sect, i, year);
  ensureSpace(w, chartHeight);
  const box = { x: w.left, y: doc.y, width: w.width, height: chartHeight };
  pdfTrendFigure(doc, sect, i, language, box);
  w.charts.push({ indicatorId: i.id, page: currentPage(doc), box });
  doc.x = w.left;
  doc.y = box.y + chartHeight + 8;
  const meta = `${l.focusArea}: ${focusAreaText(i, language)}. ${l.sdg}: ${sdgText(i.sdg, language)}. ${l.polarity(i.higher_is_better)}`;
  block(w, sect, 'P', `${l.definition}: ${i.definition}`, { font: 'body', size: 9.5, after: 3 });
  block(w, sect, 'P', meta, { font: 'body', size: 8.5, colour: colours.muted, after: 8 });
  for (const table of i.breakdowns) pdfTable(doc, sect, breakdownTable(table, i.name, language));
  sect.end();
  doc.y += 8;
}

function materialAreaSection(
  w: Writer,
  root: PDFKit.PDFStructureElement,
  s: MaterialAreaSection,
  year: number,
) {
  const { doc, language } = w;
  const l = labelsFor(language);
  const sect = doc.struct('Sect');
  root.add(sect);
  const paragraphs = s.text ? paragraphsOf(s.text.body) : [];
  // The heading goes with the start of the text, or with the first indicator when there is no text.
  doc.font('body').fontSize(10.5);
  const firstParagraph = paragraphs.length ? doc.heightOfString(paragraphs[0], { width: w.width }) : 0;
  const next = paragraphs.length
    ? Math.min(firstParagraph, 120)
    : s.indicators.length
      ? 20 + indicatorHead
      : 20;
  ensureSpace(w, 40 + next);
  doc.outline.addItem(s.name);
  block(w, sect, 'H2', s.name, { font: 'bold', size: 16, after: 8 });
  if (paragraphs.length === 0)
    block(w, sect, 'P', l.noText, { font: 'italic', size: 10, colour: colours.muted });
  for (const p of paragraphs) block(w, sect, 'P', p, { font: 'body', size: 10.5 });
  const byline = bylineOf(s.text, language);
  if (byline) block(w, sect, 'P', byline, { font: 'italic', size: 9, colour: colours.muted, after: 12 });
  if (s.indicators.length === 0)
    block(w, sect, 'P', l.noIndicators, { font: 'italic', size: 10, colour: colours.muted });
  for (const i of s.indicators) indicatorSection(w, sect, i, year);
  sect.end();
  doc.y += 10;
}

function griSection(w: Writer, root: PDFKit.PDFStructureElement, document: AnnualReportDocument) {
  const { doc, language } = w;
  const l = labelsFor(language);
  const sect = doc.struct('Sect');
  root.add(sect);
  ensureSpace(w, 100);
  doc.outline.addItem(l.gri.heading);
  block(w, sect, 'H2', l.gri.heading, { font: 'bold', size: 16, after: 8 });
  const rows = griRows(document);
  block(w, sect, 'P', rows.length ? l.gri.intro : l.gri.none, { font: 'body', size: 10 });
  if (rows.length) {
    pdfTable(doc, sect, {
      caption: l.gri.heading,
      columns: [l.gri.disclosure, l.gri.title, l.gri.indicators],
      rows: rows.map((r) => [r.disclosure, r.title, r.indicators.join(', ')]),
      widths: [0.7, 2, 2],
      numeric: [false, false, false],
      rowHeaders: true,
    });
  }
  sect.end();
}

/** The PDF, where its charts are and where its content ends (the tests look there for ink). */
export async function reportPdfWithLayout(
  document: AnnualReportDocument,
): Promise<{ pdf: Buffer; charts: ChartPlacement[]; end: { page: number; y: number } }> {
  const language = document.language;
  const l = labelsFor(language);
  const { title, subject, generatedAt } = documentHeader(document);
  const doc = accessiblePdf({ title, language, author: document.organisation, subject });
  const left = doc.page.margins.left;
  const w: Writer = {
    doc,
    language,
    left,
    width: doc.page.width - left - doc.page.margins.right,
    charts: [],
  };
  const root = doc.struct('Document');
  doc.addStructure(root);
  block(w, root, 'H1', title, { font: 'bold', size: 20, after: 4 });
  block(w, root, 'P', generatedAt, {
    font: 'body',
    size: 10,
    colour: colours.muted,
    after: 16,
  });
  for (const section of sectionsOf(document)) materialAreaSection(w, root, section, document.year);
  griSection(w, root, document);
  root.end();
  const end = { page: currentPage(doc), y: doc.y };
  const pdf = await finishPdf(doc, l.pageLabel);
  return { pdf, charts: w.charts, end };
}

/** The report as an accessible PDF. */
export async function reportPdf(document: AnnualReportDocument): Promise<Buffer> {
  return (await reportPdfWithLayout(document)).pdf;
}
