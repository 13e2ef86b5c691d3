import type { Cell } from './logReader';

/**
 * The header of a table as column names a mapping can refer to: cells as trimmed text, an
 * empty header cell named by its column number ("#3"), and a repeated name numbered
 * ("Datum", "Datum (2)"), so every column has one unique name.
 */
export function normaliseHeader(cells: readonly Cell[]): string[] {
  const seen = new Map<string, number>();
  return cells.map((cell, index) => {
    const text = cell === null ? '' : String(cell).replace(/\s+/g, ' ').trim();
    const base = text === '' ? `#${index + 1}` : text;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base} (${count})`;
  });
}

/** True when a row has no cell with content (blank lines and rows of empty cells are skipped). */
export function isBlankRow(cells: readonly Cell[]): boolean {
  for (const cell of cells) if (cell !== null && cell !== '' && !(typeof cell === 'string' && cell.trim() === '')) return false;
  return true;
}
