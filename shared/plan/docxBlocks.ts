import {
  AlignmentType,
  BorderStyle,
  HeadingLevel,
  ImageRun,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { utf8Bytes } from './bytes';
import { svgPictureRun, type Sha1Hex } from './docxPicture';
import { textWidthTwips, unbreakableParts } from './textWidth';
import type { PlanBlock, PlanImage, PlanRun, PlanTableColumn } from './types';

/** Size of the text area of a page, in twips (1/1440 inch) and in CSS pixels (96 per inch). */
export interface PageArea {
  widthTwips: number;
  heightTwips: number;
}

const TWIPS_PER_PIXEL = 1440 / 96;
export const ACCENT = '2F6FDE';
const RULE = 'CBD2D9';
const TINT = 'F0F4FA';
/** Room kept under an image on its page for the caption. */
const CAPTION_RESERVE_PX = 110;
/** The numbering reference of ordered lists (defined in docx.ts). */
export const ORDERED_LIST_REFERENCE = 'plan-ordered';

/**
 * A 1×1 white PNG. docx needs a raster fallback beside every SVG (for Word before 2016 and
 * viewers without SVG); when no PNG was made (no rasteriser available) this stands in.
 */
export const BLANK_PNG = Uint8Array.from([
  137, 80, 78, 71, 13, 10, 26, 10, 0, 0, 0, 13, 73, 72, 68, 82, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 31, 21, 196, 137, 0, 0, 0, 11, 73,
  68, 65, 84, 120, 156, 99, 252, 15, 4, 0, 10, 0, 3, 254, 77, 57, 7, 180, 0, 0, 0, 0, 73, 69, 78, 68, 174, 66, 96, 130,
]);

export function textRuns(runs: readonly PlanRun[], extra: { size?: number; color?: string } = {}): TextRun[] {
  return runs.map((run) => new TextRun({ text: run.text, bold: run.bold, italics: run.italic, ...extra }));
}

function cellParagraph(text: string, align: 'left' | 'right', bold = false, color?: string): Paragraph {
  return new Paragraph({
    alignment: align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
    spacing: { before: 20, after: 20 },
    children: [new TextRun({ text, bold, size: CELL_TEXT_SIZE, color })],
  });
}

const CELL_BORDERS = {
  top: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  bottom: { style: BorderStyle.SINGLE, size: 4, color: RULE },
};

/** Text size of table cells, in half-points (9 pt). */
const CELL_TEXT_SIZE = 18;
/** Word's default left plus right cell margin, and a little air. */
const CELL_PADDING_TWIPS = 2 * 108 + 24;
/** A long word in a body cell may claim at most this share of the table (longer ones wrap). */
const MAX_CELL_WORD_SHARE = 0.3;

/** The widest unbreakable part of a text, in twips at the cell text size, with the cell's margins. */
function widestPartTwips(text: string): number {
  let widest = 0;
  for (const part of unbreakableParts(text)) widest = Math.max(widest, textWidthTwips(part, CELL_TEXT_SIZE));
  return widest + CELL_PADDING_TWIPS;
}

/**
 * Column widths in twips: shared out by weight, then every column widened to hold its longest
 * header word whole (headers never break inside a word) and, as far as a body cell's word
 * takes at most {@link MAX_CELL_WORD_SHARE} of the table, its longest cell word; what they
 * need is taken from the columns with room to spare, in proportion to that room.
 */
export function tableColumnWidths(columns: readonly PlanTableColumn[], rows: readonly (readonly string[])[], totalTwips: number): number[] {
  const totalWeight = columns.reduce((sum, column) => sum + column.weight, 0) || 1;
  const widths = columns.map((column) => (column.weight / totalWeight) * totalTwips);
  const minimums = columns.map((column, index) => {
    // A loop, not Math.max(...rows): the appendix of a large map has thousands of rows.
    let widestCell = 0;
    for (const row of rows) widestCell = Math.max(widestCell, widestPartTwips(row[index] ?? ''));
    return Math.max(widestPartTwips(column.header), Math.min(MAX_CELL_WORD_SHARE * totalTwips, widestCell));
  });
  const needed = minimums.reduce((sum, minimum) => sum + minimum, 0);
  if (needed >= totalTwips) return minimums.map((minimum) => Math.floor((minimum / needed) * totalTwips));
  const shortfall = widths.reduce((sum, width, index) => sum + Math.max(0, (minimums[index] as number) - width), 0);
  const room = widths.map((width, index) => Math.max(0, width - (minimums[index] as number)));
  const totalRoom = room.reduce((sum, value) => sum + value, 0);
  return widths.map((width, index) => {
    const minimum = minimums[index] as number;
    if (width <= minimum) return Math.ceil(minimum);
    return Math.floor(width - (shortfall * (room[index] as number)) / totalRoom);
  });
}

/**
 * A real Word table: a header row that repeats on every page, rows that do not break
 * across pages, column widths by weight but never narrower than a header word
 * ({@link tableColumnWidths}).
 */
export function docxTable(
  columns: readonly PlanTableColumn[],
  rows: readonly (readonly string[])[],
  area: PageArea,
  options: { totalRow?: boolean; boldColumn?: number } = {},
): Table {
  const widths = tableColumnWidths(columns, rows, area.widthTwips);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map(
      (column, index) =>
        new TableCell({
          width: { size: widths[index] ?? 0, type: WidthType.DXA },
          shading: { type: ShadingType.CLEAR, color: 'auto', fill: TINT },
          borders: { ...CELL_BORDERS, bottom: { style: BorderStyle.SINGLE, size: 12, color: ACCENT } },
          children: [cellParagraph(column.header, column.align, true)],
        }),
    ),
  });
  const body = rows.map((row, rowIndex) => {
    const isTotal = options.totalRow === true && rowIndex === rows.length - 1;
    return new TableRow({
      cantSplit: true,
      children: columns.map(
        (column, index) =>
          new TableCell({
            width: { size: widths[index] ?? 0, type: WidthType.DXA },
            borders: isTotal ? { ...CELL_BORDERS, top: { style: BorderStyle.SINGLE, size: 12, color: '1F2933' } } : CELL_BORDERS,
            children: [cellParagraph(row[index] ?? '', column.align, isTotal || options.boldColumn === index)],
          }),
      ),
    });
  });
  return new Table({
    width: { size: area.widthTwips, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [header, ...body],
  });
}

