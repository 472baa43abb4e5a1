/**
 * Reads PDFs in tests: `pdfText` the text of one made by pdfkit with its standard fonts; the rest
 * through Poppler's tools (poppler-utils: pdfinfo, pdffonts, pdftotext, pdftoppm; .ci/run installs
 * them), which read what a viewer sees of a document with embedded fonts.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import iconv from 'iconv-lite';
import sharp from 'sharp';

/**
 * pdfkit writes each line as `[<hex> kerning <hex> …] TJ` in Flate-compressed content streams,
 * the hex being WinAnsi (Windows-1252) codes. Joining the hex runs of each TJ gives the line.
 */
export function pdfText(pdf: Buffer): string[] {
  const raw = pdf.toString('latin1');
  const lines: string[] = [];
  for (const match of raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    let content: string;
    try {
      content = inflateSync(Buffer.from(match[1], 'latin1')).toString('latin1');
    } catch {
      continue; // not a Flate stream (fonts, images)
    }
    for (const tj of content.matchAll(/\[([^\]]*)\]\s*TJ/g)) {
      const hex = [...tj[1].matchAll(/<([0-9a-fA-F]*)>/g)].map((m) => m[1]).join('');
      lines.push(iconv.decode(Buffer.from(hex, 'hex'), 'win1252'));
    }
  }
  return lines;
}

function withPdfFile<T>(pdf: Buffer, use: (file: string, dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'grannskap-pdf-'));
  try {
    const file = join(dir, 'document.pdf');
    writeFileSync(file, pdf);
    return use(file, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const run = (tool: string, args: string[]) => execFileSync(tool, args, { encoding: 'utf8' });

/** `pdfinfo` as key → value ("Tagged" → "yes", "PDF version" → "1.7", "Pages" → "4"). */
export function pdfInfo(pdf: Buffer): Record<string, string> {
  const out = withPdfFile(pdf, (file) => run('pdfinfo', [file]));
  return Object.fromEntries(
    out
      .split('\n')
      .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1].trim(), m[2].trim()]),
  );
}

/** `pdfinfo -struct`: the structure tree, one element per line, indented by depth. */
export const pdfStructure = (pdf: Buffer): string =>
  withPdfFile(pdf, (file) => run('pdfinfo', ['-struct', file]));

/** `pdffonts`: each font's name and whether it is embedded ("yes"/"no" in the emb column). */
export function pdfFonts(pdf: Buffer): { name: string; embedded: boolean }[] {
  const out = withPdfFile(pdf, (file) => run('pdffonts', [file]));
  return out
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      // name, type (may hold spaces), encoding, then emb sub uni and the object id.
      const columns = line.trim().split(/\s+/);
      return { name: columns[0], embedded: columns.at(-5) === 'yes' };
    });
}

/**
 * The text layer of every page (`pdftotext`), one string per page; with `layout` the words of a
 * line stay on one line, in their columns.
 */
export function pdfPageTexts(pdf: Buffer, { layout = false } = {}): string[] {
  const out = withPdfFile(pdf, (file) =>
    run('pdftotext', ['-enc', 'UTF-8', ...(layout ? ['-layout'] : []), file, '-']),
  );
  // pdftotext ends every page with a form feed.
  return out.split('\f').slice(0, -1);
}

export type PdfWord = { page: number; text: string; xMin: number; yMin: number; xMax: number; yMax: number };

/** Every word with its box in points from the page's top left (`pdftotext -bbox`); pages from 0. */
export function pdfWords(pdf: Buffer): PdfWord[] {
  const html = withPdfFile(pdf, (file) => run('pdftotext', ['-enc', 'UTF-8', '-bbox', file, '-']));
  return html
    .split('<page ')
    .slice(1)
    .flatMap((page, k) =>
      [
        ...page.matchAll(
          /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
        ),
      ].map((m) => ({
        page: k,
        text: m[5]
          .replace(/&amp;/g, '&')
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&quot;/g, '"'),
        xMin: Number(m[1]),
        yMin: Number(m[2]),
        xMax: Number(m[3]),
        yMax: Number(m[4]),
      })),
    );
}

export type PageImage = { width: number; height: number; channels: number; pixels: Buffer };

/** Every page as an image (`pdftoppm -png` at the resolution), decoded by sharp. */
export async function pdfPageImages(pdf: Buffer, dpi = 50): Promise<PageImage[]> {
  const pngs = withPdfFile(pdf, (file, dir) => {
    run('pdftoppm', ['-r', String(dpi), '-png', file, join(dir, 'page')]);
    return readdirSync(dir)
      .filter((f) => f.endsWith('.png'))
      .sort((a, b) => Number(/(\d+)\.png$/.exec(a)?.[1]) - Number(/(\d+)\.png$/.exec(b)?.[1]))
      .map((f) => readFileSync(join(dir, f)));
  });
  return Promise.all(
    pngs.map(async (png) => {
      const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
      return { width: info.width, height: info.height, channels: info.channels, pixels: data };
    }),
  );
}

/**
 * The share of pixels that are not white inside a box given in PDF points from the page's top
 * left (72 points to the inch), on a page image made at `dpi`.
 */
export function inkShare(
  page: PageImage,
  box: { x: number; y: number; width: number; height: number },
  dpi = 50,
): number {
  const scale = dpi / 72;
  const [x0, y0] = [Math.floor(box.x * scale), Math.floor(box.y * scale)];
  const [x1, y1] = [Math.ceil((box.x + box.width) * scale), Math.ceil((box.y + box.height) * scale)];
  let ink = 0;
  let all = 0;
  for (let y = Math.max(0, y0); y < Math.min(page.height, y1); y++) {
    for (let x = Math.max(0, x0); x < Math.min(page.width, x1); x++) {
      const at = (y * page.width + x) * page.channels;
      all++;
      if (page.pixels[at] < 240 || page.pixels[at + 1] < 240 || page.pixels[at + 2] < 240) ink++;
    }
  }
  return all === 0 ? 0 : ink / all;
}

/**
 * The text alternatives (`/Alt`) of the structure elements, in document order. pdfkit writes them
 * uncompressed as literal strings, UTF-16BE after a byte-order mark when not plain ASCII.
 */
export function pdfAltTexts(pdf: Buffer): string[] {
  const escapes: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12 };
  const texts: string[] = [];
  for (let at = pdf.indexOf('/Alt ('); at !== -1; at = pdf.indexOf('/Alt (', at + 1)) {
    const bytes: number[] = [];
    let depth = 1;
    for (let k = at + 6; k < pdf.length; k++) {
      const c = pdf[k];
      if (c === 0x5c) {
        const next = String.fromCharCode(pdf[++k]);
        bytes.push(escapes[next] ?? next.charCodeAt(0));
      } else if (c === 0x28) {
        depth++;
        bytes.push(c);
      } else if (c === 0x29 && --depth === 0) break;
      else bytes.push(c);
    }
    const raw = Buffer.from(bytes);
    texts.push(
      raw[0] === 0xfe && raw[1] === 0xff
        ? Buffer.from(raw.subarray(2)).swap16().toString('utf16le')
        : raw.toString('latin1'),
    );
  }
  return texts;
}
