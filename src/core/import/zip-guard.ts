import { createInflateRaw } from 'node:zlib';

/** Why an XLSX (a zip) is refused before it is unpacked. */
export class ZipRefusedError extends Error {
  constructor(
    readonly reason: 'too_large' | 'invalid',
    readonly unpackedBytes = 0,
  ) {
    super(`zip ${reason}`);
  }
}

type Entry = { name: string; method: number; compressed: number; size: number; dataStart: number };

const eocdSignature = 0x06054b50;
const centralSignature = 0x02014b50;
const localSignature = 0x04034b50;

/** Lists a zip's entries from its central directory, without inflating anything. */
export function zipEntries(bytes: Uint8Array): Entry[] {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record is in the last 22 bytes plus a comment of up to 64 KiB.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === eocdSignature) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipRefusedError('invalid');
  const count = buf.readUInt16LE(eocd + 10);
  const offset = buf.readUInt32LE(eocd + 16);
  // ZIP64 markers: no spreadsheet under our caps needs them, and a bomb likes them.
  if (count === 0xffff || offset === 0xffffffff) throw new ZipRefusedError('too_large');
  const entries: Entry[] = [];
  let at = offset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== centralSignature)
      throw new ZipRefusedError('invalid');
    const method = buf.readUInt16LE(at + 10);
    const compressed = buf.readUInt32LE(at + 20);
    const size = buf.readUInt32LE(at + 24);
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    const commentLength = buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLength);
    if (compressed === 0xffffffff || size === 0xffffffff) throw new ZipRefusedError('too_large');
    if (local + 30 > buf.length || buf.readUInt32LE(local) !== localSignature) {
      throw new ZipRefusedError('invalid');
    }
    const dataStart = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    if (dataStart + compressed > buf.length) throw new ZipRefusedError('invalid');
    entries.push({ name, method, compressed, size, dataStart });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Inflates one entry into nothing, counting; fails as soon as it gives more than it declared. */
function verifyEntry(buf: Buffer, entry: Entry): Promise<void> {
  if (entry.method === 0) {
    return entry.compressed === entry.size
      ? Promise.resolve()
      : Promise.reject(new ZipRefusedError('invalid'));
  }
  if (entry.method !== 8) return Promise.reject(new ZipRefusedError('invalid'));
  return new Promise((resolve, reject) => {
    // zlib works on the thread pool: the event loop stays free while a large sheet is checked.
    const inflate = createInflateRaw();
    let produced = 0;
    inflate.on('data', (chunk: Buffer) => {
      produced += chunk.length;
      if (produced > entry.size) {
        inflate.destroy();
        reject(new ZipRefusedError('too_large', produced));
      }
    });
    inflate.on('error', () => reject(new ZipRefusedError('invalid')));
    inflate.on('end', () => resolve());
    inflate.end(buf.subarray(entry.dataStart, entry.dataStart + entry.compressed));
  });
}

/**
 * Refuses a zip whose entries would unpack to more than `maxUnpackedBytes` in all: first by the
 * sizes its directory declares (a bomb is refused without inflating a byte), then by inflating
 * each entry into a counter, so a directory that lies about sizes is caught too before any parser
 * holds the content.
 */
export async function assertZipWithin(bytes: Uint8Array, maxUnpackedBytes: number): Promise<number> {
  const entries = zipEntries(bytes);
  const declared = entries.reduce((sum, e) => sum + e.size, 0);
  if (declared > maxUnpackedBytes) throw new ZipRefusedError('too_large', declared);
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const entry of entries) await verifyEntry(buf, entry);
  return declared;
}
