/**
 * A tagged table in the PDF (Table → Caption, TR → TH/TD, header cells with their scope). Row heights
 * follow the wrapped text (measured with `heightOfString`); a row is never split across pages; on a
 * page the table continues on, its header row is drawn again as a pagination artifact, so a reader
 * sees the columns named while assistive technology reads the header once.
 */

/** What pdfkit's structure elements take beyond @types/pdfkit's list (table scope, layout box). */
export type TagOptions = PDFKit.Mixins.StructureElementOptions & {
  scope?: 'Row' | 'Column' | 'Both';
  bbox?: number[];
  placement?: 'Block' | 'Inline';
};

export type PdfTable = {
  caption: string;
  columns: string[];
  rows: string[][];
  /** Column widths as parts of the whole width (normalised here). */
  widths: number[];
  /** Right-aligned columns (figures). */
  numeric: boolean[];
  /** Whether each row's first cell names the row (a TH with scope Row). */
  rowHeaders: boolean;
};

const fontSize = 8.5;
const pad = 3;
const colours = { header: '#e9ecef', rule: '#adb5bd', text: '#1a1a1a' };

type Layout = { x: number[]; widths: number[] };

/** The bottom edge content may reach on the page (the footer lives in the margin below). */
export const pageBottom = (doc: PDFKit.PDFDocument) => doc.page.height - doc.page.margins.bottom;

function rowHeight(doc: PDFKit.PDFDocument, cells: string[], layout: Layout, boldFirst: boolean[]): number {
  return Math.max(
    ...cells.map((text, k) => {
      doc.font(boldFirst[k] ? 'bold' : 'body').fontSize(fontSize);
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
  t: PdfTable,
  bold: boolean,
) {
  doc
    .font(bold ? 'bold' : 'body')
    .fontSize(fontSize)
    .fillColor(colours.text)
    .text(text, layout.x[k] + pad, y + pad, {
      width: layout.widths[k] - 2 * pad,
      align: t.numeric[k] ? 'right' : 'left',
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
    drawCellText(doc, text, k, y, layout, t, true);
  });
  doc.endMarkedContent();
}

/** Draws the table from the document's current y, as a child of `parent` in the structure tree. */
export function pdfTable(doc: PDFKit.PDFDocument, parent: PDFKit.PDFStructureElement, t: PdfTable): void {
  const left = doc.page.margins.left;
  const total = doc.page.width - left - doc.page.margins.right;
  const sum = t.widths.reduce((a, b) => a + b, 0);
  const widths = t.widths.map((w) => (w / sum) * total);
  const layout: Layout = {
    widths,
    x: widths.map((_, k) => left + widths.slice(0, k).reduce((a, b) => a + b, 0)),
  };
  const headerBold = t.columns.map(() => true);
  const headerHeight = rowHeight(doc, t.columns, layout, headerBold);
  const rowBold = t.columns.map((_, k) => k === 0 && t.rowHeaders);
  const heights = t.rows.map((row) => rowHeight(doc, row, layout, rowBold));
  doc.font('bold').fontSize(9.5);
  const captionHeight = doc.heightOfString(t.caption, { width: total }) + 4;
  // The caption, the header and the first row stay together.
  if (doc.y + captionHeight + headerHeight + (heights[0] ?? 0) > pageBottom(doc)) doc.addPage();

  const table = doc.struct('Table');
  parent.add(table);
  const captionY = doc.y;
  table.add(
    doc.struct('Caption', {}, () => {
      doc
        .font('bold')
        .fontSize(9.5)
        .fillColor(colours.text)
        .text(t.caption, left, captionY, { width: total });
    }),
  );
  let y = captionY + captionHeight;
  drawRowDecoration(doc, y, headerHeight, layout, true);
  const head = doc.struct('TR');
  table.add(head);
  t.columns.forEach((text, k) => {
    const rowY = y;
    head.add(
      doc.struct('TH', { scope: 'Column' } as TagOptions, () =>
        drawCellText(doc, text, k, rowY, layout, t, true),
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
      const draw = () => drawCellText(doc, text, k, rowY, layout, t, isHeader);
      tr.add(isHeader ? doc.struct('TH', { scope: 'Row' } as TagOptions, draw) : doc.struct('TD', {}, draw));
    });
    tr.end();
    y += heights[r];
  });
  table.end();
  doc.x = left;
  doc.y = y + 10;
}
