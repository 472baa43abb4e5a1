import { deflateRawSync, constants as zlib } from 'node:zlib';

/** Test helpers for import uploads: a multipart body, zip bombs, a large survey file. */

export const boundary = '----grannskaptest';

/** A multipart/form-data body holding one file. */
export function multipart(fileName: string, content: Buffer, type = 'text/csv') {
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${type}\r\n\r\n`,
    ),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

type ZipEntry = { name: string; data: Buffer; size: number; method: 0 | 8 };

/** Writes a zip (no CRCs: the guard never gets as far as checking them). */
export function zip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(e.method, 10);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(e.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.data);
    centrals.push(central, name);
    offset += 30 + name.length + e.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/**
 * An XLSX-shaped zip whose sheet inflates to `mebibytes` MiB of spaces from about a thousandth of
 * that: one MiB deflated with a full flush (blocks that stand alone), repeated, then a final block.
 * `declare` is the size the directory claims: the truth, or a lie to get past a size check.
 */
export function zipBomb(mebibytes: number, declare: 'truth' | number = 'truth'): Buffer {
  const mib = Buffer.alloc(2 ** 20, 0x20);
  const block = deflateRawSync(mib, { finishFlush: zlib.Z_FULL_FLUSH });
  const last = deflateRawSync(Buffer.alloc(0));
  const sheet = Buffer.concat([...Array.from({ length: mebibytes }, () => block), last]);
  const types = Buffer.from('<?xml version="1.0"?><Types/>');
  return zip([
    { name: '[Content_Types].xml', data: types, size: types.length, method: 0 },
    {
      name: 'xl/worksheets/sheet1.xml',
      data: sheet,
      size: declare === 'truth' ? mebibytes * 2 ** 20 : declare,
      method: 8,
    },
  ]);
}

const questionCodes = [
  'overall',
  'evening',
  'stairwell',
  'basement',
  'laundry',
  'courtyard',
  'lighting',
  'burglary',
  'neighbours',
  'contact',
];

/**
 * A survey-responses CSV of `rows` rows over the given area codes and 12 months of `year`,
 * answers from a fixed pseudo-random sequence (the same file every time).
 */
export function surveyFile(rows: number, areaCodes: string[], year = 2025): Buffer {
  const lines = [`response_id,area_code,answered_on,${questionCodes.join(',')},comment`];
  let state = 12345;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
  for (let i = 0; i < rows; i++) {
    const month = String((i % 12) + 1).padStart(2, '0');
    const answers = questionCodes.map(() => {
      const u = next();
      return u < 0.03 ? '' : u < 0.06 ? 'vet ej' : String(1 + Math.floor(next() * 5));
    });
    const area = areaCodes[i % areaCodes.length];
    lines.push(`R${i},${area},${year}-${month}-14,${answers.join(',')},${i % 50 === 0 ? 'Kommentar' : ''}`);
  }
  return Buffer.from(lines.join('\n'));
}
