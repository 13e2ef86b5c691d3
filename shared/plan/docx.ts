import type {
  Table} from 'docx';
import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  LevelFormat,
  LineRuleType,
  PageNumber,
  PageOrientation,
  Paragraph,
  SectionType,
  TabStopType,
  TextRun,
  type ISectionOptions,
} from 'docx';
import { localeOf } from '../i18n/format';
import { exportableCopy } from './exportText';
import { compileDocx, packDocx, type ZipParts } from './docxPackage';
import { PendingDrawings, putDrawnPictures } from './docxDrawnPictures';
import { ACCENT, ORDERED_LIST_REFERENCE, docxBlock, type PageArea } from './docxBlocks';
import type { Sha1Hex } from './docxPicture';
import type { PngFallbackOf } from './planImages';
import type { PlanBlock, PlanDocument } from './types';

/** A4 in twips (1/1440 inch): 210 × 297 mm. */
const A4_WIDTH_TWIPS = 11906;
const A4_HEIGHT_TWIPS = 16838;
const MM = 1440 / 25.4;
const PORTRAIT_MARGINS = { top: Math.round(20 * MM), bottom: Math.round(20 * MM), left: Math.round(20 * MM), right: Math.round(20 * MM) };
const LANDSCAPE_MARGINS = { top: Math.round(14 * MM), bottom: Math.round(16 * MM), left: Math.round(15 * MM), right: Math.round(15 * MM) };
/** Space under the text area that the footer takes, kept free of images. */
const FOOTER_RESERVE_TWIPS = Math.round(8 * MM);

type Orientation = 'portrait' | 'landscape';
/** Where the values of the title page's facts start. */
const FACT_TAB_TWIPS = Math.round(35 * MM);

function textArea(orientation: Orientation): PageArea {
  const margins = orientation === 'portrait' ? PORTRAIT_MARGINS : LANDSCAPE_MARGINS;
  const pageWidth = orientation === 'portrait' ? A4_WIDTH_TWIPS : A4_HEIGHT_TWIPS;
  const pageHeight = orientation === 'portrait' ? A4_HEIGHT_TWIPS : A4_WIDTH_TWIPS;
  return {
    widthTwips: pageWidth - margins.left - margins.right,
    heightTwips: pageHeight - margins.top - margins.bottom - FOOTER_RESERVE_TWIPS,
  };
}

function pageProperties(orientation: Orientation): NonNullable<ISectionOptions['properties']>['page'] {
  return {
    // docx swaps width and height itself for a landscape page.
    size: {
      width: A4_WIDTH_TWIPS,
      height: A4_HEIGHT_TWIPS,
      orientation: orientation === 'portrait' ? PageOrientation.PORTRAIT : PageOrientation.LANDSCAPE,
    },
    margin: orientation === 'portrait' ? PORTRAIT_MARGINS : LANDSCAPE_MARGINS,
  };
}

function footer(document: PlanDocument): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [
          new TextRun({ text: `${document.titlePage.kind} · ${document.titlePage.title} · `, size: 16, color: '7B8794' }),
          new TextRun({ children: [PageNumber.CURRENT], size: 16, color: '7B8794' }),
        ],
      }),
    ],
  });
}

function titlePageChildren(document: PlanDocument): (Paragraph | Table)[] {
  const { titlePage } = document;
  return [
    new Paragraph({ spacing: { before: 3200 }, children: [new TextRun({ text: titlePage.kind.toUpperCase(), bold: true, color: ACCENT, size: 24, characterSpacing: 40 })] }),
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun({ text: titlePage.title })] }),
    ...(titlePage.description.trim() === '' ? [] : [new Paragraph({ spacing: { after: 480 }, children: [new TextRun({ text: titlePage.description, size: 24, color: '52606D' })] })]),
    ...titlePage.facts.map(
      (fact) =>
        new Paragraph({
          tabStops: [{ type: TabStopType.LEFT, position: FACT_TAB_TWIPS }],
          spacing: { after: 100 },
          children: [new TextRun({ text: fact.label, bold: true, color: '52606D' }), new TextRun({ text: `\t${fact.value}` })],
        }),
    ),
    new Paragraph({ spacing: { before: 960 }, children: [new TextRun({ text: titlePage.footer, italics: true, color: '7B8794', size: 18 })] }),
  ];
}

/** A picture still being drawn (its PNG fallback): placed once the rest of the document is built. */
class PendingPicture {
  constructor(
    readonly block: PlanBlock & { kind: 'image' },
    readonly area: PageArea,
  ) {}
}

