import { getTranslator } from '../../../shared/i18n/translator';
import { fileFormat } from '../../../shared/formats/registry';
import {
  EVENT_LOG_EXTENSIONS,
  MAP_IMPORT_EXTENSIONS,
  MAP_FILE_EXTENSION,
  MAX_EVENT_LOG_BYTES,
  MAX_MAP_FILE_BYTES,
  preferencesPatchSchema,
  preferencesSchema,
  type DroppedFile,
  type OpenMapFileResult,
  type Preferences,
  type RecentFile,
  type SaveMapFileResult,
  type StroomlijnBridge,
} from '../../../shared/ipc/contract';
import { normaliseExternalUrl } from '../../../shared/ipc/externalUrl';
import { safeFileName } from '../../../shared/ipc/fileNames';
import { languageFromLocales } from '../../../shared/ipc/systemLanguage';
import { formatWindowTitle } from '../../../shared/ipc/windowTitle';
import type { Language } from '../../../shared/model/vocabulary';
import { decodeMapBytes, describeDecodeFailure } from '../../../shared/model/readMapBytes';
import { openWithFileInput, startDownload } from './browserFallbacks';
import { exportFileInBrowser } from './browserExportFile';
import { createBrowserRecovery, webSessionLocks, type RecoveryStorage, type SessionLocks } from './browserRecovery';

/** The File System Access API (Chromium); absent from TypeScript's DOM types. */
export interface FilePickerAcceptType {
  description: string;
  accept: Record<string, string[]>;
}
export interface PickedFileHandle {
  readonly name: string;
  getFile(): Promise<File>;
  createWritable(): Promise<{ write(data: string): Promise<void>; close(): Promise<void> }>;
}
export interface FilePickers {
  showOpenFilePicker(options: { types: FilePickerAcceptType[]; multiple: false }): Promise<PickedFileHandle[]>;
  showSaveFilePicker(options: { suggestedName: string; types: FilePickerAcceptType[] }): Promise<PickedFileHandle>;
}

/** Everything the browser bridge touches, injectable for tests. */
export interface BrowserEnvironment {
  preferredLanguages(): readonly string[];
  storage: Pick<Storage, 'getItem' | 'setItem'> | null;
  document: Document;
  /** Present when the browser supports the File System Access API. */
  filePickers: FilePickers | null;
  /** Where recovery copies go (localStorage); null when storage is blocked. */
  recoveryStorage: RecoveryStorage | null;
  /** Tells which tabs are still open (Web Locks); null when the browser has none. */
  sessionLocks: SessionLocks | null;
  /** Identifies this tab's recovery copies. */
  sessionId: string;
  /** window.confirm: the browser's own modal question. */
  confirm(message: string): boolean;
  /** Opens a link in a new tab without giving it access to this one. */
  openUrl(url: string): void;
  now?: () => Date;
}

export function browserEnvironment(): BrowserEnvironment {
  const pickers = window as unknown as Partial<FilePickers>;
  const storage = safeLocalStorage();
  return {
    preferredLanguages: () => (navigator.languages.length > 0 ? navigator.languages : [navigator.language]),
    storage,
    recoveryStorage: storage,
    sessionLocks: webSessionLocks((navigator as Partial<Navigator>).locks),
    sessionId: crypto.randomUUID(),
    confirm: (message) => window.confirm(message),
    openUrl: (url) => void window.open(url, '_blank', 'noopener,noreferrer'),
    document,
    filePickers:
      typeof pickers.showOpenFilePicker === 'function' && typeof pickers.showSaveFilePicker === 'function'
        ? { showOpenFilePicker: pickers.showOpenFilePicker.bind(window), showSaveFilePicker: pickers.showSaveFilePicker.bind(window) }
        : null,
  };
}

const PREFERENCES_KEY = 'stroomlijn.preferences';

/** A file the user opened or saved in this tab: a writable handle when the API exists. */
interface KnownFile {
  fileName: string;
  fileHandle: PickedFileHandle | null;
  /** The file as last read or written here (File.lastModified and size), to notice changes by others. */
  baseline: FileStamp | null;
  usedAt: string;
}

