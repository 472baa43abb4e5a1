/**
 * Accessible PDF documents: tagged (PDF/UA, PDF 1.7) with an embedded Unicode font, so screen
 * readers get the structure and language, and letters in Arabic or Somali print as written.
 * DejaVu Sans comes from npm (dejavu-fonts-ttf), never from the machine's fonts.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';

const fontDir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');

/** The font files, registered in every document as `body`, `bold` and `italic`. */
export const pdfFonts = {
  body: join(fontDir, 'DejaVuSans.ttf'),
  bold: join(fontDir, 'DejaVuSans-Bold.ttf'),
  italic: join(fontDir, 'DejaVuSans-Oblique.ttf'),
} as const;

export type AccessiblePdfOptions = {
  title: string;
  /** BCP 47 language of the text, e.g. 'sv' or 'en'. */
  language: string;
  author?: string;
  subject?: string;
  size?: string;
  layout?: 'portrait' | 'landscape';
  margin?: number;
};

/**
 * A new tagged document with the fonts registered and `body` chosen. Put content in structure
 * elements (`doc.struct('P', …)`, `doc.struct('Table', …)`, figures with `alt`); finish with
 * `finishPdf`, which numbers the pages. Pages are buffered so the numbers can say "of N".
 */
export function accessiblePdf(options: AccessiblePdfOptions): PDFKit.PDFDocument {
  const doc = new PDFDocument({
    size: options.size ?? 'A4',
    layout: options.layout ?? 'portrait',
    margin: options.margin ?? 50,
    pdfVersion: '1.7',
    tagged: true,
    subset: 'PDF/UA',
    lang: options.language,
    displayTitle: true,
    bufferPages: true,
    info: {
      Title: options.title,
      ...(options.author ? { Author: options.author } : {}),
      ...(options.subject ? { Subject: options.subject } : {}),
    },
    // pdfkit knows 'PDF/UA' (its XMP identification); @types/pdfkit lists only the PDF/A subsets.
  } as unknown as PDFKit.PDFDocumentOptions);
  for (const [name, file] of Object.entries(pdfFonts)) doc.registerFont(name, file);
  doc.font('body');
  return doc;
}

/**
 * Ends the document and gives its bytes. Every page gets a footer (`pageLabel(page, pages)`, e.g.
 * "Sida 2 av 7"), marked as a pagination artifact so assistive technology skips it.
 */
export function finishPdf(
  doc: PDFKit.PDFDocument,
  pageLabel: (page: number, pages: number) => string,
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const { margins, width, height } = doc.page;
    // Writing inside the bottom margin would otherwise add a page.
    const bottom = margins.bottom;
    doc.page.margins.bottom = 0;
    doc.markContent('Artifact', { type: 'Pagination' } as never);
    doc
      .font('body')
      .fontSize(8)
      .fillColor('#495057')
      .text(pageLabel(i - range.start + 1, range.count), margins.left, height - bottom / 2 - 4, {
        width: width - margins.left - margins.right,
        align: 'center',
        lineBreak: false,
      });
    doc.endMarkedContent();
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}
