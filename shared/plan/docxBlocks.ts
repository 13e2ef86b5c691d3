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
const BLANK_PNG = Uint8Array.from([
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
    children: [new TextRun({ text, bold, size: 18, color })],
  });
}

const CELL_BORDERS = {
  top: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  bottom: { style: BorderStyle.SINGLE, size: 4, color: RULE },
};

/**
 * A real Word table: a header row that repeats on every page, rows that do not break
 * across pages, column widths shared out by weight over the page width.
 */
export function docxTable(
  columns: readonly PlanTableColumn[],
  rows: readonly (readonly string[])[],
  area: PageArea,
  options: { totalRow?: boolean; boldColumn?: number } = {},
): Table {
  const totalWeight = columns.reduce((sum, column) => sum + column.weight, 0) || 1;
  const widths = columns.map((column) => Math.floor((column.weight / totalWeight) * area.widthTwips));
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

function imageRun(image: PlanImage, alt: string, area: PageArea): ImageRun | null {
  const transformation = fitImage(image, area);
  const altText = { name: image.id, description: alt, title: alt };
  if (image.svg !== undefined) {
    return new ImageRun({
      type: 'svg',
      data: utf8Bytes(image.svg),
      fallback: { type: 'png', data: image.png ?? BLANK_PNG },
      transformation,
      altText,
    });
  }
  if (image.png !== undefined) return new ImageRun({ type: 'png', data: image.png, transformation, altText });
  return null;
}

/** The Word elements of one block, laid out for a text area of `area`. */
export function docxBlock(block: PlanBlock, area: PageArea): (Paragraph | Table)[] {
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
      const run = imageRun(block.image, block.alt, area);
      const picture = run
        ? new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, children: [run] })
        : new Paragraph({ children: [new TextRun({ text: block.alt, italics: true })] });
      return [picture, caption(block.caption)];
    }
  }
}
