import { Drawing, ImageRun, TextRun, type IContext, type IMediaData, type IXmlableObject } from 'docx';

/** Hex SHA-1 of bytes (the command line: node:crypto's; `shared/` itself has no Node). */
export type Sha1Hex = (data: Uint8Array) => string;

/** An SVG picture with its PNG fallback, at a size in CSS pixels, with its text alternative. */
export interface SvgPictureOptions {
  svg: Uint8Array;
  png: Uint8Array;
  transformation: { width: number; height: number };
  altText: { name: string; description: string; title: string };
  /**
   * The media key of the PNG when it is not drawn yet: `png` is then a stand-in, replaced
   * in the compiled package (renderPlanDocx) by the drawing, which keys it by nothing else.
   */
  pngKey?: string;
}

const EMUS_PER_PIXEL = 9525;

/** What Media.addImage takes for an SVG picture (the library's IMediaData of type svg). */
type SvgMediaData = Extract<IMediaData, { type: 'svg' }>;

function mediaTransformation(size: SvgPictureOptions['transformation']): { pixels: { x: number; y: number }; emus: { x: number; y: number } } {
  return {
    pixels: { x: Math.round(size.width), y: Math.round(size.height) },
    emus: { x: Math.round(size.width * EMUS_PER_PIXEL), y: Math.round(size.height * EMUS_PER_PIXEL) },
  };
}

/**
 * The run of an SVG picture, written exactly as the docx library's ImageRun writes it (the
 * same w:r, drawing and media, by the library's public Drawing, RunProperties and Media),
 * but keyed by a SHA-1 computed by `sha1Hex`. ImageRun keys its media by a SHA-1 in
 * JavaScript of the picture's bytes (its media are named image1.png… in the package; the
 * key only makes a picture used twice stored once), which cost a 200-step plan's export
 * about 0.25 s of its main thread for 1.5 MB of drawings; node:crypto's takes milliseconds.
 * tests/unit/docxPicture.test.ts checks that the package is the one ImageRun makes, so a
 * version of the library that writes pictures differently fails that test.
 */
class HashedSvgPictureRun extends TextRun {
  private readonly key: string;
  private readonly fallbackKey: string;
  private readonly data: SvgMediaData;

  constructor(options: SvgPictureOptions, sha1Hex: Sha1Hex) {
    const transformation = mediaTransformation(options.transformation);
    const key = `${sha1Hex(options.svg)}.svg`;
    const fallbackKey = options.pngKey ?? `${sha1Hex(options.png)}.png`;
    const data: SvgMediaData = {
      type: 'svg',
      data: options.svg,
      fileName: key,
      transformation,
      fallback: { type: 'png', data: options.png, fileName: fallbackKey, transformation },
    };
    // A run of no properties and the drawing, as ImageRun's w:r.
    super({ children: [new Drawing(data, { docProperties: options.altText })] });
    this.key = key;
    this.fallbackKey = fallbackKey;
    this.data = data;
  }

  override prepForXml(context: IContext): IXmlableObject | undefined {
    // As ImageRun: the picture and its fallback join the package's media once, when written.
    context.file.Media.addImage(this.key, this.data);
    context.file.Media.addImage(this.fallbackKey, this.data.fallback);
    return super.prepForXml(context);
  }
}

/** The run of an SVG picture: with `sha1Hex` keyed by it (see HashedSvgPictureRun), else the library's ImageRun. */
export function svgPictureRun(options: SvgPictureOptions, sha1Hex?: Sha1Hex): TextRun | ImageRun {
  if (sha1Hex) return new HashedSvgPictureRun(options, sha1Hex);
  return new ImageRun({ type: 'svg', data: options.svg, fallback: { type: 'png', data: options.png }, transformation: options.transformation, altText: options.altText });
}
