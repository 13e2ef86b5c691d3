/**
 * How wide a piece of text is at a font size, estimated from the advance widths of DejaVu
 * Sans Bold: the widest of the fonts a plan meets (Word shows Calibri; LibreOffice on a
 * machine without Calibri falls back to DejaVu Sans), so a column wide enough for this
 * estimate is wide enough everywhere. Used to keep table headers from breaking inside words.
 */

/** Advance widths in thousandths of an em, DejaVu Sans Bold, a–z then A–Z. */
const LOWER = [675, 716, 593, 716, 678, 435, 716, 712, 343, 343, 665, 343, 1042, 712, 687, 716, 716, 493, 595, 478, 712, 652, 924, 645, 652, 582];
const UPPER = [774, 762, 734, 830, 683, 683, 821, 837, 372, 372, 775, 637, 995, 837, 850, 733, 850, 770, 720, 682, 812, 774, 1103, 771, 724, 725];
const DIGIT = 696;
const NARROW = 380;
const OTHER = 838;
const NARROW_MARKS = new Set([' ', '.', ',', ':', ';', "'", '’', '‘', '!', '|', '(', ')', '[', ']', '-', '/']);

/** Width of one character in thousandths of an em; accented letters as their base letter. */
function characterWidth(character: string): number {
  const base = character.normalize('NFD').charAt(0);
  const code = base.charCodeAt(0);
  if (code >= 97 && code <= 122) return LOWER[code - 97] as number;
  if (code >= 65 && code <= 90) return UPPER[code - 65] as number;
  if (code >= 48 && code <= 57) return DIGIT;
  if (NARROW_MARKS.has(base)) return NARROW;
  return OTHER;
}

/** The width of `text` in twips (1/1440 inch) at `sizeHalfPoints` (docx's unit: 18 = 9 pt). */
export function textWidthTwips(text: string, sizeHalfPoints: number): number {
  let thousandths = 0;
  for (const character of text) thousandths += characterWidth(character);
  // 1 pt = 20 twips; an em is the font size.
  return (thousandths / 1000) * (sizeHalfPoints / 2) * 20;
}

/**
 * The words of a cell where a line may break: at spaces, and after a hyphen or a slash (Word
 * and browsers break "Excel-lijst" after the hyphen).
 */
export function unbreakableParts(text: string): string[] {
  return text.split(/\s+|(?<=[-/])/).filter((part) => part !== '');
}
