import PDFDocument from 'pdfkit';
import { type Language, translator } from '../../core/i18n/i18n';
import type { walkProtocolData } from './walks.service';

type ProtocolData = Awaited<ReturnType<typeof walkProtocolData>>;

type Doc = PDFKit.PDFDocument;
type Words = ReturnType<typeof translator>;
type Walk = ProtocolData['walk'];

const heading = (doc: Doc, s: string) => doc.moveDown(0.8).fontSize(13).text(s).fontSize(11);

/** The walk's title, area and both ends of its repeat link. */
function writeTitle(doc: Doc, t: Words, data: ProtocolData) {
  doc.fontSize(18).text(t('title'));
  doc.fontSize(14).text(data.walk.title);
  doc
    .moveDown(0.5)
    .fontSize(11)
    .text(`${t('area')}: ${data.walk.areaName}`);
  if (data.repeatOf) doc.text(`${t('repeatOf')}: ${data.repeatOf.title} (${data.repeatOf.walkOn})`);
  if (data.repeatWalk) doc.text(`${t('repeatWalk')}: ${data.repeatWalk.title} (${data.repeatWalk.walkOn})`);
}

/** The three meetings, the route, who took part (tenants only counted) and the summary. */
function writeWalk(doc: Doc, t: Words, walk: Walk) {
  heading(doc, t('meetings'));
  doc.text(`${t('introduction')}: ${walk.introductionOn ?? t('notSet')}`);
  doc.text(`${t('walk')}: ${walk.walkOn}`);
  doc.text(`${t('feedback')}: ${walk.feedbackOn ?? t('notSet')}`);
  if (walk.route) {
    heading(doc, t('route'));
    doc.text(walk.route);
  }
  heading(doc, t('participants'));
  if (!walk.participants.length) doc.text(t('none'));
  for (const part of walk.participants) {
    const who =
      part.kind === 'tenants'
        ? t('tenants')
        : [t(`kinds.${part.kind}`), part.organisation].filter(Boolean).join(', ');
    doc.text(`${who}: ${part.count} ${part.count === 1 ? t('person') : t('persons')}`);
  }
  if (walk.summary) {
    heading(doc, t('summary'));
    doc.text(walk.summary);
  }
}

/** What works well, then the problems numbered, each with its action when it has one. */
function writeFindings(doc: Doc, t: Words, data: ProtocolData) {
  const actionOf = new Map(data.actions.map((a) => [a.findingId, a]));
  heading(doc, t('positive'));
  const positives = data.walk.findingList.filter((f) => f.positive);
  if (!positives.length) doc.text(t('none'));
  for (const f of positives) doc.text(`• ${f.note}`);

  heading(doc, t('problems'));
  const problems = data.walk.findingList.filter((f) => !f.positive);
  if (!problems.length) doc.text(t('none'));
  for (const [i, f] of problems.entries()) {
    const where = [f.staircase, f.floor].filter(Boolean).join(', ');
    doc.text(`${i + 1}. ${f.note}${where ? ` (${where})` : ''} — ${t(`severity.${f.severity ?? 'low'}`)}`);
    const action = actionOf.get(f.id);
    if (action) {
      const due = action.dueOn ? `, ${t('due')} ${action.dueOn}` : '';
      doc.text(`   ${t('action')}: ${action.title} — ${t(`status.${action.status}`)}${due}`);
    }
  }
}

/** The protocol of a safety walk as a PDF: meetings, participants (tenants counted), findings and actions. */
export function protocolPdf(data: ProtocolData, language: Language): Promise<Buffer> {
  const t = translator(language, 'rounds:protocol');
  const doc = new PDFDocument({
    size: 'A4',
    margin: 50,
    info: { Title: `${t('title')}: ${data.walk.title}` },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  writeTitle(doc, t, data);
  writeWalk(doc, t, data.walk);
  writeFindings(doc, t, data);
  doc.end();
  return done;
}
