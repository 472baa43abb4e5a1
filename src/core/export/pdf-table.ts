/**
 * The one tagged table of our PDFs (Table → Caption, TR → TH/TD, header cells with their scope), for
 * documents made with `accessiblePdf` (./pdf.ts). Row heights follow the wrapped text (measured with
 * `heightOfString`); a row is never split across pages; on a page the table continues on, its header
 * row is drawn again as a pagination artifact, so a reader sees the columns named while assistive
 * technology reads the header once. (pdfkit's own table measures every cell several times, some
 * 300 ms a table.)
 */

/** What pdfkit's structure elements take beyond @types/pdfkit's list (table scope, layout box). */
export type TagOptions = PDFKit.Mixins.StructureElementOptions & {
  scope?: 'Row' | 'Column' | 'Both';
  bbox?: number[];
  placement?: 'Block' | 'Inline';
};

export type PdfTable = {
  /** The table's Caption; left out when a heading above already names the table. */
  caption?: string;
  columns: string[];
  /** The cells as they are printed (already formatted). */
  rows: string[][];
  /**
   * Column widths as parts of the whole width (normalised here). Left out: the first column gets the
   * room its row names need (at most 45 %), the others share the rest.
   */
  widths?: number[];
  /** Right-aligned columns (figures). Left out: every column after the first whose cells all read as figures. */
  numeric?: boolean[];
  /** Whether each row's first cell names the row (a TH with scope Row). */
  rowHeaders: boolean;
};

const fontSize = 8.5;
const captionSize = 9.5;
const pad = 3;
const colours = { header: '#e9ecef', rule: '#adb5bd', text: '#1a1a1a' };

type Layout = { x: number[]; widths: number[]; numeric: boolean[] };

/** The bottom edge content may reach on the page (the footer lives in the margin below). */
export const pageBottom = (doc: PDFKit.PDFDocument) => doc.page.height - doc.page.margins.bottom;

/** A printed figure: digits with spaces, separators, a per-cent sign or a dash ("1 234,5", "78 %", "–"). */
const figureLike = (text: string) => /^[-–\d\s\u00a0.,%]*$/.test(text);

function columnWidths(doc: PDFKit.PDFDocument, t: PdfTable, total: number): number[] {
  if (t.widths) {
    const sum = t.widths.reduce((a, b) => a + b, 0);
    return t.widths.map((w) => (w / sum) * total);
  }
  if (t.columns.length === 1) return [total];
  doc.font('bold').fontSize(fontSize);
  const first = Math.min(
    total * 0.45,
    Math.max(total / t.columns.length, ...t.rows.map((r) => doc.widthOfString(r[0] ?? '') + 2 * pad + 2)),
  );
  const other = (total - first) / (t.columns.length - 1);
  return t.columns.map((_, k) => (k === 0 ? first : other));
}

function layoutOf(doc: PDFKit.PDFDocument, t: PdfTable, left: number, total: number): Layout {
  const widths = columnWidths(doc, t, total);
  return {
    widths,
    x: widths.map((_, k) => left + widths.slice(0, k).reduce((a, b) => a + b, 0)),
    numeric: t.numeric ?? t.columns.map((_, k) => k > 0 && t.rows.every((row) => figureLike(row[k] ?? ''))),
  };
}

function rowHeight(doc: PDFKit.PDFDocument, cells: string[], layout: Layout, bold: boolean[]): number {
  return Math.max(
    ...cells.map((text, k) => {
      doc.font(bold[k] ? 'bold' : 'body').fontSize(fontSize);
      return doc.heightOfString(text || ' ', { width: layout.widths[k] - 2 * pad }) + 2 * pad;
    }),
  );
}

function drawCellText(
  doc: PDFKit.PDFDocument,
  text: string,
  k: number,
  y: number,
  layout: Layout,
  bold: boolean,
) {
  doc
    .font(bold ? 'bold' : 'body')
    .fontSize(fontSize)
    .fillColor(colours.text)
    .text(text, layout.x[k] + pad, y + pad, {
      width: layout.widths[k] - 2 * pad,
      align: layout.numeric[k] ? 'right' : 'left',
    });
}

