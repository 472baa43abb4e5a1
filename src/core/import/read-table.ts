import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';

/** A file read as a header and its data rows, every cell a trimmed string. */
export type Table = { header: string[]; rows: string[][] };

export class UnreadableFileError extends Error {}

/** Decodes CSV bytes: UTF-8 (with or without BOM), UTF-16 LE/BE, or Windows-1252 as Swedish Excel writes it. */
export function decodeText(bytes: Uint8Array): string {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return buf.subarray(3).toString('utf8');
  if (buf[0] === 0xff && buf[1] === 0xfe) return iconv.decode(buf.subarray(2), 'utf16le');
  if (buf[0] === 0xfe && buf[1] === 0xff) return iconv.decode(buf.subarray(2), 'utf16be');
  if (looksLikeUtf16(buf)) return iconv.decode(buf, buf[0] === 0 ? 'utf16be' : 'utf16le');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    return iconv.decode(buf, 'windows-1252');
  }
}

// Without a BOM, UTF-16 text of Latin letters has a zero in every other byte.
function looksLikeUtf16(buf: Buffer): boolean {
  const sample = buf.subarray(0, Math.min(buf.length, 200));
  if (sample.length < 4) return false;
  let zeros = 0;
  for (const byte of sample) if (byte === 0) zeros++;
  return zeros >= sample.length / 3;
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

export function parseCsv(text: string): Table {
  let records: string[][];
  try {
    records = parse(text, {
      delimiter: detectDelimiter(text),
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
      bom: true,
    }) as string[][];
  } catch (error) {
    throw new UnreadableFileError(String(error));
  }
  const [header = [], ...rows] = records;
  return { header, rows };
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

export async function parseXlsx(bytes: Uint8Array): Promise<Table> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch (error) {
    throw new UnreadableFileError(String(error));
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { header: [], rows: [] };
  const all: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c).value));
    if (cells.some((cell) => cell !== '')) all.push(cells);
  });
  const [header = [], ...rows] = all;
  return { header, rows };
}

const zipMagic = [0x50, 0x4b, 0x03, 0x04];

/** Reads CSV or XLSX (told apart by content, not by file name). */
export async function readTable(bytes: Uint8Array): Promise<Table> {
  if (zipMagic.every((b, i) => bytes[i] === b)) return parseXlsx(bytes);
  if (bytes.includes(0) && !looksLikeUtf16(Buffer.from(bytes)) && bytes[0] !== 0xff && bytes[0] !== 0xfe) {
    throw new UnreadableFileError('binary content');
  }
  return parseCsv(decodeText(bytes));
}
