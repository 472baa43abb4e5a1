/**
 * Letters to households with a personal link as a QR code (the survey's invitations, the
 * participatory budget's voting codes): one printable PDF, a page per household. A module gives the
 * texts; the layout, the tagging and the QR code are here, so every letter prints the same way.
 */
import QRCode from 'qrcode';
import { accessiblePdf, finishPdf, rightToLeftText } from './pdf';

/** A paragraph in another language than the letter's: a heading and a text, tagged with its language. */
export type OtherLanguageParagraph = { language: string; heading: string; text: string; rtl: boolean };

/** One household's page. */
export type LetterPage = {
  /** The address block, line by line ("Till hushållet", the address, the area). */
  recipient: readonly string[];
  /** A small line under the address (the household's reference). */
  ref: string;
  heading: string;
  /** The letter's paragraphs, in the document's language. */
  paragraphs: readonly string[];
  /** The personal link, printed and drawn as a QR code. */
  link: string;
  otherLanguages: readonly OtherLanguageParagraph[];
};

/** What the QR code is and what is said beside it, the same on every page. */
export type LetterFrame = {
  title: string;
  /** The document's language (BCP 47). */
  language: string;
  qrAlt: string;
  /** "Scan the code or type the link:" */
  scan: string;
  /** Under the link: how it may be used. */
  linkNote: string;
  /** The only text of a batch without letters. */
  none: string;
};

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
function otherLanguage(doc: PDFKit.PDFDocument, parent: Section, paragraph: OtherLanguageParagraph) {
  doc.moveDown(0.6);
  for (const [tag, font, content] of [
    ['H2', 'bold', paragraph.heading],
    ['P', 'body', paragraph.text],
  ] as const) {
    parent.add(
      doc.struct(tag, { lang: paragraph.language }, () => {
        doc.font(font).fontSize(9.5).fillColor('#000');
        if (paragraph.rtl) rightToLeftText(doc, content, { x: margin, width });
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

function letterPage(doc: PDFKit.PDFDocument, root: Section, frame: LetterFrame, letter: LetterPage) {
  const page = doc.struct('Sect');
  root.add(page);
  // Address block in the window of a C5 envelope.
  block(doc, page, 'P', letter.recipient.join('\n'), { size: 11, x: 320, y: 130, w: 220 });
  block(doc, page, 'P', letter.ref, { size: 8, colour: muted, x: 320, w: 220 });
  block(doc, page, 'H1', letter.heading, { font: 'bold', size: 18, y: 250 });
  for (const paragraph of letter.paragraphs) {
    doc.moveDown(0.4);
    block(doc, page, 'P', paragraph, { size: 11 });
  }
  const y = doc.y + 16;
  page.add(doc.struct('Figure', { alt: frame.qrAlt }, () => drawQr(doc, letter.link, margin, y, 120)));
  const beside = { x: margin + 140, w: width - 140 };
  block(doc, page, 'P', frame.scan, { size: 11, y: y + 20, ...beside });
  block(doc, page, 'P', letter.link, { font: 'mono', size: 11, y: y + 40, ...beside });
  block(doc, page, 'P', frame.linkNote, { size: 9, colour: muted, y: y + 84, ...beside });
  doc.x = margin;
  doc.y = y + 124;
  for (const paragraph of letter.otherLanguages) otherLanguage(doc, page, paragraph);
  page.end();
}

/**
 * One A4 page per household: address block, the letter in the document's language, the QR code and
 * the link, then a short paragraph in each other language. Tagged PDF (PDF/UA) with DejaVu Sans
 * embedded, each paragraph marked with its language, so Arabic prints joined and right to left.
 */
export async function lettersPdf(frame: LetterFrame, letters: readonly LetterPage[]): Promise<Buffer> {
  const doc = accessiblePdf({ title: frame.title, language: frame.language, margin });
  const root = doc.struct('Document');
  doc.addStructure(root);
  for (const [i, letter] of letters.entries()) {
    // accessiblePdf opens the first page.
    if (i > 0) doc.addPage();
    letterPage(doc, root, frame, letter);
  }
  if (letters.length === 0) block(doc, root, 'P', frame.none, { size: 11 });
  root.end();
  return finishPdf(doc);
}
