import { crc32, deflateRaw } from 'node:zlib';
import { ZLIB_CHUNK_BYTES } from './pngEncode';

/** DOS date of 1980-01-01 00:00 (the zip format's epoch): the same bytes for the same parts. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const DOS_TIME = 0;
/** General purpose flag bit 11: names are UTF-8. */
const UTF8_NAMES = 0x0800;
const DEFLATED = 8;

function deflateRawAsync(data: Uint8Array): Promise<Buffer> {
  return new Promise((resolve, reject) => deflateRaw(data, { level: 6, chunkSize: ZLIB_CHUNK_BYTES }, (error, result) => (error ? reject(error) : resolve(result))));
}

interface ZipEntry {
  name: Buffer;
  method: number;
  crc: number;
  size: number;
  compressed: Uint8Array;
  offset: number;
}

/** The local file header (30 bytes + name) or central directory record (46 bytes + name) of an entry. */
function header(entry: ZipEntry, central: boolean): Buffer {
  const out = Buffer.alloc((central ? 46 : 30) + entry.name.length);
  let at = 0;
  const u16 = (value: number): void => {
    out.writeUInt16LE(value, at);
    at += 2;
  };
  const u32 = (value: number): void => {
    out.writeUInt32LE(value >>> 0, at);
    at += 4;
  };
  u32(central ? 0x02014b50 : 0x04034b50);
  if (central) u16(20); // version made by: 2.0
  u16(20); // version needed to extract: 2.0 (deflate)
  u16(UTF8_NAMES);
  u16(entry.method);
  u16(DOS_TIME);
  u16(DOS_DATE);
  u32(entry.crc);
  u32(entry.compressed.byteLength);
  u32(entry.size);
  u16(entry.name.length);
  u16(0); // extra field length
  if (central) {
    u16(0); // comment length
    u16(0); // disk number
    u16(0); // internal attributes
    u32(0); // external attributes
    u32(entry.offset);
  }
  entry.name.copy(out, at);
  return out;
}

/**
 * A zip file of the parts (PKWARE APPNOTE 6.3: local headers, central directory, end
 * record; no zip64, which an Office file never needs), each deflated by zlib (level 6, as
 * the docx library does) on libuv's thread pool, two side by side. For the docx writer
 * (packDocx): zlib is native code, several times faster than the JavaScript DEFLATE the
 * docx library zips with, and it works off the main thread.
 */
export async function zipParts(parts: ReadonlyMap<string, string | Uint8Array>): Promise<Uint8Array> {
  const list = [...parts];
  const entries: ZipEntry[] = new Array<ZipEntry>(list.length);
  // Two parts at a time: each zlib stream holds a few hundred KB while it works.
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < list.length) {
      const index = next;
      next += 1;
      const [path, data] = list[index] as [string, string | Uint8Array];
      const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
      entries[index] = { name: Buffer.from(path, 'utf8'), method: DEFLATED, crc: crc32(bytes), size: bytes.byteLength, compressed: await deflateRawAsync(bytes), offset: 0 };
    }
  };
  await Promise.all([lane(), lane()]);
  const chunks: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    entry.offset = offset;
    const local = header(entry, false);
    chunks.push(local, entry.compressed);
    offset += local.length + entry.compressed.byteLength;
  }
  const centralStart = offset;
  for (const entry of entries) {
    const central = header(entry, true);
    chunks.push(central);
    offset += central.length;
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(offset - centralStart, 12);
  end.writeUInt32LE(centralStart, 16);
  chunks.push(end);
  const zip = Buffer.concat(chunks);
  return new Uint8Array(zip.buffer, zip.byteOffset, zip.byteLength);
}
