import type { OpenEventLogResult, StroomlijnBridge } from '../../../shared/ipc/contract';
import type { FollowUp, ProcessMap } from '../../../shared/model/types';
import { createDiscoveryClient, startDiscoveryWorker, type DiscoveryClient, type DiscoveryWorkerPort } from './discoveryClient';
import type { LogFile, LogSlot } from './discoveryProtocol';

/** The dialog that is open: which log it reads, and what for (a new map, or the follow-up). */
export interface OpenDiscovery {
  slot: LogSlot;
  file: LogFile;
}

/** What the shell provides: opening a map as a new document, keeping a follow-up, telling a failure. */
export interface DiscoveryHost {
  bridge: Pick<StroomlijnBridge, 'openEventLog' | 'readEventLogChunk'>;
  /** Replaces the document (asking to save first); false when the user kept the old one. */
  openMap(map: ProcessMap): Promise<boolean>;
  setFollowUp(followUp: FollowUp): void;
  /** A log that could not be opened: why, in the user's words. */
  showOpenFailure(result: Exclude<OpenEventLogResult, { ok: true } | { reason: 'cancelled' }>): Promise<void>;
  createWorker?: () => DiscoveryWorkerPort;
}

/**
 * Import event log… and the follow-up: asks for the file through the bridge, then shows the
 * discovery dialog (a tiny external store the host component subscribes to). The worker is
 * started on first use and kept, so the first log stays read while the follow-up is measured.
 */
export interface DiscoveryController {
  importLog(slot: LogSlot): Promise<void>;
  getOpen: () => OpenDiscovery | null;
  subscribe: (listener: () => void) => () => void;
  close: () => void;
  readonly client: DiscoveryClient;
  readonly host: DiscoveryHost;
}

export function createDiscoveryController(host: DiscoveryHost): DiscoveryController {
  let open: OpenDiscovery | null = null;
  const listeners = new Set<() => void>();
  const set = (next: OpenDiscovery | null) => {
    open = next;
    for (const listener of listeners) listener();
  };
  const client = createDiscoveryClient(host.bridge, host.createWorker ?? startDiscoveryWorker);
  return {
    client,
    host,
    async importLog(slot) {
      const result = await host.bridge.openEventLog();
      if (result.ok) set({ slot, file: { logId: result.logId, fileName: result.fileName, sizeBytes: result.sizeBytes } });
      else if (result.reason !== 'cancelled') await host.showOpenFailure(result);
    },
    getOpen: () => open,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: () => set(null),
  };
}
