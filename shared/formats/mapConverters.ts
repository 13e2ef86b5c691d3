import type { ProcessMap } from '../model/types';
import type { Language } from '../model/vocabulary';
import type { ImportResult } from './importReport';
import type { FileFormatId } from './registry';

export interface MapImportOptions {
  language: Language;
  fileName?: string;
  /** BPMN: the process or participant to import. */
  processId?: string;
  /** .xlsx: the sheet to read. */
  sheet?: string;
  now?: string;
}
export type MapImporter = (bytes: Uint8Array, options: MapImportOptions) => Promise<ImportResult>;
export type MapExporter = (map: ProcessMap, options: { language: Language }) => Promise<string | Uint8Array>;

/** UTF-8 text of a file, without a byte-order mark. */
export function utf8Text(bytes: Uint8Array): string {
  const text = new (globalThis as unknown as { TextDecoder: new () => { decode(input: Uint8Array): string } }).TextDecoder().decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * The readers and writers of the map formats of the registry, loaded on first use (so the
 * app's first bundle does not carry the BPMN parser or exceljs). A new map format: one
 * module, one registry entry, one line here.
 */
export const MAP_IMPORTERS: Partial<Record<FileFormatId, () => Promise<MapImporter>>> = {
  bpmn: async () => {
    const { importBpmn } = await import('./bpmn/importBpmn');
    return (bytes, options) => importBpmn(utf8Text(bytes), options);
  },
  'steps-csv': async () => {
    const { importStepList } = await import('./steps/importStepList');
    return (bytes, options) => importStepList(bytes, 'csv', options);
  },
  'steps-xlsx': async () => {
    const { importStepList } = await import('./steps/importStepList');
    return (bytes, options) => importStepList(bytes, 'xlsx', options);
  },
};

export const MAP_EXPORTERS: Partial<Record<FileFormatId, () => Promise<MapExporter>>> = {
  bpmn: async () => {
    const { exportBpmn } = await import('./bpmn/exportBpmn');
    return (map) => Promise.resolve(exportBpmn(map));
  },
  'steps-csv': async () => {
    const { exportStepListCsv } = await import('./steps/exportStepList');
    return (map, options) => Promise.resolve(exportStepListCsv(map, options.language));
  },
  'steps-xlsx': async () => {
    const { exportStepListXlsx } = await import('./steps/exportStepList');
    return (map, options) => exportStepListXlsx(map, options.language);
  },
};
