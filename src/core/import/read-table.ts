import { isUtf8 } from 'node:buffer';
import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { assertZipWithin, ZipRefusedError } from './zip-guard';

/** A file read as a header and its data rows, every cell a trimmed string. */
export type Table = { header: string[]; rows: string[][] };

export class UnreadableFileError extends Error {}
export { ZipRefusedError };

type Encoding = 'utf8' | 'utf16le' | 'utf16be' | 'windows1252';

/** Tells the encoding of CSV bytes: UTF-8 (with or without BOM), UTF-16 LE/BE, or Windows-1252. */
export function detectEncoding(buf: Buffer): Encoding {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return 'utf8';
  if (buf[0] === 0xff && buf[1] === 0xfe) return 'utf16le';
  if (buf[0] === 0xfe && buf[1] === 0xff) return 'utf16be';
  if (looksLikeUtf16(buf)) return buf[0] === 0 ? 'utf16be' : 'utf16le';
  // isUtf8 checks without building a string of the whole file.
  return isUtf8(buf) ? 'utf8' : 'windows1252';
}

/** Decodes CSV bytes: UTF-8 (with or without BOM), UTF-16 LE/BE, or Windows-1252 as Swedish Excel writes it. */
export function decodeText(bytes: Uint8Array): string {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // iconv-lite strips a leading BOM of UTF-8 and UTF-16.
  return iconv.decode(buf, detectEncoding(buf));
}

// Without a BOM, UTF-16 text of Latin letters has a zero in every other byte.
function looksLikeUtf16(buf: Buffer): boolean {
  const sample = buf.subarray(0, Math.min(buf.length, 200));
  if (sample.length < 4) return false;
  let zeros = 0;
  for (const byte of sample) if (byte === 0) zeros++;
  // UTF-32 has three zeros in four: not UTF-16, and not something we read.
  return zeros >= sample.length / 3 && zeros < (sample.length * 2) / 3;
}

/** Picks the separator that occurs most often outside quotes in the header line. */
export function detectDelimiter(text: string): ',' | ';' | '\t' {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch in counts) counts[ch as keyof typeof counts]++;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[',']) return '\t';
  return ',';
}

/** Told how many of the file's bytes have been handed to the parser. */
export type BytesListener = (consumed: number, total: number) => void;

// Small chunks: what the parser has taken is then a close measure of how far it has come.
const chunkSize = 16 * 1024;

/** The bytes as a stream of 64 KiB chunks, counting what the parser has taken. */
function byteStream(buf: Buffer, onBytes: BytesListener): Readable {
  let at = 0;
  return new Readable({
    read() {
      if (at >= buf.length) {
        this.push(null);
        return;
      }
      const end = Math.min(buf.length, at + chunkSize);
      this.push(buf.subarray(at, end));
      at = end;
      onBytes(at, buf.length);
    },
  });
}

async function* csvRows(buf: Buffer, onBytes: BytesListener): AsyncGenerator<string[]> {
  const encoding = detectEncoding(buf);
  const delimiter = detectDelimiter(iconv.decode(buf.subarray(0, chunkSize), encoding));
  const parser = byteStream(buf, onBytes)
    .pipe(iconv.decodeStream(encoding))
    .pipe(parse({ delimiter, relax_column_count: true, skip_empty_lines: true, trim: true, bom: true }));
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      // A NUL is never text: the file is binary or in an encoding we do not read (UTF-32).
      if (record.some((cell) => cell.includes('\u0000'))) throw new UnreadableFileError('NUL in text');
      yield record;
    }
  } catch (error) {
    if (error instanceof UnreadableFileError) throw error;
    throw new UnreadableFileError(String(error));
  }
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return String(value.text);
    if ('error' in value) return '';
  }
  return String(value).trim();
}

async function* xlsxRows(buf: Buffer, maxUnpackedBytes: number, onBytes: BytesListener) {
  // The zip is checked before any parser inflates it: a bomb is refused here.
  await assertZipWithin(buf, maxUnpackedBytes);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(byteStream(buf, onBytes), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache', // dates are numbers with a date format: the styles tell them apart
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  try {
    for await (const sheet of reader) {
      for await (const row of sheet as unknown as AsyncIterable<ExcelJS.Row>) {
        const values = row.values as ExcelJS.CellValue[];
        const cells: string[] = [];
        for (let c = 1; c < values.length; c++) cells.push(cellText(values[c]));
        if (cells.some((cell) => cell !== '')) yield cells;
      }
      return; // the first sheet only
    }
  } catch (error) {
    throw new UnreadableFileError(String(error));
  }
}

const zipMagic = [0x50, 0x4b, 0x03, 0x04];

export type ReadOptions = {
  /** XLSX: the most its entries may unpack to, in bytes. */
  maxUnpackedBytes?: number;
  onBytes?: BytesListener;
};

/**
 * Reads CSV or XLSX (told apart by content, not by file name) row by row, the header first,
 * without building the whole table: memory stays flat and the caller can stop at a row cap.
 */
export async function* readRows(bytes: Uint8Array, options: ReadOptions = {}): AsyncGenerator<string[]> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const onBytes = options.onBytes ?? (() => {});
  if (zipMagic.every((b, i) => buf[i] === b)) {
    yield* xlsxRows(buf, options.maxUnpackedBytes ?? 256 * 2 ** 20, onBytes);
    return;
  }
  if (buf.includes(0) && !looksLikeUtf16(buf) && buf[0] !== 0xff && buf[0] !== 0xfe) {
    throw new UnreadableFileError('binary content');
  }
  yield* csvRows(buf, onBytes);
}

/** Reads a whole (small) file into memory: the header and every row. */
export async function readTable(bytes: Uint8Array, options: ReadOptions = {}): Promise<Table> {
  const all: string[][] = [];
  for await (const row of readRows(bytes, options)) all.push(row);
  const [header = [], ...rows] = all;
  return { header, rows };
}
