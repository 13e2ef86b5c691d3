import type PptxGenJS from 'pptxgenjs';
import { localeOf } from '../../i18n/format';
import type { Language } from '../../model/vocabulary';
import { base64Encode } from '../../plan/bytes';
import { fitLines, fitText, LINE_HEIGHT } from './deckText';

/**
 * The deck's frame: sizes (PowerPoint's 16:9 "widescreen", 13.333 × 7.5 inches), colours,
 * the one master with the organisation's name and the slide number, and small helpers that
 * put fitted text, pictures and notes on a slide.
 */
export const SLIDE_WIDTH = 13.333;
export const SLIDE_HEIGHT = 7.5;
export const MARGIN = 0.55;
export const CONTENT_TOP = 1.35;
export const CONTENT_BOTTOM = 6.8;
export const CONTENT_WIDTH = SLIDE_WIDTH - 2 * MARGIN;
export const MASTER_NAME = 'STROOMLIJN';
export const TITLE_MASTER_NAME = 'STROOMLIJN_TITLE';
/** Arial is in every Office; LibreOffice shows it as Liberation Sans, with the same widths. */
export const FONT = 'Arial';
export const INK = '1F2933';
export const MUTED = '52606D';
export const ACCENT = '2F6FDE';
export const BEFORE_COLOR = '9AA5B1';
export const AFTER_COLOR = '2F6FDE';
export const WAIT_COLOR = 'E8590C';
export const WORK_COLOR = '2F9E44';
const TITLE_FONT_PT = 30;
const FOOTER_TOP = 7.0;

export interface DeckFrame {
  pptx: PptxGenJS;
  language: Language;
  /** BCP 47 tag of the texts, for spelling and for screen readers. */
  lang: string;
}

/** The master every slide uses: an accent bar, the title placeholder, the footer with the organisation's name and the slide number. */
export function defineMaster(pptx: PptxGenJS, footerText: string): void {
  for (const master of [MASTER_NAME, TITLE_MASTER_NAME]) defineOneMaster(pptx, master, footerText);
}

function defineOneMaster(pptx: PptxGenJS, name: string, footerText: string): void {
  const titleBox = name === TITLE_MASTER_NAME ? { x: MARGIN, y: 2.45, w: CONTENT_WIDTH, h: 1.6, fontSize: 40 } : { x: MARGIN, y: 0.3, w: CONTENT_WIDTH, h: 0.9, fontSize: TITLE_FONT_PT };
  pptx.defineSlideMaster({
    title: name,
    background: { color: 'FFFFFF' },
    objects: [
      { rect: { x: 0, y: 0, w: SLIDE_WIDTH, h: 0.12, fill: { color: ACCENT } } },
      { line: { x: MARGIN, y: FOOTER_TOP - 0.05, w: CONTENT_WIDTH, h: 0, line: { color: 'CBD2D9', width: 0.75 } } },
      {
        text: {
          text: fitText(footerText, 10.5, 11, 1),
          options: { x: MARGIN, y: FOOTER_TOP, w: 10.5, h: 0.35, fontSize: 11, fontFace: FONT, color: MUTED, valign: 'middle' },
        },
      },
      {
        placeholder: {
          options: { name: 'title', type: 'title', ...titleBox, bold: true, color: INK, fontFace: FONT, align: 'left', valign: name === TITLE_MASTER_NAME ? 'top' : 'middle' },
          text: '',
        },
      },
    ],
    slideNumber: { x: SLIDE_WIDTH - MARGIN - 1.4, y: FOOTER_TOP, w: 1.4, h: 0.35, fontSize: 11, fontFace: FONT, color: MUTED, align: 'right' },
  });
}

/** A new content slide with its title (fitted to one line) and its speaker notes. */
export function addSlide(frame: DeckFrame, title: string, notes: string, kind: 'title' | 'content' = 'content'): PptxGenJS.Slide {
  const slide = frame.pptx.addSlide({ masterName: kind === 'title' ? TITLE_MASTER_NAME : MASTER_NAME });
  const text = kind === 'title' ? fitText(title, CONTENT_WIDTH, 40, 2, true) : fitText(title, CONTENT_WIDTH, TITLE_FONT_PT, 1, true);
  slide.addText(text, { placeholder: 'title', lang: frame.lang });
  slide.addNotes(notes);
  return slide;
}

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Text fitted into a box: broken into lines and cut after as many lines as the box holds. */
export function addFittedText(
  frame: DeckFrame,
  slide: PptxGenJS.Slide,
  text: string,
  box: Box,
  style: { fontPt: number; bold?: boolean; color?: string; align?: 'left' | 'center' | 'right'; valign?: 'top' | 'middle' | 'bottom'; maxLines?: number },
): void {
  const fitting = Math.max(1, Math.floor(((box.h - 0.1) * 72) / (style.fontPt * LINE_HEIGHT)));
  const lines = Math.min(style.maxLines ?? fitting, fitting);
  slide.addText(fitText(text, box.w, style.fontPt, lines, style.bold === true), {
    ...box,
    fontSize: style.fontPt,
    fontFace: FONT,
    bold: style.bold === true,
    color: style.color ?? INK,
    align: style.align ?? 'left',
    valign: style.valign ?? 'top',
    lang: frame.lang,
    margin: [3.5, 7, 3.5, 7],
  });
}

/** Bulleted lines in a box; each item fitted to at most `maxLinesPerItem` lines, items that do not fit left out. */
export function addBullets(frame: DeckFrame, slide: PptxGenJS.Slide, items: readonly string[], box: Box, fontPt: number, maxLinesPerItem = 3): void {
  const bulletIndent = 0.3;
  const available = Math.max(1, Math.floor(((box.h - 0.1) * 72) / (fontPt * LINE_HEIGHT)));
  const runs: PptxGenJS.TextProps[] = [];
  let used = 0;
  for (const item of items) {
    const lines = fitLines(item, box.w - bulletIndent, fontPt, Math.max(1, Math.min(maxLinesPerItem, Math.floor(available - used))));
    const lineCount = lines.length;
    // Joined with spaces: each line fits, so the viewer wraps at the same places (a line break would start a new bullet).
    const text = lines.join(' ');
    // Space after each item counts as about half a line.
    if (used + lineCount > available) break;
    used += lineCount + 0.5;
    runs.push({ text, options: { bullet: { indent: 18 }, breakLine: true, paraSpaceAfter: fontPt / 2 } });
  }
  if (runs.length === 0) return;
  slide.addText(runs, { ...box, fontSize: fontPt, fontFace: FONT, color: INK, valign: 'top', lang: frame.lang, margin: [3.5, 7, 3.5, 7] });
}

/** A PNG picture as large as fits the box, centred, keeping its proportions. */
export function addPicture(slide: PptxGenJS.Slide, png: Uint8Array, naturalWidth: number, naturalHeight: number, box: Box, altText: string): void {
  const scale = Math.min(box.w / Math.max(1, naturalWidth), box.h / Math.max(1, naturalHeight));
  const w = naturalWidth * scale;
  const h = naturalHeight * scale;
  slide.addImage({ data: `image/png;base64,${base64Encode(png)}`, x: box.x + (box.w - w) / 2, y: box.y + (box.h - h) / 2, w, h, altText });
}

export function langTag(language: Language): string {
  return localeOf(language);
}