/** Background and rules: decoration, marked as an artifact outside every structure element. */
function drawRowDecoration(
  doc: PDFKit.PDFDocument,
  y: number,
  height: number,
  layout: Layout,
  header: boolean,
) {
  const left = layout.x[0];
  const width = layout.widths.reduce((a, b) => a + b, 0);
  doc.markContent('Artifact', { type: 'Layout' });
  doc.save();
  if (header) doc.rect(left, y, width, height).fill(colours.header);
  doc
    .moveTo(left, y + height)
    .lineTo(left + width, y + height)
    .lineWidth(0.5)
    .strokeColor(colours.rule)
    .stroke();
  doc.restore();
  doc.endMarkedContent();
}

/** The header row drawn again on a continuation page: seen, not read twice. */
function repeatHeader(doc: PDFKit.PDFDocument, t: PdfTable, layout: Layout, y: number, height: number) {
  drawRowDecoration(doc, y, height, layout, true);
  doc.markContent('Artifact', { type: 'Pagination' });
  t.columns.forEach((text, k) => {
    drawCellText(doc, text, k, y, layout, true);
  });
  doc.endMarkedContent();
}

/** The caption as the table's first child; gives the y below it. */
function drawCaption(
  doc: PDFKit.PDFDocument,
  table: PDFKit.PDFStructureElement,
  caption: string,
  total: number,
) {
  const left = doc.page.margins.left;
  const y = doc.y;
  table.add(
    doc.struct('Caption', {}, () => {
      doc.font('bold').fontSize(captionSize).fillColor(colours.text).text(caption, left, y, { width: total });
    }),
  );
  return y + captionHeight(doc, caption, total);
}

function captionHeight(doc: PDFKit.PDFDocument, caption: string | undefined, total: number) {
  if (caption === undefined) return 0;
  doc.font('bold').fontSize(captionSize);
  return doc.heightOfString(caption, { width: total }) + 4;
}

/** Draws the table from the document's current y, as a child of `parent` in the structure tree. */
export function pdfTable(doc: PDFKit.PDFDocument, parent: PDFKit.PDFStructureElement, t: PdfTable): void {
  const left = doc.page.margins.left;
  const total = doc.page.width - left - doc.page.margins.right;
  const layout = layoutOf(doc, t, left, total);
  const headerHeight = rowHeight(
    doc,
    t.columns,
    layout,
    t.columns.map(() => true),
  );
  const rowBold = t.columns.map((_, k) => k === 0 && t.rowHeaders);
  const heights = t.rows.map((row) => rowHeight(doc, row, layout, rowBold));
  // The caption, the header and the first row stay together.
  const opening = captionHeight(doc, t.caption, total) + headerHeight + (heights[0] ?? 0);
  if (doc.y + opening > pageBottom(doc)) doc.addPage();

  const table = doc.struct('Table');
  parent.add(table);
  let y = t.caption === undefined ? doc.y : drawCaption(doc, table, t.caption, total);
  drawRowDecoration(doc, y, headerHeight, layout, true);
  const head = doc.struct('TR');
  table.add(head);
  t.columns.forEach((text, k) => {
    const rowY = y;
    head.add(
      doc.struct('TH', { scope: 'Column' } as TagOptions, () =>
        drawCellText(doc, text, k, rowY, layout, true),
      ),
    );
  });
  head.end();
  y += headerHeight;

  t.rows.forEach((row, r) => {
    if (y + heights[r] > pageBottom(doc)) {
      doc.addPage();
      y = doc.page.margins.top;
      repeatHeader(doc, t, layout, y, headerHeight);
      y += headerHeight;
    }
    drawRowDecoration(doc, y, heights[r], layout, false);
    const tr = doc.struct('TR');
    table.add(tr);
    const rowY = y;
    row.forEach((text, k) => {
      const isHeader = k === 0 && t.rowHeaders;
      const draw = () => drawCellText(doc, text, k, rowY, layout, isHeader);
      tr.add(isHeader ? doc.struct('TH', { scope: 'Row' } as TagOptions, draw) : doc.struct('TD', {}, draw));
    });
    tr.end();
    y += heights[r];
  });
  table.end();
  doc.x = left;
  doc.y = y + 10;
}
