import { exportableText } from '../exportText';

/**
 * Text helpers for the SVG drawings of the plan. SVG has no text layout of its own and
 * `shared/` has no DOM to measure with, so widths are estimated from per-character
 * advance widths of a Helvetica-like sans serif (Liberation Sans / Arial metrics, in em),
 * rounded up a little so a wrapped line never runs out of its box in the real font.
 */

/** The font stack of every drawing: metric-compatible faces on Windows, macOS and Debian. */
export const SVG_FONT_FAMILY = "'Liberation Sans', Arial, Helvetica, 'DejaVu Sans', sans-serif";

/**
 * Escapes text for an XML text node or attribute value (both quote kinds), after dropping
 * what XML cannot hold (exportableText), which would make the whole SVG unreadable.
 */
export function escapeXml(text: string): string {
  return exportableText(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const NARROW = new Set([...'fijlrtI!|.,:;\'"()[]{} /\\-']);
const WIDE = new Set([...'mwMW@%&']);

/** Advance width of one character in em (Helvetica-like metrics, rounded up). */
function characterWidthEm(character: string): number {
  if (NARROW.has(character)) return 0.32;
  if (WIDE.has(character)) return 0.9;
  if (/[A-Z0-9#€$]/.test(character)) return 0.68;
  // Wide scripts (CJK, emoji) take a full em.
  if ((character.codePointAt(0) ?? 0) > 0x2e80) return 1;
  return 0.56;
}

/** Estimated width of `text` at `fontSizePx` (bold adds about 7 %). */
export function estimateTextWidthPx(text: string, fontSizePx: number, bold = false): number {
  let em = 0;
  for (const character of text) em += characterWidthEm(character);
  return em * fontSizePx * (bold ? 1.07 : 1);
}

const ELLIPSIS = '…';
/** The narrowest advance width of characterWidthEm, in em. */
const NARROWEST_EM = 0.32;

/**
 * The part of `text` that can ever show in `lines` lines of `maxWidthPx`: no more
 * characters than the narrowest ones would fill, plus a few so that a cut still shows as
 * cut (the ellipsis). Long labels are shortened once here, before any splitting or
 * measuring, so a 10 MB label costs as much as a short one (it took 27 s per plan before).
 */
function visiblePart(text: string, maxWidthPx: number, fontSizePx: number, lines = 1): string {
  const limit = Math.ceil((maxWidthPx * lines) / (NARROWEST_EM * fontSizePx)) + lines + 8;
  if (text.length <= limit) return text;
  const end = /[\uD800-\uDBFF]/.test(text.charAt(limit - 1)) ? limit - 1 : limit;
  return text.slice(0, end);
}

/** The longest prefix of `text` that fits `maxWidthPx` together with an ellipsis. */
export function truncateToWidth(fullText: string, maxWidthPx: number, fontSizePx: number, bold = false): string {
  const text = visiblePart(fullText, maxWidthPx, fontSizePx);
  if (text === fullText && estimateTextWidthPx(text, fontSizePx, bold) <= maxWidthPx) return text;
  const characters = [...text];
  let width = estimateTextWidthPx(ELLIPSIS, fontSizePx, bold);
  let kept = 0;
  for (const character of characters) {
    const next = estimateTextWidthPx(character, fontSizePx, bold);
    if (width + next > maxWidthPx) break;
    width += next;
    kept += 1;
  }
  return `${characters.slice(0, kept).join('').trimEnd()}${ELLIPSIS}`;
}

/**
 * Breaks `text` into at most `maxLines` lines of at most `maxWidthPx`, at spaces where it
 * can and inside a word that is longer than a line. When the text needs more lines, the
 * last line ends with an ellipsis. Whitespace runs (including newlines) count as one space.
 */
export function wrapText(fullText: string, maxWidthPx: number, fontSizePx: number, maxLines: number, bold = false): string[] {
  // Leading whitespace shows as nothing: trimmed before the visible part is taken.
  const text = visiblePart(fullText.trimStart(), maxWidthPx, fontSizePx, maxLines);
  const words = text.trim().split(/\s+/).filter((word) => word !== '');
  const lines: string[] = [];
  let current = '';
  const fits = (candidate: string): boolean => estimateTextWidthPx(candidate, fontSizePx, bold) <= maxWidthPx;

  for (let index = 0; index < words.length; index += 1) {
    let word = words[index] ?? '';
    const candidate = current === '' ? word : `${current} ${word}`;
    if (fits(candidate)) {
      current = candidate;
      continue;
    }
    if (current !== '') lines.push(current);
    // A word wider than the line is cut into pieces that fit.
    while (!fits(word) && lines.length < maxLines) {
      const piece = truncateToWidth(word, maxWidthPx, fontSizePx, bold).slice(0, -1);
      const pieceLength = Math.max(1, [...piece].length);
      lines.push([...word].slice(0, pieceLength).join(''));
      word = [...word].slice(pieceLength).join('');
    }
    current = word;
    if (lines.length >= maxLines) {
      const rest = [current, ...words.slice(index + 1)].join(' ').trim();
      return finish(lines, rest, maxLines, maxWidthPx, fontSizePx, bold);
    }
  }
  if (current !== '') lines.push(current);
  if (lines.length <= maxLines) return lines;
  return finish(lines.slice(0, maxLines), lines.slice(maxLines).join(' '), maxLines, maxWidthPx, fontSizePx, bold);
}

/** Keeps `maxLines` lines; the last one takes the rest and ends with an ellipsis when it is cut. */
function finish(lines: string[], rest: string, maxLines: number, maxWidthPx: number, fontSizePx: number, bold: boolean): string[] {
  const kept = lines.slice(0, maxLines);
  const last = kept.pop() ?? '';
  kept.push(truncateToWidth(rest === '' ? last : `${last} ${rest}`, maxWidthPx, fontSizePx, bold));
  return kept;
}

/**
 * `<text>` with one `<tspan>` per line, centred on `x` (or starting at it), the first
 * baseline at `y`. Every line is escaped.
 */
export function svgTextLines(
  lines: readonly string[],
  x: number,
  y: number,
  options: { fontSizePx: number; lineHeightPx: number; anchor?: 'start' | 'middle' | 'end'; bold?: boolean; fill?: string; halo?: boolean },
): string {
  const anchor = options.anchor ?? 'middle';
  const weight = options.bold ? ' font-weight="700"' : '';
  const fill = options.fill ? ` fill="${options.fill}"` : '';
  // A white outline under the glyphs keeps a label readable where it crosses a line.
  const halo = options.halo ? ' stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke"' : '';
  const spans = lines
    .map((line, index) => `<tspan x="${round(x)}" y="${round(y + index * options.lineHeightPx)}">${escapeXml(line)}</tspan>`)
    .join('');
  return `<text font-size="${options.fontSizePx}" text-anchor="${anchor}"${weight}${fill}${halo}>${spans}</text>`;
}

/** Coordinates with at most two decimals keep the SVG small and diff-stable. */
export function round(value: number): number {
  return Math.round(value * 100) / 100;
}
