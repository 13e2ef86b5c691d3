export type ColumnAlign = 'left' | 'right';

const INDENT = '  ';
const COLUMN_GAP = '  ';

/** Length in code points, so "€" and "é" count as one column. */
function widthOf(text: string): number {
  return [...text].length;
}

function pad(text: string, width: number, align: ColumnAlign): string {
  const fill = ' '.repeat(Math.max(0, width - widthOf(text)));
  return align === 'right' ? fill + text : text + fill;
}

/**
 * A plain-text table for a terminal: a header, a rule of dashes and the rows, each column
 * as wide as its widest cell. Numbers are right-aligned so their digits line up.
 * Trailing spaces are trimmed so the output diffs cleanly.
 */
export function renderTable(header: readonly string[], rows: readonly (readonly string[])[], align: readonly ColumnAlign[]): string[] {
  const widths = header.map((title, column) =>
    Math.max(widthOf(title), ...rows.map((row) => widthOf(row[column] ?? ''))),
  );
  const line = (cells: readonly string[]): string =>
    (INDENT + cells.map((cell, column) => pad(cell, widths[column] ?? 0, align[column] ?? 'left')).join(COLUMN_GAP)).trimEnd();
  const rule = INDENT + widths.map((width) => '-'.repeat(width)).join(COLUMN_GAP);
  return [line(header), rule, ...rows.map(line)];
}

/** Label–value lines with the values starting in one column. */
export function renderPairs(pairs: readonly (readonly [string, string])[]): string[] {
  const labelWidth = Math.max(0, ...pairs.map(([label]) => widthOf(label)));
  return pairs.map(([label, value]) => `${INDENT}${pad(label, labelWidth, 'left')}${COLUMN_GAP}${value}`.trimEnd());
}
