import { describe, expect, it } from 'vitest';
import { pdfStructure, pdfWords } from '../../../test/pdf-text';
import { accessiblePdf, finishPdf } from './pdf';
import { type PdfTable, pdfTable } from './pdf-table';

/** A one-page document holding the table. */
async function tablePdf(table: PdfTable): Promise<Buffer> {
  const doc = accessiblePdf({ title: 'Tabell', language: 'sv' });
  const root = doc.struct('Document');
  doc.addStructure(root);
  pdfTable(doc, root, table);
  root.end();
  return finishPdf(doc, (p, n) => `Sida ${p} av ${n}`);
}

describe('a PDF table', () => {
  it('makes a row as high as its most wrapped cell, so the next row starts below it', async () => {
    const long = 'Ett mycket långt namn på ett område som inte får plats på en rad i en smal kolumn alls';
    const words = pdfWords(
      await tablePdf({
        caption: 'Test',
        columns: ['Område', 'Värde'],
        rows: [
          [long, '1'],
          ['Nästa', '2'],
        ],
        widths: [1, 4],
        numeric: [false, true],
        rowHeaders: true,
      }),
    );
    const wrapped = words.filter((w) => long.split(' ').includes(w.text) && w.text !== 'på');
    const next = words.find((w) => w.text === 'Nästa')!;
    // The long name wraps over several lines in its column of a fifth of the width …
    expect(new Set(wrapped.map((w) => w.yMin)).size).toBeGreaterThan(3);
    // … and the next row's text starts below its last line, as does the next row's value.
    expect(next.yMin).toBeGreaterThan(Math.max(...wrapped.map((w) => w.yMax)));
    expect(words.find((w) => w.text === '2')!.yMin).toBe(next.yMin);
  });

  it('without a caption, widths or alignment: no Caption, and figure columns right-aligned', async () => {
    const pdf = await tablePdf({
      columns: ['Område', 'Hushåll', 'Kod'],
      rows: [
        ['Bäckby norra', '1\u00a0234', 'BN'],
        ['Råby', '12', 'RÅ'],
      ],
      rowHeaders: true,
    });
    const tree = pdfStructure(pdf);
    expect(tree).not.toMatch(/^\s*Caption\b/m);
    expect(tree.match(/^\s*TR\b/gm)).toHaveLength(3);
    expect(tree.match(/\/Scope \/Row/g)).toHaveLength(2);
    const words = pdfWords(pdf);
    const at = (text: string) => words.find((w) => w.text === text)!;
    // "1 234" and "12" read as figures: their right edges line up. The codes do not: their left edges do.
    expect(at('234').xMax).toBeCloseTo(at('12').xMax, 0);
    expect(at('BN').xMin).toBeCloseTo(at('RÅ').xMin, 0);
    expect(at('BN').xMin).not.toBeCloseTo(at('12').xMin, 0);
  });
});