interface SectionGroup {
  orientation: Orientation;
  children: (Paragraph | Table | PendingPicture)[];
}

/** What the command line gives renderPlanDocx to make a long plan quickly (the app: nothing). */
export interface DocxOptions {
  /** The PNG of a picture, drawn while the document is built (startPngFallbacks); else the image's own `png`. */
  pngOf?: PngFallbackOf;
  /**
   * Lets the event loop run for a moment (the CLI: setImmediate), so that the drawing of
   * the next picture starts and the finished ones are encoded while the tables are built.
   */
  pause?: () => Promise<void>;
  /** Zips the package (packDocx); without it, the docx library's own zip. */
  zip?: ZipParts;
  /** A native SHA-1 to key the pictures' media by (svgPictureRun); without it, the library's own in JavaScript. */
  sha1Hex?: Sha1Hex;
}

/** Blocks built between two pauses (an appendix table is one block). */
const PAUSE_EVERY_BLOCKS = 8;

/**
 * Lays the plan's sections out as Word sections: a new portrait or landscape section
 * wherever the orientation changes (maps and wide tables are `wide`), and every plan
 * section from a new page. Pictures are left as PendingPicture, to be placed by placePictures.
 */
async function bodyGroups(document: PlanDocument, pause: (() => Promise<void>) | undefined): Promise<SectionGroup[]> {
  const groups: SectionGroup[] = [];
  let listInstance = 0;
  let blocksSincePause = 0;
  // `startsSection`: the block opens a new Word section, which starts a new page anyway.
  const place = (orientation: Orientation, build: (area: PageArea, startsSection: boolean) => SectionGroup['children']): void => {
    const last = groups[groups.length - 1];
    if (!last || last.orientation !== orientation) groups.push({ orientation, children: build(textArea(orientation), true) });
    else last.children.push(...build(textArea(orientation), false));
  };
  for (const section of document.sections) {
    const first = section.blocks[0];
    const orientation: Orientation = first?.wide ? 'landscape' : 'portrait';
    place(orientation, (_area, startsSection) => [new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: !startsSection, text: section.title })]);
    for (const block of section.blocks) {
      const blockOrientation: Orientation = block.wide ? 'landscape' : 'portrait';
      const numbered: PlanBlock = block;
      if (numbered.kind === 'list' && numbered.ordered) listInstance += 1;
      const instance = listInstance;
      place(blockOrientation, (area) => (numbered.kind === 'image' ? [new PendingPicture(numbered, area)] : docxBlockWithInstance(numbered, area, instance)));
      blocksSincePause += 1;
      if (pause && blocksSincePause >= PAUSE_EVERY_BLOCKS) {
        blocksSincePause = 0;
        await pause();
      }
    }
  }
  return groups;
}

type PlacedGroup = { orientation: Orientation; children: (Paragraph | Table)[] };

/** The Word elements of a picture block and its caption (with its PNG fallback, or while it is drawn its key). */
type PlacePicture = (block: PlanBlock & { kind: 'image' }, area: PageArea) => (Paragraph | Table)[] | Promise<(Paragraph | Table)[]>;

/** Replaces every PendingPicture by what `placePicture` makes of it. */
async function placePictures(groups: readonly SectionGroup[], placePicture: PlacePicture): Promise<PlacedGroup[]> {
  const placed: PlacedGroup[] = [];
  for (const group of groups) {
    const children: (Paragraph | Table)[] = [];
    for (const child of group.children) {
      if (child instanceof PendingPicture) children.push(...(await placePicture(child.block, child.area)));
      else children.push(child);
    }
    placed.push({ orientation: group.orientation, children });
  }
  return placed;
}

/** Each picture with its PNG fallback, once drawn. */
function withDrawnPng(pngOf: PngFallbackOf | undefined, sha1Hex: Sha1Hex | undefined): PlacePicture {
  return async (block, area) => {
    const png = block.image.png ?? (pngOf ? await pngOf(block.image) : undefined);
    return docxBlock(png === undefined ? block : { ...block, image: { ...block.image, png } }, area, sha1Hex);
  };
}

/** Each picture whose PNG is being drawn with a stand-in under its drawing's key (PendingDrawings). */
function withPendingPng(pngOf: PngFallbackOf, sha1Hex: Sha1Hex, pending: PendingDrawings): PlacePicture {
  return (block, area) => {
    if (block.image.png !== undefined || block.image.svg === undefined) return docxBlock(block, area, sha1Hex);
    return docxBlock(block, area, sha1Hex, pending.keyOf(pngOf(block.image)));
  };
}

