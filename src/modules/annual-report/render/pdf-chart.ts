/** The trend chart in the PDF: pdfkit vector graphics inside a Figure with its text alternative. */
import type { TagOptions } from '../../../core/export/pdf-table';
import type { ReportIndicator } from '../../../core/report';
import type { ReportLanguage } from './labels';
import { chartColours } from './svg-chart';
import { type Box, type Point, trendChart } from './trend-chart';

function polyline(doc: PDFKit.PDFDocument, points: Point[]) {
  doc.moveTo(points[0].x, points[0].y);
  for (const p of points.slice(1)) doc.lineTo(p.x, p.y);
}

/** Draws the chart of an indicator's trend into a box of the current page. */
function drawTrendChart(doc: PDFKit.PDFDocument, c: ReturnType<typeof trendChart>) {
  const { plot } = c;
  doc.save();
  doc.font('body').fontSize(7.5).fillColor('#1a1a1a');
  for (const t of c.yTicks) {
    doc
      .moveTo(plot.x, t.y)
      .lineTo(plot.x + plot.width, t.y)
      .lineWidth(0.5)
      .strokeColor(chartColours.grid)
      .stroke();
    doc.text(t.label, plot.x - 46, t.y - 4, { width: 42, align: 'right', lineBreak: false });
  }
  for (const y of c.years) {
    doc.text(y.label, y.x - 20, plot.y + plot.height + 6, { width: 40, align: 'center', lineBreak: false });
  }
  doc.lineWidth(1.8).strokeColor(chartColours.target).dash(4, { space: 2.5 });
  for (const run of c.targetLines.filter((r) => r.length > 1)) {
    polyline(doc, run);
    doc.stroke();
  }
  doc.undash().lineWidth(2.2);
  for (const p of c.targets)
    doc
      .moveTo(p.x - 6, p.y)
      .lineTo(p.x + 6, p.y)
      .stroke();
  doc.lineWidth(1).strokeColor(chartColours.interval);
  for (const w of c.whiskers) {
    doc
      .moveTo(w.x - 4, w.top)
      .lineTo(w.x + 4, w.top)
      .moveTo(w.x, w.top)
      .lineTo(w.x, w.bottom);
    doc
      .moveTo(w.x - 4, w.bottom)
      .lineTo(w.x + 4, w.bottom)
      .stroke();
  }
  doc.lineWidth(2).strokeColor(chartColours.value);
  for (const run of c.lines.filter((r) => r.length > 1)) {
    polyline(doc, run);
    doc.stroke();
  }
  doc.fillColor(chartColours.value);
  for (const p of c.points) doc.circle(p.x, p.y, 2.6).fill();
  drawLegend(doc, c);
  doc.restore();
}

function drawLegend(doc: PDFKit.PDFDocument, c: ReturnType<typeof trendChart>) {
  let x = c.plot.x;
  const y = c.box.y + 6;
  doc
    .fillColor(chartColours.value)
    .circle(x + 3, y + 3.5, 2.6)
    .fill();
  doc.fillColor('#1a1a1a').text(c.legend.value, x + 9, y, { lineBreak: false });
  x += 16 + doc.widthOfString(c.legend.value);
  doc
    .lineWidth(1)
    .strokeColor(chartColours.interval)
    .moveTo(x + 3, y - 1)
    .lineTo(x + 3, y + 8)
    .stroke();
  doc.text(c.legend.interval, x + 9, y, { lineBreak: false });
  x += 16 + doc.widthOfString(c.legend.interval);
  doc.lineWidth(1.8).strokeColor(chartColours.target).dash(4, { space: 2.5 });
  doc
    .moveTo(x, y + 3.5)
    .lineTo(x + 16, y + 3.5)
    .stroke();
  doc.undash().text(c.legend.target, x + 20, y, { lineBreak: false });
}

/**
 * The chart as a tagged Figure: its structure element carries the text alternative (`Alt`) and its
 * bounding box; the drawing is the figure's content, so reading order is drawing order.
 */
export function pdfTrendFigure(
  doc: PDFKit.PDFDocument,
  parent: PDFKit.PDFStructureElement,
  i: ReportIndicator,
  language: ReportLanguage,
  box: Box,
) {
  const chart = trendChart(i, language, box);
  const bbox = [box.x, box.y, box.x + box.width, box.y + box.height];
  parent.add(
    doc.struct('Figure', { alt: chart.alt, bbox, placement: 'Block' } as TagOptions, () =>
      drawTrendChart(doc, chart),
    ),
  );
}
