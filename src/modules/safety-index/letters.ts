/**
 * The paper letters (one printable PDF a month, a page per household) and the e-mail text of the
 * survey's invitations and reminders.
 */
import QRCode from 'qrcode';
import { accessiblePdf, finishPdf, rightToLeftText } from '../../core/export/pdf';
import {
  type LetterKind,
  type LetterLanguage,
  letterLanguages,
  otherLanguageText,
  swedishLetter as sv,
} from './i18n/letter-texts';
import { rtlLanguages } from './instrument';

export type Letter = { address: string; areaName: string; ref: string; link: string };

const margin = 56;
const width = 595.28 - 2 * margin;
const muted = '#555';

type Section = PDFKit.PDFStructureElement;

/** A block of text as one structure element at (x, y), or at doc.y below the last. */
function block(
  doc: PDFKit.PDFDocument,
  parent: Section,
  tag: string,
  text: string,
  style: {
    font?: 'body' | 'bold' | 'mono';
    size: number;
    colour?: string;
    x?: number;
    y?: number;
    w?: number;
  },
) {
  parent.add(
    doc.struct(tag, {}, () => {
      doc
        .font(style.font ?? 'body')
        .fontSize(style.size)
        .fillColor(style.colour ?? '#000')
        .text(text, style.x ?? margin, style.y ?? doc.y, { width: style.w ?? width });
    }),
  );
}

/** A language's heading and paragraph, tagged with the language; right to left where it is written so. */
function otherLanguage(doc: PDFKit.PDFDocument, parent: Section, language: LetterLanguage, kind: LetterKind) {
  const { heading, text } = otherLanguageText(language, kind);
  const rtl = rtlLanguages.has(language);
  doc.moveDown(0.6);
  for (const [tag, font, content] of [
    ['H2', 'bold', heading],
    ['P', 'body', text],
  ] as const) {
    parent.add(
      doc.struct(tag, { lang: language }, () => {
        doc.font(font).fontSize(9.5).fillColor('#000');
        if (rtl) rightToLeftText(doc, content, { x: margin, width });
        else doc.text(content, margin, doc.y, { width });
      }),
    );
  }
}

/**
 * The QR code as squares in the page's ink, each row's dark run one rectangle, in a quiet zone of a
 * module: sharp at any print size, and quick (a PNG per page was most of a batch's time).
 */
function drawQr(doc: PDFKit.PDFDocument, link: string, x: number, y: number, size: number) {
  const { modules } = QRCode.create(link, { errorCorrectionLevel: 'M' });
  const cell = size / (modules.size + 2);
  for (let row = 0; row < modules.size; row++)
    for (let col = 0; col < modules.size; ) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < modules.size && modules.get(row, col)) col++;
      doc.rect(x + (start + 1) * cell, y + (row + 1) * cell, (col - start) * cell, cell);
    }
  doc.fillColor('#000').fill();
}

function letterPage(doc: PDFKit.PDFDocument, root: Section, letter: Letter, kind: LetterKind) {
  const page = doc.struct('Sect');
  root.add(page);
  // Address block in the window of a C5 envelope.
  block(doc, page, 'P', [sv.recipient, letter.address, letter.areaName].join('\n'), {
    size: 11,
    x: 320,
    y: 130,
    w: 220,
  });
  block(doc, page, 'P', sv.ref(letter.ref), { size: 8, colour: muted, x: 320, w: 220 });
  block(doc, page, 'H1', sv.heading[kind], { font: 'bold', size: 18, y: 250 });
  doc.moveDown(0.4);
  block(doc, page, 'P', sv.body[kind], { size: 11 });
  doc.moveDown(0.4);
  block(doc, page, 'P', sv.anonymity, { size: 11 });
  const y = doc.y + 16;
  page.add(doc.struct('Figure', { alt: sv.qrAlt }, () => drawQr(doc, letter.link, margin, y, 120)));
  const beside = { x: margin + 140, w: width - 140 };
  block(doc, page, 'P', sv.scan, { size: 11, y: y + 20, ...beside });
  block(doc, page, 'P', letter.link, { font: 'mono', size: 11, y: y + 40, ...beside });
  block(doc, page, 'P', sv.linkNote, { size: 9, colour: muted, y: y + 84, ...beside });
  doc.x = margin;
  doc.y = y + 124;
  for (const language of letterLanguages) otherLanguage(doc, page, language, kind);
  page.end();
}

/**
 * One A4 page per household: address block, the invitation or reminder in Swedish, the QR code and the
 * link, then a short paragraph in English, Arabic and Somali. Tagged PDF (PDF/UA) with DejaVu Sans
 * embedded, each paragraph marked with its language, so Arabic prints joined and right to left.
 */
export async function lettersPdf(letters: readonly Letter[], kind: LetterKind): Promise<Buffer> {
  const doc = accessiblePdf({ title: sv.title[kind], language: 'sv', margin });
  const root = doc.struct('Document');
  doc.addStructure(root);
  for (const [i, letter] of letters.entries()) {
    // accessiblePdf opens the first page.
    if (i > 0) doc.addPage();
    letterPage(doc, root, letter, kind);
  }
  if (letters.length === 0) block(doc, root, 'P', sv.none, { size: 11 });
  root.end();
  return finishPdf(doc);
}

export function mailBody(link: string, kind: 'invitation' | 'reminder') {
  const first =
    kind === 'reminder'
      ? 'Påminnelse: du är inbjuden att svara på vår trygghetsenkät. Har du redan svarat: tack!'
      : 'Ditt hushåll är inbjudet att svara på vår trygghetsenkät. Det tar ungefär tre minuter.';
  return `${first}\n\nSvara här: ${link}\n\nDina svar är anonyma: vi sparar bara område och månad.\n\nThe survey is also available in English, Arabic and Somali.`;
}
