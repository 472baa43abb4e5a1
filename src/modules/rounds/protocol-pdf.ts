import PDFDocument from 'pdfkit';
import type { Language } from '../../core/i18n/i18n';
import type { walkProtocolData } from './walks.service';

type ProtocolData = Awaited<ReturnType<typeof walkProtocolData>>;

const text = {
  sv: {
    title: 'Protokoll från trygghetsvandring',
    area: 'Område',
    meetings: 'Möten',
    introduction: 'Introduktionsmöte',
    walk: 'Vandring',
    feedback: 'Återkopplingsmöte',
    notSet: 'ej bestämt',
    route: 'Vandringsväg',
    participants: 'Deltagare',
    tenants: 'Hyresgäster',
    kinds: {
      tenants: 'Hyresgäster',
      housing_company: 'Bostadsbolaget',
      municipality: 'Kommunen',
      police: 'Polisen',
      association: 'Förening',
      other: 'Övriga',
    },
    summary: 'Sammanfattning',
    positive: 'Det här fungerar bra',
    problems: 'Iakttagelser',
    severity: { low: 'låg', medium: 'medel', high: 'hög' },
    action: 'Åtgärd',
    status: { open: 'öppen', in_progress: 'pågår', done: 'klar', wont_do: 'görs inte' },
    due: 'senast',
    repeatOf: 'Uppföljning av vandringen',
    repeatWalk: 'Uppföljande vandring',
    none: 'Inga.',
    person: 'person',
    persons: 'personer',
  },
  en: {
    title: 'Safety walk protocol',
    area: 'Area',
    meetings: 'Meetings',
    introduction: 'Introduction meeting',
    walk: 'Walk',
    feedback: 'Feedback meeting',
    notSet: 'not set',
    route: 'Route',
    participants: 'Participants',
    tenants: 'Tenants',
    kinds: {
      tenants: 'Tenants',
      housing_company: 'Housing company',
      municipality: 'Municipality',
      police: 'Police',
      association: 'Association',
      other: 'Others',
    },
    summary: 'Summary',
    positive: 'What works well',
    problems: 'Findings',
    severity: { low: 'low', medium: 'medium', high: 'high' },
    action: 'Action',
    status: { open: 'open', in_progress: 'in progress', done: 'done', wont_do: "won't do" },
    due: 'due',
    repeatOf: 'Repeat of the walk',
    repeatWalk: 'Repeat walk',
    none: 'None.',
    person: 'person',
    persons: 'people',
  },
} as const;

/** The protocol of a safety walk as a PDF: meetings, participants (tenants counted), findings and actions. */
export function protocolPdf(data: ProtocolData, language: Language): Promise<Buffer> {
  const t = text[language];
  const { walk } = data;
  const doc = new PDFDocument({ size: 'A4', margin: 50, info: { Title: `${t.title}: ${walk.title}` } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc.fontSize(18).text(t.title);
  doc.fontSize(14).text(walk.title);
  doc.moveDown(0.5).fontSize(11).text(`${t.area}: ${walk.areaName}`);
  if (data.repeatOf) doc.text(`${t.repeatOf}: ${data.repeatOf.title} (${data.repeatOf.walkOn})`);
  if (data.repeatWalk) doc.text(`${t.repeatWalk}: ${data.repeatWalk.title} (${data.repeatWalk.walkOn})`);

  const heading = (s: string) => doc.moveDown(0.8).fontSize(13).text(s).fontSize(11);
  heading(t.meetings);
  doc.text(`${t.introduction}: ${walk.introductionOn ?? t.notSet}`);
  doc.text(`${t.walk}: ${walk.walkOn}`);
  doc.text(`${t.feedback}: ${walk.feedbackOn ?? t.notSet}`);

  if (walk.route) {
    heading(t.route);
    doc.text(walk.route);
  }
  heading(t.participants);
  if (!walk.participants.length) doc.text(t.none);
  for (const part of walk.participants) {
    const who =
      part.kind === 'tenants'
        ? t.tenants
        : [t.kinds[part.kind], part.organisation].filter(Boolean).join(', ');
    doc.text(`${who}: ${part.count} ${part.count === 1 ? t.person : t.persons}`);
  }
  if (walk.summary) {
    heading(t.summary);
    doc.text(walk.summary);
  }

  const actionOf = new Map(data.actions.map((a) => [a.findingId, a]));
  heading(t.positive);
  const positives = walk.findingList.filter((f) => f.positive);
  if (!positives.length) doc.text(t.none);
  for (const f of positives) doc.text(`• ${f.note}`);

  heading(t.problems);
  const problems = walk.findingList.filter((f) => !f.positive);
  if (!problems.length) doc.text(t.none);
  for (const [i, f] of problems.entries()) {
    const where = [f.staircase, f.floor].filter(Boolean).join(', ');
    doc.text(`${i + 1}. ${f.note}${where ? ` (${where})` : ''} — ${t.severity[f.severity ?? 'low']}`);
    const action = actionOf.get(f.id);
    if (action) {
      const due = action.dueOn ? `, ${t.due} ${action.dueOn}` : '';
      doc.text(`   ${t.action}: ${action.title} — ${t.status[action.status]}${due}`);
    }
  }
  doc.end();
  return done;
}
