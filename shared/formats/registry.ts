/**
 * The one list of file formats Stroomlijn reads and writes (domain.md sections 9–13). The
 * command line, the app's Open/Import/Export dialogs, the Electron file filters and the
 * browser build's pickers all take extensions, media types and options from here, so a new
 * format is one module plus one entry below. Plain data only: importing this file loads no
 * reader or writer (they are loaded where they are used).
 */

/** What a file holds. */
export type FormatContent = 'map' | 'plan' | 'picture' | 'event-log' | 'deck';

/** Options a format understands, by their command-line name. */
export type FormatOption = 'process' | 'sheet' | 'lang';

export interface FileFormat {
  /** Stable id, also the key of the format's name in the `formats` locale namespace. */
  id: string;
  content: FormatContent;
  /** Lower-case file name endings with the dot; the first is the one written. */
  extensions: readonly string[];
  /** The media type of a written file (and what a browser picker accepts). */
  mediaType: string;
  /** Stroomlijn reads this format (into a map, or as an event log). */
  read: boolean;
  /** Stroomlijn writes this format (from a map). */
  write: boolean;
  /** Written as bytes (true) or text. */
  binary: boolean;
  /** The value of `--format` on the command line, for the formats written there. */
  cliName: string | null;
  options: readonly FormatOption[];
}

const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const FILE_FORMATS = [
  { id: 'stroomlijn', content: 'map', extensions: ['.stroomlijn', '.json'], mediaType: 'application/json', read: true, write: true, binary: false, cliName: null, options: [] },
  { id: 'bpmn', content: 'map', extensions: ['.bpmn', '.xml'], mediaType: 'application/xml', read: true, write: true, binary: false, cliName: 'bpmn', options: ['process'] },
  { id: 'steps-csv', content: 'map', extensions: ['.csv', '.tsv', '.txt'], mediaType: 'text/csv', read: true, write: true, binary: false, cliName: 'csv', options: ['lang'] },
  { id: 'steps-xlsx', content: 'map', extensions: ['.xlsx'], mediaType: XLSX_MEDIA_TYPE, read: true, write: true, binary: true, cliName: 'xlsx', options: ['sheet', 'lang'] },
  { id: 'plan-docx', content: 'plan', extensions: ['.docx'], mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', read: false, write: true, binary: true, cliName: 'docx', options: ['lang'] },
  // PDF needs a browser's print: the app writes it, the command line does not.
  { id: 'plan-pdf', content: 'plan', extensions: ['.pdf'], mediaType: 'application/pdf', read: false, write: true, binary: true, cliName: null, options: ['lang'] },
  { id: 'plan-html', content: 'plan', extensions: ['.html', '.htm'], mediaType: 'text/html', read: false, write: true, binary: false, cliName: 'html', options: ['lang'] },
  { id: 'plan-md', content: 'plan', extensions: ['.md'], mediaType: 'text/markdown', read: false, write: true, binary: false, cliName: 'md', options: ['lang'] },
  { id: 'deck-pptx', content: 'deck', extensions: ['.pptx'], mediaType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', read: false, write: true, binary: true, cliName: 'pptx', options: ['lang'] },
  { id: 'picture-png', content: 'picture', extensions: ['.png'], mediaType: 'image/png', read: false, write: true, binary: true, cliName: null, options: [] },
  { id: 'picture-svg', content: 'picture', extensions: ['.svg'], mediaType: 'image/svg+xml', read: false, write: true, binary: false, cliName: null, options: [] },
  { id: 'log-xes', content: 'event-log', extensions: ['.xes', '.xes.gz'], mediaType: 'application/xml', read: true, write: false, binary: false, cliName: null, options: [] },
  { id: 'log-csv', content: 'event-log', extensions: ['.csv', '.tsv', '.txt'], mediaType: 'text/csv', read: true, write: false, binary: false, cliName: null, options: [] },
  { id: 'log-xlsx', content: 'event-log', extensions: ['.xlsx'], mediaType: XLSX_MEDIA_TYPE, read: true, write: false, binary: true, cliName: null, options: ['sheet'] },
] as const satisfies readonly FileFormat[];

export type FileFormatId = (typeof FILE_FORMATS)[number]['id'];

export function fileFormat(id: FileFormatId): FileFormat {
  return FILE_FORMATS.find((format) => format.id === id) as FileFormat;
}

/** The formats that hold `content` and that Stroomlijn reads (`'read'`) or writes (`'write'`). */
export function formatsOf(content: FormatContent, capability: 'read' | 'write'): FileFormat[] {
  return FILE_FORMATS.filter((format) => format.content === content && format[capability]);
}

/** The written format of `content` with this command-line name, or null. */
export function formatByCliName(content: FormatContent, cliName: string): FileFormat | null {
  return formatsOf(content, 'write').find((format) => format.cliName === cliName) ?? null;
}

/** The command-line names of the formats of `content` that the command line writes. */
export function cliNamesOf(content: FormatContent): string[] {
  return formatsOf(content, 'write').flatMap((format) => (format.cliName === null ? [] : [format.cliName]));
}

/** The readable format of `content` a file name says it is (longest matching ending wins), or null. */
export function formatForFileName(fileName: string, content: FormatContent): FileFormat | null {
  const lower = fileName.toLowerCase();
  let best: { format: FileFormat; length: number } | null = null;
  for (const format of formatsOf(content, 'read')) {
    for (const extension of format.extensions) {
      if (lower.endsWith(extension) && (best === null || extension.length > best.length)) best = { format, length: extension.length };
    }
  }
  return best?.format ?? null;
}

/** Extensions without the dot, as Electron's file filters want them. */
export function bareExtensions(format: FileFormat): string[] {
  return format.extensions.map((extension) => extension.slice(1));
}

/** "plan" + docx → "plan.docx"; an extension of the format already there is not doubled. */
export function withFormatExtension(name: string, format: FileFormat): string {
  const lower = name.toLowerCase();
  return format.extensions.some((extension) => lower.endsWith(extension)) ? name : `${name}${format.extensions[0] ?? ''}`;
}
