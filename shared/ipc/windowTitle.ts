import type { DocumentTitle } from './contract';

export const APP_NAME = 'Stroomlijn';
/** Shown before the name while the document has unsaved changes. */
export const UNSAVED_MARKER = '•';

/**
 * The window (or browser tab) title: "name — Stroomlijn", where name is the file name
 * without its extension, or the map title for a document never saved; "• " in front
 * while there are unsaved changes.
 */
export function formatWindowTitle({ fileName, title, dirty }: DocumentTitle): string {
  const name = (fileName === null ? title : stripMapExtension(fileName)).trim();
  const base = name === '' ? APP_NAME : `${name} — ${APP_NAME}`;
  return dirty ? `${UNSAVED_MARKER} ${base}` : base;
}

function stripMapExtension(fileName: string): string {
  return fileName.replace(/\.(stroomlijn|json)$/i, '');
}
