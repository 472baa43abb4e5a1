/**
 * An area's or district's profile as an accessible PDF (core/export/pdf.ts: tagged PDF/UA 1.7 with
 * embedded DejaVu Sans, page numbers): a heading, the facts, the summary figures as a table, the
 * summary charts drawn as vectors with a text alternative, then each module's section with its
 * figures and tables — every table a tagged Table whose header cells are TH. The figures are those
 * the profile route gives (already through the publication layer); nothing is computed here.
 */
import { accessiblePdf, finishPdf } from '../../core/export/pdf';
import { pdfTable } from '../../core/export/pdf-table';
import { type Language, translator } from '../../core/i18n/i18n';
import { formatCount, formatPercent, noFigure } from '../../shared/format';
import type { ProfileFigure, ProfileSection, ProfileSeries } from './areas.contract';
import { formatCell, formatFigure, type UnitWords } from './profile-format';

export type ProfileDocument = {
  kind: 'area' | 'district';
  name: string;
  year: number;
  /** One sentence about the place (code and district, or the number of areas). */
  facts: string;
  /** A district's areas. */
  areas?: { name: string; code: string; households: number; properties: number }[];
  sections: ProfileSection[];
};

type Doc = PDFKit.PDFDocument;
type T = ReturnType<typeof translator>;

const ink = '#212529';
const muted = '#495057';
const accent = '#1c5d99';

