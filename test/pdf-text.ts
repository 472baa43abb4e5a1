/** Reads the text of a PDF made by pdfkit with its standard fonts, for tests. */
import { inflateSync } from 'node:zlib';
import iconv from 'iconv-lite';

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