function caption(text: string): Paragraph {
  return new Paragraph({ style: 'Caption', children: [new TextRun({ text })] });
}

/** The image scaled to fit the text area (never enlarged), keeping its proportions. */
function fitImage(image: PlanImage, area: PageArea): { width: number; height: number } {
  const maxWidthPx = area.widthTwips / TWIPS_PER_PIXEL;
  const maxHeightPx = area.heightTwips / TWIPS_PER_PIXEL - CAPTION_RESERVE_PX;
  const scale = Math.min(1, maxWidthPx / image.widthPx, maxHeightPx / image.heightPx);
  return { width: Math.max(1, Math.floor(image.widthPx * scale)), height: Math.max(1, Math.floor(image.heightPx * scale)) };
}

function imageRun(image: PlanImage, alt: string, area: PageArea, sha1Hex: Sha1Hex | undefined, pngKey: string | undefined): TextRun | ImageRun | null {
  const transformation = fitImage(image, area);
  const altText = { name: image.id, description: alt, title: alt };
  if (image.svg !== undefined) return svgPictureRun({ svg: utf8Bytes(image.svg), png: image.png ?? BLANK_PNG, transformation, altText, ...(pngKey === undefined ? {} : { pngKey }) }, sha1Hex);
  if (image.png !== undefined) return new ImageRun({ type: 'png', data: image.png, transformation, altText });
  return null;
}

/**
 * The Word elements of one block, laid out for a text area of `area`; a picture's media
 * keyed by `sha1Hex` where given, its PNG by `pngKey` when it is still being drawn (svgPictureRun).
 */
export function docxBlock(block: PlanBlock, area: PageArea, sha1Hex?: Sha1Hex, pngKey?: string): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return [new Paragraph({ heading: block.level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3, text: block.text })];
    case 'paragraph': {
      const extra = block.style === 'note' ? { color: '52606D' } : block.style === 'lead' ? { size: 24 } : {};
      return [new Paragraph({ children: textRuns(block.runs, extra), spacing: { after: 120 } })];
    }
    case 'list':
      return block.items.map(
        (item) =>
          new Paragraph({
            children: textRuns(item),
            spacing: { after: 60 },
            ...(block.ordered ? { numbering: { reference: ORDERED_LIST_REFERENCE, level: 0 } } : { bullet: { level: 0 } }),
          }),
      );
    case 'keyFigures':
      return [
        caption(block.caption),
        docxTable(
          [
            { header: block.header.figure, align: 'left', weight: 3 },
            { header: block.header.before, align: 'right', weight: 1.3 },
            { header: block.header.after, align: 'right', weight: 1.3 },
            { header: block.header.change, align: 'right', weight: 1 },
          ],
          block.rows.map((row) => [row.label, row.before, row.after, row.change]),
          area,
          { boldColumn: 2 },
        ),
        new Paragraph({ children: [] }),
      ];
    case 'table':
      return [
        ...(block.caption ? [caption(block.caption)] : []),
        docxTable(block.columns, block.rows, area, { totalRow: block.totalRow }),
        new Paragraph({ children: [] }),
      ];
    case 'image': {
      const run = imageRun(block.image, block.alt, area, sha1Hex, pngKey);
      const picture = run
        ? new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, children: [run] })
        : new Paragraph({ children: [new TextRun({ text: block.alt, italics: true })] });
      return [picture, caption(block.caption)];
    }
  }
}
