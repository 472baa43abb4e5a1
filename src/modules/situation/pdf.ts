import PDFDocument from 'pdfkit';
import { type Language, translator } from '../../core/i18n/i18n';
import { formatNumber } from '../../shared/format';
import type { Picture } from './situation.contract';
import { weekDays } from './week';

type Ring = number[][];

function ringsOf(geometry: unknown): Ring[] {
  const g = geometry as { type?: string; coordinates?: unknown } | null;
  if (!g?.coordinates) return [];
  if (g.type === 'Polygon') return [(g.coordinates as Ring[])[0]];
  if (g.type === 'MultiPolygon') return (g.coordinates as Ring[][]).map((poly) => poly[0]);
  return [];
}

/** Draws the areas in their grade colours inside a box (equirectangular projection). */
function drawMap(
  doc: PDFKit.PDFDocument,
  picture: Picture,
  box: { x: number; y: number; w: number; h: number },
) {
  const shapes = picture.areas
    .map((a) => ({ area: a, rings: ringsOf(a.geometry) }))
    .filter((s) => s.rings.length);
  if (!shapes.length) return false;
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const s of shapes)
    for (const ring of s.rings)
      for (const [lon, lat] of ring) {
        west = Math.min(west, lon);
        east = Math.max(east, lon);
        south = Math.min(south, lat);
        north = Math.max(north, lat);
      }
  const kx = Math.cos((((south + north) / 2) * Math.PI) / 180);
  const scale = Math.min(box.w / ((east - west) * kx || 1), box.h / (north - south || 1));
  const px = (lon: number) => box.x + (lon - west) * kx * scale;
  const py = (lat: number) => box.y + (north - lat) * scale;
  const colour = new Map(picture.levels.map((l) => [l.level, l.colour]));
  for (const { area, rings } of shapes) {
    for (const ring of rings) {
      for (const [i, [lon, lat]] of ring.entries()) {
        if (i === 0) doc.moveTo(px(lon), py(lat));
        else doc.lineTo(px(lon), py(lat));
      }
      doc.closePath();
      doc.fillColor(area.level ? (colour.get(area.level) ?? '#dee2e6') : '#dee2e6').strokeColor('#495057');
      doc.lineWidth(0.5).fillAndStroke();
    }
    const [lon, lat] = rings[0][0];
    doc
      .fillColor('#000')
      .fontSize(6)
      .text(area.code, px(lon) + 2, py(lat) - 8, { lineBreak: false });
  }
  return true;
}

/** The week's situation picture as a printable A4 PDF for the weekly meeting. */
export function picturePdf(picture: Picture, organisationName: string, language: Language): Promise<Buffer> {
  const t = translator(language, 'situation:pdf');
  const levelName = (level: number | null) => {
    const l = picture.levels.find((x) => x.level === level);
    return l ? `${l.level} ${language === 'en' ? l.nameEn : l.nameSv}` : '–';
  };
  const categoryOrder = new Map(picture.categories.map((c, i) => [c.id, i]));
  const categoryName = new Map(
    picture.categories.map((c) => [c.id, language === 'en' ? c.nameEn : c.nameSv]),
  );
  const doc = new PDFDocument({
    size: 'A4',
    margin: 40,
    info: { Title: t('title', { week: picture.week }) },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));

  const { first, last } = weekDays(picture.week);
  doc
    .font('Helvetica-Bold')
    .fontSize(16)
    .text(t('title', { week: picture.week }));
  doc.font('Helvetica').fontSize(9).fillColor('#495057');
  doc.text(`${organisationName} · ${first} – ${last} · ${picture.compiled ? t('compiled') : t('draft')}`);
  doc.text(t('reported', picture.reporting));
  if (!picture.includesRestricted) doc.text(t('restricted_excluded'));
  doc.text(t('presence_note'));
  doc.fillColor('#000').moveDown(0.5);

  const mapTop = doc.y;
  if (drawMap(doc, picture, { x: 40, y: mapTop, w: 515, h: 200 })) doc.y = mapTop + 210;
  // Legend.
  doc.x = 40;
  doc.fontSize(8);
  for (const l of picture.levels) {
    const y = doc.y;
    doc.rect(40, y, 8, 8).fill(l.colour);
    doc.fillColor('#000').text(levelName(l.level), 52, y, { lineBreak: true });
  }
  doc.moveDown(0.5);

  doc.font('Helvetica-Bold').fontSize(11).text(t('areas'), 40);
  const cols = [40, 150, 262, 310, 350, 398, 470];
  const header = [t('area'), t('grade'), t('trend'), t('count'), t('baseline'), t('presence'), t('proposal')];
  const row = (cells: string[], bold = false) => {
    if (doc.y > 760) doc.addPage();
    const y = doc.y;
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(8);
    for (const [i, c] of cells.entries()) {
      doc.text(c, cols[i], y, { width: (cols[i + 1] ?? 555) - cols[i] - 4, lineBreak: false });
    }
    doc.y = y + 12;
  };
  row(header, true);
  const decimal = (h: number) => formatNumber(h, language, { digits: 1, minDigits: 1 });
  const trendText = { up: t('trend_up'), down: t('trend_down'), same: t('trend_same') } as const;
  for (const a of picture.areas) {
    const baseline = decimal(a.proposal.baselineMean);
    row([
      a.name,
      levelName(a.level),
      a.trend ? trendText[a.trend] : '–',
      String(a.total),
      baseline,
      `${decimal(a.presence.hours)} (${decimal(a.presence.baselineMean)})`,
      `${levelName(a.proposal.level)}${a.proposal.flagged ? ` (p=${a.proposal.pValue.toFixed(3)})` : ''}`,
    ]);
    if (a.rationale) {
      doc
        .font('Helvetica-Oblique')
        .fontSize(7)
        .fillColor('#495057')
        .text(a.rationale, 50, doc.y, { width: 490 });
      doc.fillColor('#000');
    }
    const cats = a.byCategory
      .filter((c) => c.count > 0)
      .sort((x, y) => (categoryOrder.get(x.categoryId) ?? 0) - (categoryOrder.get(y.categoryId) ?? 0))
      .map((c) => `${categoryName.get(c.categoryId) ?? '?'} ${c.count} (${decimal(c.baselineMean)})`)
      .join(' · ');
    if (cats) doc.font('Helvetica').fontSize(7).text(cats, 50, doc.y, { width: 490 });
  }

  const list = (title: string, items: Picture['priorities'], empty: string) => {
    doc.moveDown(0.5).font('Helvetica-Bold').fontSize(11).text(title, 40);
    doc.font('Helvetica').fontSize(8);
    if (!items.length) doc.text(empty, 40);
    for (const item of items) {
      if (doc.y > 780) doc.addPage();
      const where = [item.areaName, item.placeType].filter(Boolean).join(', ');
      doc.text(
        `• ${item.description}${where ? ` — ${where}` : ''} · ${t('owner')}: ${item.owner} · ${t('for_week', { week: item.week })}`,
        40,
        doc.y,
        { width: 515 },
      );
    }
  };
  list(t('hotspots'), picture.hotspots, t('none'));
  list(t('priorities'), picture.priorities, t('none'));
  list(t('open_actions'), picture.openActions, t('none'));
  doc.end();
  return done;
}
