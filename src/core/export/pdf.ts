/**
 * Accessible PDF documents: tagged (PDF/UA, PDF 1.7) with an embedded Unicode font, so screen
 * readers get the structure and language, and letters in Arabic or Somali print as written.
 * DejaVu Sans comes from npm (dejavu-fonts-ttf), never from the machine's fonts.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import bidiFactory, { type EmbeddingLevels } from 'bidi-js';
import PDFDocument from 'pdfkit';

const fontDir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');

/**
 * The font files, registered in every document as `body`, `bold`, `italic` and `mono` (for what is
 * typed by hand, such as a link: 0/O and l/1 differ). Only those used are embedded. DejaVu Sans and
 * its bold have Arabic letters; the oblique has none.
 */
export const pdfFonts = {
  body: join(fontDir, 'DejaVuSans.ttf'),
  bold: join(fontDir, 'DejaVuSans-Bold.ttf'),
  italic: join(fontDir, 'DejaVuSans-Oblique.ttf'),
  mono: join(fontDir, 'DejaVuSansMono.ttf'),
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
 * Ends the document and gives its bytes. With `pageLabel` every page gets a footer
 * (`pageLabel(page, pages)`, e.g. "Sida 2 av 7"), marked as a pagination artifact so assistive
 * technology skips it; without, none (a batch of letters, a page each, is not one document to a reader).
 */
export function finishPdf(
  doc: PDFKit.PDFDocument,
  pageLabel?: (page: number, pages: number) => string,
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const range = doc.bufferedPageRange();
  for (let i = range.start; pageLabel && i < range.start + range.count; i++) {
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

const bidi = bidiFactory();

/** A line's characters in display order, left to right, as runs of one bidi embedding level. */
function visualRuns(text: string, embedding: EmbeddingLevels, start: number, end: number) {
  const mirrored = bidi.getMirroredCharactersMap(text, embedding.levels, start, end);
  const runs: { text: string; level: number }[] = [];
  for (const i of bidi.getReorderedIndices(text, embedding, start, end).slice(start, end + 1)) {
    const char = mirrored.get(i) ?? text[i];
    const last = runs.at(-1);
    if (last?.level === embedding.levels[i]) last.text += char;
    else runs.push({ text: char, level: embedding.levels[i] });
  }
  return runs;
}

/**
 * One line of text in display order, left to right, by the Unicode bidirectional algorithm (UAX #9,
 * bidi-js): right-to-left runs reversed, numbers and Latin inside them kept left to right, brackets
 * mirrored. `direction` is the paragraph's (Arabic: 'rtl').
 */
export function visualOrder(line: string, direction: 'ltr' | 'rtl'): string {
  const embedding = bidi.getEmbeddingLevels(line, direction);
  return visualRuns(line, embedding, 0, line.length - 1)
    .map((run) => run.text)
    .join('');
}

const reversed = (text: string) => [...text].reverse().join('');
const scripted = /[^\p{Script=Common}\p{Script=Inherited}]/u;
const rightToLeftScript =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
/** fontkit shapes a run in the script of its first letter and reverses the glyphs of a right-to-left one. */
const fontkitReverses = (text: string) => rightToLeftScript.test(text.match(scripted)?.[0] ?? '');
/**
 * A run as fontkit must get it to draw it in display order. pdfkit shapes each space-separated word on
 * its own (and caches it), so a run that fontkit reverses goes as one word: in reading order, its
 * spaces no-break spaces.
 */
function forFontkit(run: string) {
  const reading = reversed(run);
  return fontkitReverses(reading) ? reading.replaceAll(' ', '\u00a0') : run;
}

/**
 * A paragraph's lines (inclusive character ranges), broken at spaces to fit `width` in the current
 * font. Words are measured one by one: pdfkit caches a word's layout, and shaping never joins across
 * a space.
 */
function lineRanges(doc: PDFKit.PDFDocument, text: string, width: number): [number, number][] {
  const space = doc.widthOfString(' ');
  const lines: [number, number][] = [];
  let start = 0;
  let end = -1;
  let used = 0;
  for (const word of text.matchAll(/\S+/g)) {
    const wordWidth = doc.widthOfString(word[0]);
    if (end >= start && used + space + wordWidth > width) {
      lines.push([start, end]);
      start = word.index;
      used = 0;
    }
    used += (end >= start ? space : 0) + wordWidth;
    end = word.index + word[0].length - 1;
  }
  if (end >= start) lines.push([start, end]);
  return lines;
}

/**
 * Writes a paragraph of right-to-left text (Arabic, Hebrew, …) at `doc.y`, right-aligned in the box, in
 * the current font, and leaves `doc.y` below it. pdfkit shapes Arabic letters but puts a line's words
 * left to right in the order written, so each line goes out run by run in display order
 * (`visualOrder`); a right-to-left run is given in reading order, as fontkit reverses it when shaping.
 * Call it inside the paragraph's structure element, e.g. `doc.struct('P', { lang: 'ar' }, () => …)`.
 */
export function rightToLeftText(doc: PDFKit.PDFDocument, text: string, box: { x: number; width: number }) {
  const embedding = bidi.getEmbeddingLevels(text, 'rtl');
  for (const [start, end] of lineRanges(doc, text, box.width)) {
    const height = doc.currentLineHeight(true);
    if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.continueOnNewPage();
    const runs = visualRuns(text, embedding, start, end).map((run) => forFontkit(run.text));
    const width = runs.reduce((sum, run) => sum + doc.widthOfString(run), 0);
    const y = doc.y;
    doc.x = box.x + box.width - width;
    for (const run of runs) doc.text(run, doc.x, y, { lineBreak: false });
    doc.x = box.x;
    doc.y = y + height;
  }
}
