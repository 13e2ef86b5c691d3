import { createHash } from 'node:crypto';
import { Document, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { packDocx } from '../../shared/plan/docxPackage';
import { svgPictureRun, type SvgPictureOptions } from '../../shared/plan/docxPicture';

const sha1Hex = (data: Uint8Array): string => createHash('sha1').update(data).digest('hex');
const encoder = new TextEncoder();
const BLANK_PNG = Uint8Array.from([
  137, 80, 78, 71, 13, 10, 26, 10, 0, 0, 0, 13, 73, 72, 68, 82, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 31, 21, 196, 137, 0, 0, 0, 11, 73,
  68, 65, 84, 120, 156, 99, 252, 15, 4, 0, 10, 0, 3, 254, 77, 57, 7, 180, 0, 0, 0, 0, 73, 69, 78, 68, 174, 66, 96, 130,
]);

function picture(svg: string, name: string): SvgPictureOptions {
  return {
    svg: encoder.encode(svg),
    png: BLANK_PNG,
    transformation: { width: 300.4, height: 120.6 },
    altText: { name, description: `Kaart ${name} & <deel>`, title: `Kaart ${name}` },
  };
}

/** The package's parts as compiled before zipping, with the per-process drawing counter left out. */
async function parts(sha1?: (data: Uint8Array) => string): Promise<Map<string, string>> {
  // Two drawings with the same fallback and one drawing used twice: the media are stored once each.
  const pictures = [picture('<svg width="3" height="1"/>', 'a'), picture('<svg width="4" height="1"/>', 'b'), picture('<svg width="3" height="1"/>', 'c')];
  const file = new Document({ sections: [{ children: pictures.map((options) => new Paragraph({ children: [svgPictureRun(options, sha1)] })) }] });
  let compiled = new Map<string, string | Uint8Array>();
  await packDocx(file, (zipParts) => {
    compiled = new Map(zipParts);
    return Promise.resolve(new Uint8Array());
  });
  const decoder = new TextDecoder();
  return new Map(
    [...compiled]
      .filter(([path]) => path !== 'docProps/core.xml')
      .map(([path, data]) => [path, (typeof data === 'string' ? data : decoder.decode(data)).replace(/<wp:docPr id="\d+"/g, '<wp:docPr id=""')]),
  );
}

describe('svgPictureRun (a picture keyed by a native SHA-1)', () => {
  it('writes the same package as the docx library’s ImageRun: XML, relationships and media', async () => {
    const library = await parts();
    const hashed = await parts(sha1Hex);
    expect([...hashed.keys()]).toEqual([...library.keys()]);
    for (const [path, text] of library) expect(hashed.get(path), path).toBe(text);
    // Two SVGs (the third is the first again) and one PNG shared by all three.
    expect([...library.keys()].filter((path) => path.startsWith('word/media/'))).toEqual(['word/media/image1.svg', 'word/media/image1.png', 'word/media/image2.svg']);
    expect(library.get('word/document.xml')).toContain('Kaart a &amp; &lt;deel&gt;');
  });
});