/** Starts a new page when less than `height` points are left, so a chart or heading is not split. */
function keepTogether(doc: Doc, height: number) {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

function heading(doc: Doc, parent: PDFKit.PDFStructureElement, level: 'H1' | 'H2' | 'H3', text: string) {
  const size = { H1: 18, H2: 14, H3: 11 }[level];
  keepTogether(doc, size * 4);
  if (level !== 'H1') doc.moveDown(0.6);
  parent.add(
    doc.struct(level, {}, () => {
      doc.font('bold').fontSize(size).fillColor(ink).text(text, doc.page.margins.left);
    }),
  );
  doc.font('body').moveDown(0.3);
}

function paragraph(doc: Doc, parent: PDFKit.PDFStructureElement, text: string, colour = ink) {
  parent.add(
    doc.struct('P', {}, () => {
      doc.font('body').fontSize(9.5).fillColor(colour).text(text, doc.page.margins.left);
    }),
  );
  doc.moveDown(0.3);
}

/**
 * A tagged table (core's pdfTable) under the heading that names it: the first cell of every row
 * names the row, figure columns align right. None for no rows.
 */
function table(doc: Doc, parent: PDFKit.PDFStructureElement, columns: string[], rows: string[][]) {
  if (rows.length > 0) pdfTable(doc, parent, { columns, rows, rowHeaders: true });
}

function unitWords(t: T): UnitWords {
  return { days: t('units.days'), hours: t('units.hours'), per1000: t('units.per1000') };
}

function figureValue(f: ProfileFigure, language: Language, t: T) {
  return f.suppressed ? t('hidden') : formatFigure(f.value, f.unit, language, unitWords(t));
}

/** A point's value as text: a share in per cent, a grade by its name, a hidden one as such. */
function pointText(s: ProfileSeries, p: ProfileSeries['points'][number], language: Language, t: T) {
  if (p.suppressed) return t('hidden');
  if (s.kind === 'strip') return p.text ?? (p.value === null ? t('noGrade') : formatCount(p.value, language));
  return formatFigure(p.value, s.unit, language, unitWords(t));
}

function intervalText(s: ProfileSeries, p: ProfileSeries['points'][number], language: Language) {
  if (p.low === null || p.low === undefined || p.high === null || p.high === undefined) return noFigure;
  const f = (x: number) => (s.unit === 'fraction' ? formatPercent(x, language) : formatCell(x, language));
  return `${f(p.low)} – ${f(p.high)}`;
}

/** The line chart of a trend: a frame, the interval as a band of lines, the values joined, labels. */
function drawLine(doc: Doc, s: ProfileSeries, language: Language) {
  const x0 = doc.page.margins.left + 30;
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right - 40;
  const top = doc.y + 6;
  const height = 110;
  const shown = s.points.filter((p) => p.value !== null);
  const values = shown.flatMap((p) => [p.value!, p.low ?? p.value!, p.high ?? p.value!]);
  const fraction = s.unit === 'fraction';
  const max = fraction ? 1 : Math.max(1, ...values) * 1.1;
  const min = fraction ? Math.max(0, Math.floor((Math.min(1, ...values) - 0.05) * 10) / 10) : 0;
  const y = (v: number) => top + height - ((v - min) / (max - min || 1)) * height;
  const step = s.points.length > 1 ? width / (s.points.length - 1) : 0;
  const x = (i: number) => x0 + (s.points.length > 1 ? i * step : width / 2);
  doc.lineWidth(0.5).strokeColor('#adb5bd').rect(x0, top, width, height).stroke();
  doc.font('body').fontSize(7).fillColor(muted);
  for (const v of [min, (min + max) / 2, max]) {
    const label = fraction ? formatPercent(v, language, 0) : formatCell(Math.round(v), language);
    doc.text(label, doc.page.margins.left - 10, y(v) - 3, { width: 36, align: 'right', lineBreak: false });
  }
  s.points.forEach((p, i) => {
    doc.text(p.period, x(i) - 20, top + height + 3, { width: 40, align: 'center', lineBreak: false });
    if (p.low !== null && p.low !== undefined && p.high !== null && p.high !== undefined) {
      doc.lineWidth(2).strokeColor('#a5c8ec').moveTo(x(i), y(p.low)).lineTo(x(i), y(p.high)).stroke();
    }
  });
  let started = false;
  doc.lineWidth(1.5).strokeColor(accent);
  s.points.forEach((p, i) => {
    if (p.value === null) {
      started = false;
      return;
    }
    if (started) doc.lineTo(x(i), y(p.value));
    else doc.moveTo(x(i), y(p.value));
    started = true;
  });
  doc.stroke();
  for (const [i, p] of s.points.entries()) {
    if (p.value !== null) doc.circle(x(i), y(p.value), 2.5).fillColor(accent).fill();
  }
  doc.x = doc.page.margins.left;
  doc.y = top + height + 16;
}

/** The strip: one cell per period in its colour, with the value written in it. */
function drawStrip(doc: Doc, s: ProfileSeries) {
  const x0 = doc.page.margins.left;
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const cell = Math.min(18, width / Math.max(1, s.points.length));
  const top = doc.y + 4;
  s.points.forEach((p, i) => {
    const x = x0 + i * cell;
    doc
      .lineWidth(0.3)
      .rect(x, top, cell - 1, 14)
      .fillAndStroke(p.colour ?? '#f1f3f5', '#adb5bd');
    if (p.value !== null) {
      doc
        .font('bold')
        .fontSize(7)
        .fillColor(ink)
        .text(String(p.value), x, top + 3.5, { width: cell - 1, align: 'center', lineBreak: false });
    }
  });
  doc.font('body').fontSize(6.5).fillColor(muted);
  const first = s.points[0]?.period ?? '';
  const last = s.points.at(-1)?.period ?? '';
  doc.text(first, x0, top + 16, { lineBreak: false });
  doc.text(last, x0, top + 16, {
    width: Math.max(cell * s.points.length, 60),
    align: 'right',
    lineBreak: false,
  });
  doc.x = doc.page.margins.left;
  doc.y = top + 28;
}

/** A chart as a tagged Figure: its label as a caption, the drawing, and the values in words as its alternative. */
function chart(doc: Doc, parent: PDFKit.PDFStructureElement, s: ProfileSeries, language: Language, t: T) {
  const values = s.points.map((p) => `${p.period}: ${pointText(s, p, language, t)}`).join('; ');
  const first = s.points[0]?.period ?? '';
  const last = s.points.at(-1)?.period ?? '';
  const alt =
    s.kind === 'line'
      ? t('trendAlt', { label: s.label, from: first, to: last, values })
      : t('stripAlt', { label: s.label, values });
  keepTogether(doc, s.kind === 'line' ? 160 : 60);
  heading(doc, parent, 'H3', s.label);
  parent.add(
    doc.struct('Figure', { alt }, () => (s.kind === 'line' ? drawLine(doc, s, language) : drawStrip(doc, s))),
  );
}

/** A series as a table under its section: period, value, interval. */
function seriesTable(
  doc: Doc,
  parent: PDFKit.PDFStructureElement,
  s: ProfileSeries,
  language: Language,
  t: T,
) {
  const rows = s.points.map((p) => [p.period, pointText(s, p, language, t), intervalText(s, p, language)]);
  const withInterval = rows.some((r) => r[2] !== noFigure);
  heading(doc, parent, 'H3', s.label);
  table(
    doc,
    parent,
    withInterval ? [t('period'), t('value'), t('interval')] : [t('period'), t('value')],
    withInterval ? rows : rows.map((r) => r.slice(0, 2)),
  );
}

/** The profile's PDF in the reader's language. */
export async function profilePdf(profile: ProfileDocument, language: Language): Promise<Buffer> {
  const t = translator(language, 'areas:pdf');
  const title = t(profile.kind === 'area' ? 'areaTitle' : 'districtTitle', {
    name: profile.name,
    year: profile.year,
  });
  const doc = accessiblePdf({ title, language });
  const root = doc.struct('Document');
  doc.addStructure(root);

  heading(doc, root, 'H1', title);
  paragraph(doc, root, profile.facts, muted);

  heading(doc, root, 'H2', t('summary'));
  const summary = profile.sections.flatMap((s) => s.figures.filter((f) => f.summary));
  table(
    doc,
    root,
    [t('figure'), t('value'), t('note')],
    summary.map((f) => [f.label, figureValue(f, language, t), f.note ?? '']),
  );
  for (const section of profile.sections)
    for (const s of section.series ?? []) if (s.summary) chart(doc, root, s, language, t);

  if (profile.areas?.length) {
    heading(doc, root, 'H2', t('areas'));
    table(
      doc,
      root,
      [t('area'), t('code'), t('households'), t('properties')],
      profile.areas.map((a) => [
        a.name,
        a.code,
        formatCount(a.households, language),
        formatCount(a.properties, language),
      ]),
    );
  }

  for (const section of profile.sections) {
    heading(doc, root, 'H2', section.title);
    table(
      doc,
      root,
      [t('figure'), t('value'), t('note')],
      section.figures.map((f) => [f.label, figureValue(f, language, t), f.note ?? '']),
    );
    // A trend's years as a table; a strip's weeks are in its figure's text alternative and the
    // section's weeks-per-grade table (a row per week would fill pages).
    for (const s of section.series ?? []) if (s.kind === 'line') seriesTable(doc, root, s, language, t);
    for (const tab of section.tables ?? []) {
      heading(doc, root, 'H3', tab.caption);
      table(
        doc,
        root,
        tab.columns,
        tab.rows.map((row) => row.map((cell) => formatCell(cell, language))),
      );
    }
  }
  root.end();
  return finishPdf(doc, (page, pages) => t('page', { page, pages }));
}
