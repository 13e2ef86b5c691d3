import type { ProcessMap } from '../model/types';
import type { FileFormatId } from './registry';

/**
 * What an import brought in and, by name, what it did not (domain.md sections 9 and 10):
 * shown as a dialog in the app and on stderr of `import`. Items are message codes of the
 * `formats` locale namespace (`report.<code>`) with the names they concern, so the same
 * report reads in Dutch and English.
 */
export interface ImportReportItem {
  code: string;
  /** The elements, rows or processes concerned, by name (or id when unnamed). */
  names: string[];
  params?: Record<string, string | number>;
}

export interface ImportReport {
  format: FileFormatId;
  counts: { lanes: number; steps: number; flows: number };
  items: ImportReportItem[];
}

/** Why a file cannot be imported at all: a `formats` message code (`error.<code>`) with its values. */
export interface ImportFailure {
  code: string;
  params: Record<string, string | number>;
}

export type ImportResult = { ok: true; map: ProcessMap; report: ImportReport } | { ok: false; failure: ImportFailure };

/** Collects report items, one per code, names in the order met. */
export class ReportCollector {
  private readonly byCode = new Map<string, ImportReportItem>();

  add(code: string, name?: string, params?: Record<string, string | number>): void {
    let item = this.byCode.get(code);
    if (!item) {
      item = { code, names: [], ...(params ? { params } : {}) };
      this.byCode.set(code, item);
    }
    if (name !== undefined && name !== '') item.names.push(name);
  }

  items(): ImportReportItem[] {
    return [...this.byCode.values()];
  }
}