/** Each ordered list restarts at 1: it gets its own numbering instance. */
function docxBlockWithInstance(block: PlanBlock, area: PageArea, instance: number): (Paragraph | Table)[] {
  if (block.kind !== 'list' || !block.ordered) return docxBlock(block, area);
  return block.items.map(
    (item) =>
      new Paragraph({
        numbering: { reference: ORDERED_LIST_REFERENCE, level: 0, instance },
        spacing: { after: 60 },
        children: item.map((run) => new TextRun({ text: run.text, bold: run.bold, italics: run.italic })),
      }),
  );
}

/**
 * The plan as a Word document (DOCX, made with the `docx` library): A4, a title page,
 * real Word headings (Heading 1 per section, 2 and 3 within), tables with a repeating
 * header row, the maps as images (SVG with a PNG fallback) on landscape pages, page
 * numbers in the footer, and the document's language set for spelling. Everything stays
 * editable in Word or LibreOffice. Returns the bytes of the .docx file. With `options`,
 * the PNG fallbacks are drawn while the rest is built and zlib zips (see DocxOptions).
 */
export async function renderPlanDocx(plan: PlanDocument, options: DocxOptions = {}): Promise<Uint8Array> {
  // The docx library escapes markup but keeps characters XML cannot hold (U+FFFE made a
  // .docx that Word refuses): every text, also the title in docProps/core.xml and the footers.
  const document = exportableCopy(plan);
  const groups = await bodyGroups(document, options.pause);
  const { pngOf, sha1Hex, zip } = options;
  if (pngOf && sha1Hex && zip) {
    // The document is compiled (half a second of a 200-step plan) while the PNGs are drawn,
    // with stand-ins that are replaced by the drawings in the compiled package.
    const pending = new PendingDrawings();
    const file = wordDocument(document, await placePictures(groups, withPendingPng(pngOf, sha1Hex, pending)));
    const parts = compileDocx(file);
    if (parts && (await putDrawnPictures(parts, file, pending, sha1Hex))) return zip(parts);
  }
  return packDocx(wordDocument(document, await placePictures(groups, withDrawnPng(pngOf, sha1Hex))), zip);
}

/** The docx library's Document of the plan: its title page, then the body's sections. */
function wordDocument(document: PlanDocument, body: readonly PlacedGroup[]): Document {
  const language = localeOf(document.language);
  const sections: ISectionOptions[] = [
    { properties: { page: pageProperties('portrait') }, children: titlePageChildren(document) },
    ...body.map(
      (group): ISectionOptions => ({
        properties: { type: SectionType.NEXT_PAGE, page: pageProperties(group.orientation) },
        footers: { default: footer(document) },
        children: group.children,
      }),
    ),
  ];
  return new Document({
    title: `${document.titlePage.kind}: ${document.titlePage.title}`,
    description: document.titlePage.description,
    creator: 'Stroomlijn',
    styles: {
      default: {
        document: { run: { font: 'Calibri', size: 21, language: { value: language } }, paragraph: { spacing: { after: 80, line: 276, lineRule: LineRuleType.AUTO } } },
        title: { run: { font: 'Calibri', size: 56, bold: true, color: '1F2933' }, paragraph: { spacing: { before: 120, after: 360 } } },
        heading1: { run: { font: 'Calibri', size: 34, bold: true, color: ACCENT }, paragraph: { spacing: { before: 240, after: 200 }, keepNext: true } },
        heading2: { run: { font: 'Calibri', size: 27, bold: true, color: '1F2933' }, paragraph: { spacing: { before: 320, after: 120 }, keepNext: true } },
        heading3: { run: { font: 'Calibri', size: 23, bold: true, color: '1F2933' }, paragraph: { spacing: { before: 240, after: 80 }, keepNext: true } },
      },
      paragraphStyles: [
        {
          id: 'Caption',
          name: 'Caption',
          basedOn: 'Normal',
          next: 'Normal',
          run: { italics: true, size: 18, color: '52606D' },
          paragraph: { spacing: { before: 60, after: 200 }, keepNext: false },
        },
      ],
    },
    numbering: {
      config: [
        {
          reference: ORDERED_LIST_REFERENCE,
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START, style: { paragraph: { indent: { left: 440, hanging: 300 } } } },
          ],
        },
      ],
    },
    sections,
  });
}
