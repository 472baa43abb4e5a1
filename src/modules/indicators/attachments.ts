/**
 * An entry's attachment: the supplier's report, a spreadsheet, a photo of a notice. Only PDF, XLSX,
 * CSV and images are kept, recognised by their first bytes as well as their name (a renamed HTML
 * page is not a PDF), and sent back with the content type of the kind found, never the one the
 * browser claimed, as a download under a file name that cannot break the header.
 */
import { AppError } from '../../core/errors';

/** The largest attachment kept: a scanned report, not an archive. */
export const attachmentMaxBytes = 10 * 1024 * 1024;

type Kind = { extensions: string[]; type: string; matches: (bytes: Buffer) => boolean };

const startsWith = (bytes: Buffer, ...signature: number[]) => signature.every((b, i) => bytes[i] === b);

/** Text without NUL bytes or other control characters than tab, line breaks and the BOM. */
function looksLikeText(bytes: Buffer): boolean {
  for (const b of bytes.subarray(0, 64 * 1024)) if (b < 9 || (b > 13 && b < 32 && b !== 27)) return false;
  return true;
}

const kinds: Kind[] = [
  { extensions: ['pdf'], type: 'application/pdf', matches: (b) => b.subarray(0, 5).toString() === '%PDF-' },
  {
    extensions: ['xlsx'],
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    matches: (b) => startsWith(b, 0x50, 0x4b, 0x03, 0x04),
  },
  { extensions: ['csv'], type: 'text/csv; charset=utf-8', matches: looksLikeText },
  { extensions: ['png'], type: 'image/png', matches: (b) => startsWith(b, 0x89, 0x50, 0x4e, 0x47) },
  { extensions: ['jpg', 'jpeg'], type: 'image/jpeg', matches: (b) => startsWith(b, 0xff, 0xd8, 0xff) },
  { extensions: ['gif'], type: 'image/gif', matches: (b) => b.subarray(0, 4).toString() === 'GIF8' },
  {
    extensions: ['webp'],
    type: 'image/webp',
    matches: (b) => b.subarray(0, 4).toString() === 'RIFF' && b.subarray(8, 12).toString() === 'WEBP',
  },
];

/** The file types the form offers (its `accept`). */
export const acceptedExtensions = kinds.flatMap((k) => k.extensions.map((e) => `.${e}`));

/** The content type an attachment is kept and sent with; refused unless its name and bytes agree. */
export function attachmentType(fileName: string, bytes: Buffer): string {
  const extension = fileName.toLowerCase().split('.').pop() ?? '';
  const kind = kinds.find((k) => k.extensions.includes(extension));
  if (!kind || bytes.length === 0 || !kind.matches(bytes))
    throw new AppError('attachment_type', { types: 'PDF, XLSX, CSV, PNG, JPEG, GIF, WebP' });
  return kind.type;
}

/** The file name as the user gave it, without a path or control characters, at most 120 characters. */
export function cleanFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed.
  const clean = base.replace(/[\u0000-\u001f\u007f"]/g, '').trim();
  return (clean || 'bilaga').slice(-120);
}

/**
 * `attachment; filename="…"; filename*=UTF-8''…`: an ASCII stand-in for old clients and the exact
 * name (å, ä, ö) percent-encoded, so no quote, semicolon or line break can end the header early.
 */
export function contentDisposition(fileName: string): string {
  const ascii =
    fileName
      .normalize('NFKD')
      .replace(/[^\x20-\x7e]/g, '')
      .replace(/["\\;]/g, '_') || 'bilaga';
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
