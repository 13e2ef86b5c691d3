import { fileFormat, type FileFormat, type FileFormatId } from '../formats/registry';
import type { ExportFileKind } from './contract';

/** The registered format (shared/formats/registry.ts) behind each export kind. */
const EXPORT_FORMAT_IDS: Readonly<Record<ExportFileKind, FileFormatId>> = {
  docx: 'plan-docx',
  pdf: 'plan-pdf',
  html: 'plan-html',
  md: 'plan-md',
  pptx: 'deck-pptx',
  png: 'picture-png',
  svg: 'picture-svg',
  bpmn: 'bpmn',
  csv: 'steps-csv',
  xlsx: 'steps-xlsx',
};

function typeOf(format: FileFormat): { extension: string; mediaType: string } {
  return { extension: (format.extensions[0] ?? '').slice(1), mediaType: format.mediaType };
}

/** Extension (without the dot) and media type of each export kind, from the format registry. */
export const EXPORT_FILE_TYPES: Readonly<Record<ExportFileKind, { extension: string; mediaType: string }>> = Object.fromEntries(
  Object.entries(EXPORT_FORMAT_IDS).map(([kind, id]) => [kind, typeOf(fileFormat(id))]),
) as Record<ExportFileKind, { extension: string; mediaType: string }>;

/** "plan" + "docx" → "plan.docx"; an extension already there is not doubled. */
export function withExtension(name: string, kind: ExportFileKind): string {
  const extension = `.${EXPORT_FILE_TYPES[kind].extension}`;
  return name.toLowerCase().endsWith(extension) ? name : `${name}${extension}`;
}
