import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText, detectDelimiter, readTable } from './read-table';

const swedish = 'Åsa Öberg, Ängsvägen 3 – Skäggetorp';

describe('decodeText', () => {
  it('reads UTF-8 with and without BOM', () => {
    const plain = Buffer.from(swedish, 'utf8');
    expect(decodeText(plain)).toBe(swedish);
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), plain]))).toBe(swedish);
  });

  it('reads UTF-16 LE and BE with BOM, and LE without', () => {
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(swedish, 'utf16le')]))).toBe(
      swedish,
    );
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(swedish, 'utf16be')]))).toBe(
      swedish,
    );
    expect(decodeText(iconv.encode(swedish, 'utf16le'))).toBe(swedish);
  });

  it('reads Windows-1252 as Swedish Excel writes it (å = 0xE5, ä = 0xE4, ö = 0xF6)', () => {
    const bytes = Buffer.from([0x4e, 0xe5, 0x67, 0x6f, 0x74, 0x20, 0xe4, 0x72, 0x20, 0xf6, 0x64, 0x65]);
    expect(decodeText(bytes)).toBe('Något är öde');
  });
});

describe('detectDelimiter', () => {
  it('prefers semicolons when the header has more of them, ignoring quoted text', () => {
    expect(detectDelimiter('a;b;"c,d,e"\n1;2;3')).toBe(';');
    expect(detectDelimiter('a,b,"c;d;e"\n1,2,3')).toBe(',');
  });
});

describe('readTable', () => {
  const cellText = fc.string({ maxLength: 12 }).map((s) => s.trim());
  const table = fc
    .integer({ min: 1, max: 6 })
    .chain((cols) =>
      fc.tuple(
        fc.uniqueArray(fc.stringMatching(/^[a-z][a-z_]{0,8}$/), { minLength: cols, maxLength: cols }),
        fc.array(fc.array(cellText, { minLength: cols, maxLength: cols }), { minLength: 1, maxLength: 20 }),
      ),
    )
    .filter(([, rows]) => rows.every((r) => r.some((c) => c !== '')));

  it('round-trips any table written as CSV with comma or semicolon, in UTF-8 or UTF-16', async () => {
    await fc.assert(
      fc.asyncProperty(
        table,
        fc.constantFrom(',', ';'),
        fc.constantFrom('utf8', 'utf16le'),
        async ([header, rows], delimiter, encoding) => {
          const text = stringify([header, ...rows], { delimiter, quoted: true });
          const bytes =
            encoding === 'utf8'
              ? Buffer.from(text, 'utf8')
              : Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf16le')]);
          const read = await readTable(bytes);
          expect(read.header).toEqual(header);
          expect(read.rows).toEqual(rows);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('reads the first sheet of an XLSX file, dates as YYYY-MM-DD', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Blad1');
    sheet.addRow(['district', 'households', 'answered_on']);
    sheet.addRow(['Bäckby', 42, new Date(Date.UTC(2026, 10, 23))]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(await readTable(bytes)).toEqual({
      header: ['district', 'households', 'answered_on'],
      rows: [['Bäckby', '42', '2026-11-23']],
    });
  });
});
