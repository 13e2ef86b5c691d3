import type { BpmnProcessChoice } from '../../../shared/formats/bpmn/importBpmn';
import type { ImportResult } from '../../../shared/formats/importReport';
import { MAP_IMPORTERS, utf8Text } from '../../../shared/formats/mapConverters';
import { formatForFileName, type FileFormat, type FileFormatId } from '../../../shared/formats/registry';
import type { StepListPreview } from '../../../shared/formats/steps/importStepList';
import { MAX_EVENT_LOG_CHUNK_BYTES, MAX_MAP_FILE_BYTES, type StroomlijnBridge } from '../../../shared/ipc/contract';
import type { ProcessMap } from '../../../shared/model/types';
import type { Language } from '../../../shared/model/vocabulary';

/** The Import… dialog's state: the file, how it was read, and the map it would make. */
export interface OpenImport {
  fileName: string;
  format: FileFormat;
  /** BPMN with several pools: the processes to choose from, and the chosen one. */
  processes: BpmnProcessChoice[];
  processId: string | null;
  /** null while reading. */
  result: (ImportResult & { preview?: StepListPreview }) | null;
}

export interface MapImportHost {
  bridge: Pick<StroomlijnBridge, 'openImportFile' | 'readEventLogChunk'>;
  language(): Language;
  /** Opens the map as a new document (asking about unsaved changes first); false when the user kept the old one. */
  openMap(map: ProcessMap): Promise<boolean>;
  /** Tells why the file cannot be opened or imported (one or more lines). */
  showFailure(lines: string[]): Promise<void>;
  /** The import report after the map was opened. */
  showReport(result: Extract<ImportResult, { ok: true }>): Promise<void>;
  describeOpenFailure(reason: { kind: 'tooLarge'; fileName: string; sizeBytes: number } | { kind: 'failed'; message: string }): string;
}

export interface MapImportController {
  /** Import…: asks for a file, reads it and shows the preview. */
  start(): Promise<void>;
  chooseProcess(processId: string): Promise<void>;
  /** Opens the previewed map as a new document, then shows the report. */
  confirm(): Promise<void>;
  close(): void;
  getOpen: () => OpenImport | null;
  subscribe: (listener: () => void) => () => void;
}

async function readWhole(bridge: MapImportHost['bridge'], logId: string, sizeBytes: number): Promise<Uint8Array | string> {
  const bytes = new Uint8Array(sizeBytes);
  let offset = 0;
  while (offset < sizeBytes) {
    const chunk = await bridge.readEventLogChunk({ logId, offsetBytes: offset, lengthBytes: Math.min(MAX_EVENT_LOG_CHUNK_BYTES, sizeBytes - offset) });
    if (!chunk.ok) return chunk.message;
    if (chunk.bytes.length === 0) break;
    bytes.set(chunk.bytes, offset);
    offset += chunk.bytes.length;
  }
  return offset === sizeBytes ? bytes : bytes.slice(0, offset);
}

/**
 * Import… (issue 15): the file is chosen through the bridge (filters from the format
 * registry), read whole (at most the size of a map file), imported with the registry's
 * importer for its extension, and shown as a preview; nothing is created until the user
 * confirms, and then the map opens as a new document the way Open does.
 */
export function createMapImportController(host: MapImportHost): MapImportController {
  let open: OpenImport | null = null;
  let bytes: Uint8Array | null = null;
  const listeners = new Set<() => void>();
  const set = (next: OpenImport | null): void => {
    open = next;
    for (const listener of listeners) listener();
  };

  const runImport = async (current: OpenImport): Promise<void> => {
    const load = MAP_IMPORTERS[current.format.id as FileFormatId];
    if (!load || bytes === null) return;
    set({ ...current, result: null });
    const importer = await load();
    const result = await importer(bytes, { language: host.language(), fileName: current.fileName, ...(current.processId !== null ? { processId: current.processId } : {}) });
    if (open?.fileName === current.fileName) set({ ...current, result });
  };

  return {
    async start() {
      const chosen = await host.bridge.openImportFile();
      if (!chosen.ok) {
        if (chosen.reason === 'tooLarge') await host.showFailure([host.describeOpenFailure({ kind: 'tooLarge', fileName: chosen.fileName, sizeBytes: chosen.sizeBytes })]);
        else if (chosen.reason === 'failed') await host.showFailure([host.describeOpenFailure({ kind: 'failed', message: chosen.message })]);
        return;
      }
      if (chosen.sizeBytes > MAX_MAP_FILE_BYTES) {
        await host.showFailure([host.describeOpenFailure({ kind: 'tooLarge', fileName: chosen.fileName, sizeBytes: chosen.sizeBytes })]);
        return;
      }
      const format = formatForFileName(chosen.fileName, 'map');
      if (!format || format.id === 'stroomlijn' || !MAP_IMPORTERS[format.id as FileFormatId]) {
        await host.showFailure([host.describeOpenFailure({ kind: 'failed', message: chosen.fileName })]);
        return;
      }
      const read = await readWhole(host.bridge, chosen.logId, chosen.sizeBytes);
      if (typeof read === 'string') {
        await host.showFailure([host.describeOpenFailure({ kind: 'failed', message: read })]);
        return;
      }
      bytes = read;
      let processes: BpmnProcessChoice[] = [];
      if (format.id === 'bpmn') {
        const { listBpmnProcesses } = await import('../../../shared/formats/bpmn/importBpmn');
        const listed = await listBpmnProcesses(utf8Text(read));
        if (listed.ok) processes = listed.processes;
      }
      const first: OpenImport = { fileName: chosen.fileName, format, processes, processId: null, result: null };
      set(first);
      await runImport(first);
    },
    async chooseProcess(processId) {
      if (open) await runImport({ ...open, processId });
    },
    async confirm() {
      const result = open?.result;
      if (!result?.ok) return;
      if (!(await host.openMap(result.map))) return;
      set(null);
      bytes = null;
      await host.showReport(result);
    },
    close() {
      bytes = null;
      set(null);
    },
    getOpen: () => open,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
