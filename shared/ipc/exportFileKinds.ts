import type { ExportFileKind } from './contract';

/** Extension (without the dot) and media type of each export kind. */
export const EXPORT_FILE_TYPES: Readonly<Record<ExportFileKind, { extension: string; mediaType: string }>> = {
  docx: { extension: 'docx', mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  pdf: { extension: 'pdf', mediaType: 'application/pdf' },
  html: { extension: 'html', mediaType: 'text/html' },
  md: { extension: 'md', mediaType: 'text/markdown' },
  png: { extension: 'png', mediaType: 'image/png' },
  svg: { extension: 'svg', mediaType: 'image/svg+xml' },
};

/** "plan" + "docx" → "plan.docx"; an extension already there is not doubled. */
export function withExtension(name: string, kind: ExportFileKind): string {
  const extension = `.${EXPORT_FILE_TYPES[kind].extension}`;
  return name.toLowerCase().endsWith(extension) ? name : `${name}${extension}`;
}
