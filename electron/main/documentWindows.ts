import { IPC_METHODS, type DocumentTitle, type OpenFileRequest } from '../../shared/ipc/contract';
import type { FileHandles } from './fileHandles';
import type { WindowId } from './recoveryService';

/** The parts of an editor window (BrowserWindow + webContents) the registry needs. */
export interface DocumentWindow {
  readonly id: WindowId;
  send: (channel: string, payload: unknown) => void;
  /** Restores a minimised window and brings it to the front. */
  reveal: () => void;
  isDestroyed: () => boolean;
}

interface WindowRecord {
  window: DocumentWindow;
  title: DocumentTitle | null;
  /** The handle this window last opened or saved through: the file it shows, if the title agrees. */
  lastHandle: string | null;
  listensForOpenRequests: boolean;
  queuedOpenRequests: OpenFileRequest[];
  /** Got a file to open: no longer an empty window another file may go into. */
  claimed: boolean;
}

export interface DocumentWindows {
  add(window: DocumentWindow): void;
  remove(id: WindowId): void;
  setTitle(id: WindowId, title: DocumentTitle): void;
  /** Remembers the handle a window opened or saved through (openMapFile, saveMapFile). */
  noteHandle(id: WindowId, handle: string): void;
  hasUnsavedChanges(id: WindowId): boolean;
  /** The page subscribed to open requests: send it what was queued for it. */
  listenForOpenRequests(id: WindowId): void;
  /** The page is gone or reloading: queue again until it subscribes anew. */
  stopListening(id: WindowId): void;
  /** The window that shows the file at `path`, if any. */
  windowShowing(path: string): DocumentWindow | null;
  /** Sends a file to open to the right window: an empty one, or a new one. */
  deliverOpenRequest(request: OpenFileRequest): void;
}

export interface DocumentWindowsOptions {
  handles: FileHandles;
  /** Opens a new editor window (it registers itself with add()). */
  openWindow: () => DocumentWindow;
  focusedWindowId: () => WindowId | null;
}

/**
 * One window per document. Main keeps, per window, what its page reported (title, unsaved
 * marker, file handle) and routes files the platform asks to open: to the window already
 * showing the file, else to an empty window, else to a new one.
 */
export function createDocumentWindows({ handles, openWindow, focusedWindowId }: DocumentWindowsOptions): DocumentWindows {
  const records = new Map<WindowId, WindowRecord>();

  const live = () => [...records.values()].filter((record) => !record.window.isDestroyed());
  const currentPathOf = (record: WindowRecord): string | null => {
    const handle = record.title?.handle ?? record.lastHandle;
    if (handle === null || handle === undefined || record.title?.fileName === null) return null;
    return handles.get(handle)?.path ?? null;
  };
  const isEmpty = (record: WindowRecord) =>
    !record.claimed && (record.title === null || (record.title.fileName === null && !record.title.dirty));
  const send = (record: WindowRecord, request: OpenFileRequest) => {
    if (request.ok) record.claimed = true;
    if (record.listensForOpenRequests) record.window.send(IPC_METHODS.onOpenFileRequest.channel, request);
    else record.queuedOpenRequests.push(request);
    record.window.reveal();
  };

  return {
    add(window) {
      records.set(window.id, { window, title: null, lastHandle: null, listensForOpenRequests: false, queuedOpenRequests: [], claimed: false });
    },
    remove(id) {
      records.delete(id);
    },
    setTitle(id, title) {
      const record = records.get(id);
      if (record !== undefined) record.title = title;
    },
    noteHandle(id, handle) {
      const record = records.get(id);
      if (record !== undefined) record.lastHandle = handle;
    },
    hasUnsavedChanges: (id) => records.get(id)?.title?.dirty === true,
    listenForOpenRequests(id) {
      const record = records.get(id);
      if (record === undefined) return;
      record.listensForOpenRequests = true;
      for (const request of record.queuedOpenRequests.splice(0)) record.window.send(IPC_METHODS.onOpenFileRequest.channel, request);
    },
    stopListening(id) {
      const record = records.get(id);
      if (record !== undefined) record.listensForOpenRequests = false;
    },
    windowShowing(path) {
      return live().find((record) => currentPathOf(record) === path)?.window ?? null;
    },
    deliverOpenRequest(request) {
      const windows = live();
      const focused = windows.find((record) => record.window.id === focusedWindowId());
      // A refusal is shown where the user is; a file goes into an empty window or a new one.
      const target = request.ok
        ? [focused, ...windows].find((record) => record !== undefined && isEmpty(record))
        : (focused ?? windows[0]);
      if (target !== undefined) {
        send(target, request);
        return;
      }
      const opened = openWindow();
      const record = records.get(opened.id);
      if (record === undefined) throw new Error('openWindow() must add the new window to the registry');
      send(record, request);
    },
  };
}
