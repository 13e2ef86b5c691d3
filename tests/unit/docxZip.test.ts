import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { zipParts } from '../../shared/cli/zipParts';
import { buildPlanContent } from '../../shared/plan/content';
import { renderPlanDocx } from '../../shared/plan/docx';
import { generateMap } from '../bench/generateMap';
import { unzip } from './planFixtures';

/** The central directory's records: name, method, CRC-32 and sizes (APPNOTE 4.3.12). */
function centralDirectory(zip: Uint8Array): { name: string; method: number; crc: number; compressedSize: number; size: number }[] {
  const bytes = Buffer.from(zip);
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const records = [];
  let at = bytes.readUInt32LE(end + 16);
  for (let index = 0; index < bytes.readUInt16LE(end + 10); index += 1) {
    expect(bytes.readUInt32LE(at)).toBe(0x02014b50);
    const nameLength = bytes.readUInt16LE(at + 28);
    records.push({
      name: bytes.toString('utf8', at + 46, at + 46 + nameLength),
      method: bytes.readUInt16LE(at + 10),
      crc: bytes.readUInt32LE(at + 16),
      compressedSize: bytes.readUInt32LE(at + 20),
      size: bytes.readUInt32LE(at + 24),
    });
    at += 46 + nameLength;
  }
  return records;
}

describe('zipParts (the Word plan zipped by zlib)', () => {
  it('zips every part in order with its CRC-32, deflated, readable by another unzipper', async () => {
    const png = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 1, 2, 3);
    const parts = new Map<string, string | Uint8Array>([
      ['[Content_Types].xml', '<Types/>'],
      ['word/document.xml', `<w:document>${'<w:p>één</w:p>'.repeat(500)}</w:document>`],
      ['word/media/picture.png', png],
    ]);
    const zip = await zipParts(parts);
    const records = centralDirectory(zip);
    expect(records.map((record) => record.name)).toEqual([...parts.keys()]);
    const document = Buffer.from(parts.get('word/document.xml') as string, 'utf8');
    expect(records[1]).toMatchObject({ method: 8, crc: crc32(document), size: document.length });
    expect(records[1]?.compressedSize).toBeLessThan(document.length / 10);
    expect(records[2]).toMatchObject({ method: 8, crc: crc32(png), size: 7 });
    const read = unzip(zip);
    expect(new TextDecoder().decode(read['word/document.xml'])).toBe(parts.get('word/document.xml'));
    expect([...(read['word/media/picture.png'] ?? [])]).toEqual([...png]);
  });

  it('gives a Word plan with the same parts as the docx library’s own zip', async () => {
    const plan = buildPlanContent(generateMap({ stepCount: 5 }), { generatedAt: '2026-11-26T09:00:00Z' });
    const own = unzip(await renderPlanDocx(plan));
    const zlib = unzip(await renderPlanDocx(plan, { zip: zipParts }));
    expect(Object.keys(zlib)).toEqual(Object.keys(own));
    const decoder = new TextDecoder();
    // The docx library numbers drawings with one counter per process, not per document; core.xml holds the creation time.
    const comparable = (path: string, bytes: Uint8Array | undefined): string =>
      path === 'docProps/core.xml' ? '' : decoder.decode(bytes).replace(/<wp:docPr id="\d+"/g, '<wp:docPr id=""');
    for (const [path, bytes] of Object.entries(own)) expect(comparable(path, zlib[path]), path).toBe(comparable(path, bytes));
  });
});