interface FileStamp {
  lastModified: number;
  size: number;
}

const stampOf = (file: { lastModified: number; size: number }): FileStamp => ({ lastModified: file.lastModified, size: file.size });

/**
 * The bridge on web APIs: preferences in localStorage, files through the File System
 * Access API when present, else an <input type=file> and a download. There is no native
 * menu: the app's own toolbar and shortcuts drive everything.
 */
export function createBrowserBridge(environment: BrowserEnvironment): StroomlijnBridge {
  const knownFiles = new Map<string, KnownFile>();
  /** Event logs chosen in this tab, read chunk by chunk with File.slice (never whole). */
  const eventLogs = new Map<string, Blob>();
  const now = environment.now ?? (() => new Date());
  let nextHandleNumber = 1;
  const remember = (file: Omit<KnownFile, 'usedAt'>): string => {
    const entry = { ...file, usedAt: now().toISOString() };
    for (const [handle, known] of knownFiles) {
      if (file.fileHandle !== null && known.fileHandle === file.fileHandle) {
        knownFiles.set(handle, entry);
        return handle;
      }
    }
    const handle = `browser-file-${nextHandleNumber++}`;
    knownFiles.set(handle, entry);
    return handle;
  };
  const recovery = createBrowserRecovery({ storage: environment.recoveryStorage, locks: environment.sessionLocks, sessionId: environment.sessionId, now });
  /** Open Recent in the browser: files opened or saved through the picker in this tab (their handles live in memory only). */
  const recentId = (handle: string) => Number(handle.slice('browser-file-'.length)).toString(16).padStart(16, '0');

  const systemLanguage = () => languageFromLocales(environment.preferredLanguages());
  const readPreferences = (): Preferences => {
    try {
      const stored = environment.storage?.getItem(PREFERENCES_KEY);
      if (stored === null || stored === undefined) return {};
      const parsed = preferencesSchema.safeParse(JSON.parse(stored));
      return parsed.success ? parsed.data : {};
    } catch {
      return {};
    }
  };
  // Only the file picker labels need it; kept in step with what the app reports.
  let language: Language = readPreferences().language ?? systemLanguage();
  const mapFormat = fileFormat('stroomlijn');
  const acceptTypes = (extensions: readonly string[]): FilePickerAcceptType[] => [
    { description: getTranslator(language)('mapFileFilter', { ns: 'menu' }), accept: { [mapFormat.mediaType]: [...extensions] } },
  ];

  /** The same decoding as the desktop app and the command line (readMapBytes.ts). */
  const readMapFile = async (file: DroppedFile): Promise<{ ok: true; text: string } | Extract<OpenMapFileResult, { reason: 'tooLarge' | 'failed' }>> => {
    if (file.size > MAX_MAP_FILE_BYTES) return { ok: false, reason: 'tooLarge', fileName: file.name, sizeBytes: file.size, limitBytes: MAX_MAP_FILE_BYTES };
    const decoded = decodeMapBytes(new Uint8Array(await file.arrayBuffer()));
    if (decoded.ok) return { ok: true, text: decoded.text };
    if (decoded.reason === 'too-large') return { ok: false, reason: 'tooLarge', fileName: file.name, sizeBytes: decoded.sizeBytes, limitBytes: MAX_MAP_FILE_BYTES };
    return { ok: false, reason: 'failed', fileName: file.name, message: describeDecodeFailure(decoded, language).message };
  };

  return {
    kind: 'browser',
    getSystemLanguage: () => Promise.resolve(systemLanguage()),
    getPreferences: () => Promise.resolve(readPreferences()),
    setPreferences(patch) {
      const merged = preferencesSchema.parse({ ...readPreferences(), ...preferencesPatchSchema.parse(patch) });
      try {
        environment.storage?.setItem(PREFERENCES_KEY, JSON.stringify(merged));
      } catch {
        // Storage full or blocked (private mode): the choice holds for this session only.
      }
      if (merged.language !== undefined) language = merged.language;
      return Promise.resolve(merged);
    },

    async openMapFile() {
      try {
        let fileHandle: PickedFileHandle | null = null;
        let file: File | null;
        if (environment.filePickers !== null) {
          const [picked] = await environment.filePickers.showOpenFilePicker({ types: acceptTypes(mapFormat.extensions), multiple: false });
          if (picked === undefined) return { ok: false, reason: 'cancelled' };
          fileHandle = picked;
          file = await picked.getFile();
        } else {
          file = await openWithFileInput(environment.document, [...mapFormat.extensions, mapFormat.mediaType].join(','));
        }
        if (file === null) return { ok: false, reason: 'cancelled' };
        const read = await readMapFile(file);
        if (!read.ok) return read;
        return { ok: true, handle: remember({ fileName: file.name, fileHandle, baseline: stampOf(file) }), fileName: file.name, text: read.text };
      } catch (error) {
        return isAbort(error) ? { ok: false, reason: 'cancelled' } : { ok: false, reason: 'failed', message: describeError(error) };
      }
    },

    async openDroppedFile(file) {
      try {
        const read = await readMapFile(file);
        if (!read.ok) return read;
        // A dropped File has no handle to write back through: Save asks where (or downloads).
        return { ok: true, handle: remember({ fileName: file.name, fileHandle: null, baseline: null }), fileName: file.name, text: read.text };
      } catch (error) {
        return { ok: false, reason: 'failed', fileName: file.name, message: describeError(error) };
      }
    },

    async saveMapFile(request): Promise<SaveMapFileResult> {
      const known = request.handle === null ? undefined : knownFiles.get(request.handle);
      const fileName = known?.fileName ?? `${safeFileName(request.suggestedName) ?? getTranslator(language)('untitledFileName', { ns: 'menu' })}.${MAP_FILE_EXTENSION}`;
      try {
        if (environment.filePickers === null) {
          startDownload(environment.document, fileName, request.text);
          return { ok: true, handle: remember({ fileName, fileHandle: null, baseline: null }), fileName };
        }
        const inPlace = request.saveAs ? null : (known?.fileHandle ?? null);
        if (inPlace !== null && known !== undefined && known.baseline !== null && request.force !== true) {
          const onDisk = await inPlace.getFile().catch(() => null);
          if (onDisk !== null && (onDisk.lastModified !== known.baseline.lastModified || onDisk.size !== known.baseline.size)) {
            return { ok: false, reason: 'conflict', fileName: inPlace.name, modifiedAt: new Date(onDisk.lastModified).toISOString() };
          }
        }
        const fileHandle = inPlace ?? (await environment.filePickers.showSaveFilePicker({ suggestedName: fileName, types: acceptTypes([`.${MAP_FILE_EXTENSION}`]) }));
        // createWritable writes to a swap file and replaces the original only on close().
        const writable = await fileHandle.createWritable();
        await writable.write(request.text);
        await writable.close();
        const written = await fileHandle.getFile().then(stampOf, () => null);
        return { ok: true, handle: remember({ fileName: fileHandle.name, fileHandle, baseline: written }), fileName: fileHandle.name };
      } catch (error) {
        return isAbort(error) ? { ok: false, reason: 'cancelled' } : { ok: false, reason: 'failed', message: describeError(error) };
      }
    },

    onMenuCommand: () => () => undefined,
    setMenuState(state) {
      language = state.language;
      return Promise.resolve();
    },
    setDocumentTitle(title) {
      environment.document.title = formatWindowTitle(title);
      return Promise.resolve();
    },

    listRecent() {
      const recent: RecentFile[] = [...knownFiles.entries()]
        .filter(([, known]) => known.fileHandle !== null)
        .map(([handle, known]) => ({ id: recentId(handle), fileName: known.fileName, folderName: '', openedAt: known.usedAt }))
        .sort((a, b) => b.openedAt.localeCompare(a.openedAt));
      return Promise.resolve(recent);
    },
    async openRecent(id) {
      const entry = [...knownFiles.entries()].find(([handle, known]) => known.fileHandle !== null && recentId(handle) === id);
      if (entry === undefined || entry[1].fileHandle === null) return { ok: false, reason: 'failed', message: 'NotFoundError: not in the recent files list' };
      const [handle, known] = entry;
      try {
        const file = await entry[1].fileHandle.getFile();
        const read = await readMapFile(file);
        if (!read.ok) return read;
        knownFiles.set(handle, { ...known, baseline: stampOf(file), usedAt: now().toISOString() });
        return { ok: true, handle, fileName: file.name, text: read.text };
      } catch (error) {
        return { ok: false, reason: 'failed', fileName: known.fileName, message: describeError(error) };
      }
    },

    writeRecovery(request) {
      const fileName = request.handle === null ? null : (knownFiles.get(request.handle)?.fileName ?? null);
      return Promise.resolve(recovery.write(request, fileName));
    },
    listRecovered: () => recovery.list(),
    discardRecovery(documentId) {
      recovery.discard(documentId);
      return Promise.resolve();
    },

    openExternal(url) {
      // The same rule as the desktop app: https or mailto only, shown and opened normalised.
      const normalised = normaliseExternalUrl(url);
      if (normalised === null) return Promise.resolve({ opened: false });
      if (!environment.confirm(`${getTranslator(language)('openLinkMessage', { ns: 'menu' })}\n\n${normalised}`)) return Promise.resolve({ opened: false });
      environment.openUrl(normalised);
      return Promise.resolve({ opened: true });
    },

    // The browser opens files only through the page, and closing a tab goes through beforeunload.
    onOpenFileRequest: () => () => undefined,
    onCloseRequest: () => () => undefined,
    answerCloseRequest: () => Promise.resolve(),
    exportFile: (request) => exportFileInBrowser(request, environment.document, environment.filePickers),
    // Only Electron prints to a PDF file; the app opens Chromium's print dialog instead (renderer/features/export).
    printPlanToPdf: () => Promise.resolve({ ok: false, reason: 'failed', message: 'printToPDF is not available in the browser' }),

    async openEventLog() {
      try {
        // Always the file input: it takes every log extension (.xes.gz included) in every browser.
        const file = await openWithFileInput(environment.document, EVENT_LOG_EXTENSIONS.join(','));
        if (file === null) return { ok: false, reason: 'cancelled' };
        if (file.size > MAX_EVENT_LOG_BYTES) return { ok: false, reason: 'tooLarge', fileName: file.name, sizeBytes: file.size, limitBytes: MAX_EVENT_LOG_BYTES };
        const logId = `browser-log-${eventLogs.size + 1}`;
        eventLogs.set(logId, file);
        return { ok: true, logId, fileName: file.name, sizeBytes: file.size };
      } catch (error) {
        return { ok: false, reason: 'failed', message: describeError(error) };
      }
    },
    async openImportFile() {
      try {
        const file = await openWithFileInput(environment.document, MAP_IMPORT_EXTENSIONS.join(','));
        if (file === null) return { ok: false, reason: 'cancelled' };
        const logId = `browser-log-${eventLogs.size + 1}`;
        eventLogs.set(logId, file);
        return { ok: true, logId, fileName: file.name, sizeBytes: file.size };
      } catch (error) {
        return { ok: false, reason: 'failed', message: describeError(error) };
      }
    },
    async readEventLogChunk(request) {
      const file = eventLogs.get(request.logId);
      if (file === undefined) return { ok: false, reason: 'failed', message: 'the log is no longer open: choose it again' };
      try {
        const bytes = new Uint8Array(await file.slice(request.offsetBytes, request.offsetBytes + request.lengthBytes).arrayBuffer());
        return { ok: true, bytes };
      } catch (error) {
        return { ok: false, reason: 'failed', message: describeError(error) };
      }
    },
  };
}

/** The picker rejects with AbortError when the user closes it. */
function isAbort(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';
}

function describeError(error: unknown): string {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return message.slice(0, 2000);
}

function safeLocalStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
