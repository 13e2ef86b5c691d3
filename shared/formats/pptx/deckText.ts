import { wrapText } from '../../plan/svg/svgText';

/**
 * Text that fits its box on a slide. PowerPoint does not shrink or cut text by itself in
 * every viewer (LibreOffice ignores "shrink on overflow"), so every user text is broken
 * into lines here, with the same width estimate the plan's drawings use (Arial/Liberation
 * Sans metrics), and cut with an ellipsis after `maxLines`. The lines are joined with
 * explicit breaks: each fits, so no viewer wraps them again.
 */

/** CSS pixels per inch; the width estimate works in pixels. */
const PX_PER_INCH = 96;
/** A point is 1/72 inch. */
const PX_PER_POINT = PX_PER_INCH / 72;
/** PowerPoint's default inner margins of a text box, left plus right, in inches. */
const BOX_INSET_INCHES = 0.2;
/**
 * The estimate is within a few per cent of the real width; this leaves that much room so a
 * line we call fitting never wraps in PowerPoint or Impress.
 */
const SAFETY = 0.9;
/** A private-use character that stands in for U+00A0 while text is wrapped (no text of a plan holds one). */
const NO_BREAK_STAND_IN = '\uE000';
const NO_BREAK_STAND_INS = /\uE000/g;
/** Line height of PowerPoint's single spacing, as a multiple of the font size. */
export const LINE_HEIGHT = 1.2;

export function fitLines(text: string, widthInches: number, fontPt: number, maxLines: number, bold = false): string[] {
  const widthPx = Math.max(1, (widthInches - BOX_INSET_INCHES) * PX_PER_INCH * SAFETY);
  // wrapText breaks at any white space; a no-break space ("€ 75.871", "3 werkdagen") must hold.
  const lines = wrapText(text.replace(/\u00a0/g, NO_BREAK_STAND_IN), widthPx, fontPt * PX_PER_POINT, Math.max(1, maxLines), bold).map((line) =>
    line.replace(NO_BREAK_STAND_INS, '\u00a0'),
  );
  return lines.length > 0 ? lines : [''];
}

/** `fitLines` joined with line breaks, for a text box or a table cell. */
export function fitText(text: string, widthInches: number, fontPt: number, maxLines: number, bold = false): string {
  return fitLines(text, widthInches, fontPt, maxLines, bold).join('\n');
}

/** How many lines of `fontPt` fit in `heightInches` (inner margins 0.1 in top and bottom). */
export function linesThatFit(heightInches: number, fontPt: number): number {
  return Math.max(1, Math.floor(((heightInches - 0.1) * 72) / (fontPt * LINE_HEIGHT)));
}

/**
 * The largest of `sizesPt` at which `text` fits `widthInches` in at most `maxLines` lines
 * without a word broken in the middle ("€ 15.796.\n714"): for figures, which must stay whole.
 * The smallest size when none does.
 */
export function wholeWordsFontPt(text: string, widthInches: number, sizesPt: readonly number[], maxLines: number, bold = false): number {
  const words = text.trim().split(/[ \t\n]+/).join(' ');
  const fitting = sizesPt.find((fontPt) => fitLines(text, widthInches, fontPt, maxLines, bold).join(' ') === words);
  return fitting ?? (sizesPt[sizesPt.length - 1] as number);
}
