import { z } from '../model/zodConfig';
import { LANGUAGES } from '../model/vocabulary';
import { MAX_EVENT_LOG_CHUNK_BYTES, MAX_MAP_FILE_BYTES, MENU_COMMAND_IDS, RECOVERY_ID_PATTERN, type EventMethodName, type InvokeMethodName, type IpcMethodName } from './channels';

export {
  IPC_METHODS,
  IPC_METHOD_NAMES,
  EVENT_LOG_EXTENSIONS,
  MAP_IMPORT_EXTENSIONS,
  MAP_FILE_EXTENSION,
  MAX_EVENT_LOG_BYTES,
  MAX_EVENT_LOG_CHUNK_BYTES,
  MAX_MAP_FILE_BYTES,
  MENU_COMMAND_IDS,
  OPENABLE_EXTENSIONS,
  RECOVERY_ID_PATTERN,
  isInvokeMethod,
} from './channels';
export type { EventMethodName, InvokeMethodName, IpcMethodName, MenuCommandId } from './channels';

/**
 * The one contract between the renderer and the platform (style.md principle 8).
 * Main validates every payload with these schemas and checks the sender; the renderer
 * validates every response. Only main touches file paths: the renderer sees opaque
 * handles and file names.
 */

export const languageSchema = z.enum(LANGUAGES);
export const menuCommandIdSchema = z.enum(MENU_COMMAND_IDS);

/** Opaque id main maps to a path (or the browser adapter to a file handle). */
const fileHandleSchema = z.string().min(1).max(200);
const fileNameSchema = z.string().min(1).max(1024);
/** UTF-16 length bounds the payload before main measures bytes. */
const mapTextSchema = z.string().max(MAX_MAP_FILE_BYTES);
const timestampSchema = z.iso.datetime({ offset: true });
const recoveryIdSchema = z.string().regex(RECOVERY_ID_PATTERN);
/** The technical detail of a failure (e.g. "ENOSPC: no space left on device"); the renderer adds the translated sentence. */
const failureMessageSchema = z.string().max(2000);

// ---- payloads (renderer → main) -------------------------------------------------------

export const preferencesSchema = z.strictObject({
  /** The language the user chose; absent means "follow the system language". */
  language: languageSchema.optional(),
});
export type Preferences = z.infer<typeof preferencesSchema>;

export const preferencesPatchSchema = preferencesSchema;
export type PreferencesPatch = z.infer<typeof preferencesPatchSchema>;

export const saveMapFileRequestSchema = z.strictObject({
  /** Handle of the file the document came from; null for a document never saved. */
  handle: fileHandleSchema.nullable(),
  /** Name proposed in the save dialog, usually the map title; main makes it a safe file name. */
  suggestedName: z.string().min(1).max(255),
  text: mapTextSchema,
  /** True for "Save as…": always ask for a location. */
  saveAs: z.boolean(),
  /**
   * Overwrite even when the file changed on disk since it was opened or last saved. Only
   * after the user agreed to a `conflict` answer; absent means false.
   */
  force: z.boolean().optional(),
});
export type SaveMapFileRequest = z.infer<typeof saveMapFileRequestSchema>;

export const menuStateSchema = z.strictObject({
  language: languageSchema,
  canUndo: z.boolean(),
  canRedo: z.boolean(),
  hasSelection: z.boolean(),
  /**
   * True while a text field (input, textarea, contenteditable) has focus. Main then runs
   * undo/redo/select all/delete as native text editing instead of sending the action.
   */
  textFieldFocused: z.boolean().optional(),
});
export type MenuState = z.infer<typeof menuStateSchema>;

export const documentTitleSchema = z.strictObject({
  /** Name of the file on disk, null when the document was never saved. */
  fileName: fileNameSchema.nullable(),
  /** The map title (meta.title); shown when there is no file name yet. */
  title: z.string().max(1024),
  dirty: z.boolean(),
  /**
   * Handle of the file the window shows (EditorState.fileHandle). Lets main focus this
   * window instead of opening the same file twice; optional for older renderers.
   */
  handle: fileHandleSchema.nullable().optional(),
});
export type DocumentTitle = z.infer<typeof documentTitleSchema>;

export const recoveryWriteRequestSchema = z.strictObject({
  /** Stable id of the unsaved document in this window (crypto.randomUUID()). */
  documentId: recoveryIdSchema,
  /** What the restore dialog shows: the map title, else the file name. */
  title: z.string().max(1024),
  /** Handle of the file the document belongs to, so a restored copy saves back there; null when never saved. */
  handle: fileHandleSchema.nullable(),
  /** The serialized map (serializeMap). */
  text: mapTextSchema,
});
export type RecoveryWriteRequest = z.infer<typeof recoveryWriteRequestSchema>;

export const discardRecoveryRequestSchema = recoveryIdSchema;
/** Id of a recently used file (a hash of its path: the renderer never sees the path). */
export const recentFileIdSchema = z.string().regex(/^[0-9a-f]{16}$/);
export const closeAnswerSchema = z.boolean();

// ---- responses (main → renderer) ------------------------------------------------------

const openedFileSchema = z.strictObject({ ok: z.literal(true), handle: fileHandleSchema, fileName: fileNameSchema, text: mapTextSchema });
const openTooLargeSchema = z.strictObject({
  ok: z.literal(false),
  reason: z.literal('tooLarge'),
  fileName: fileNameSchema,
  sizeBytes: z.number().int().min(0),
  limitBytes: z.number().int().min(0),
});
/**
 * `message` is the system's technical detail (e.g. EACCES); the renderer adds the
 * translated sentence. `fileName` is set when main knows which file it was (a drop,
 * the command line, Open Recent), not for a file chosen in the dialog just now.
 */
const openFailedSchema = z.strictObject({ ok: z.literal(false), reason: z.literal('failed'), message: failureMessageSchema, fileName: fileNameSchema.optional() });

export const openMapFileResultSchema = z.union([
  openedFileSchema,
  z.strictObject({ ok: z.literal(false), reason: z.literal('cancelled') }),
  openTooLargeSchema,
  openFailedSchema,
]);
export type OpenMapFileResult = z.infer<typeof openMapFileResultSchema>;

/**
 * A map file main wants the window to open: double-click in the file manager, the command
 * line (`stroomlijn file.stroomlijn`), a second start of the app, Open Recent in the native
 * menu. Never `cancelled`. Parse `text` with parseMap, exactly as after openMapFile.
 */
export const openFileRequestSchema = z.union([openedFileSchema, openTooLargeSchema, openFailedSchema]);
export type OpenFileRequest = z.infer<typeof openFileRequestSchema>;

export const saveMapFileResultSchema = z.union([
  z.strictObject({ ok: z.literal(true), handle: fileHandleSchema, fileName: fileNameSchema }),
  z.strictObject({ ok: z.literal(false), reason: z.literal('cancelled') }),
  /**
   * The file changed on disk (another program, a colleague on a shared drive) since it
   * was opened or last saved. Nothing was written. Ask the user, then save again with
   * `force: true` to overwrite, or use Save As.
   */
  z.strictObject({ ok: z.literal(false), reason: z.literal('conflict'), fileName: fileNameSchema, modifiedAt: timestampSchema.nullable() }),
  /** Nothing was replaced: the file on disk is as it was, the document in memory too. */
  z.strictObject({ ok: z.literal(false), reason: z.literal('failed'), message: failureMessageSchema }),
]);
export type SaveMapFileResult = z.infer<typeof saveMapFileResultSchema>;

export const writeRecoveryResultSchema = z.union([
  z.strictObject({ ok: z.literal(true), savedAt: timestampSchema }),
  z.strictObject({ ok: z.literal(false), reason: z.literal('failed'), message: failureMessageSchema }),
]);
export type WriteRecoveryResult = z.infer<typeof writeRecoveryResultSchema>;

/** An unsaved document left behind by a crash or a killed process, offered on the next start. */
export const recoveredDocumentSchema = z.strictObject({
  documentId: recoveryIdSchema,
  title: z.string().max(1024),
  /** When the copy was written (the last autosave before the crash). */
  savedAt: timestampSchema,
  /** The file the document belonged to; null when it was never saved. */
  fileName: fileNameSchema.nullable(),
  /** A fresh handle of that file: saving the restored map goes back there (with conflict detection). */
  handle: fileHandleSchema.nullable(),
  text: mapTextSchema,
});
export type RecoveredDocument = z.infer<typeof recoveredDocumentSchema>;
export const recoveredDocumentsSchema = z.array(recoveredDocumentSchema).max(1000);

export const recentFileSchema = z.strictObject({
  id: recentFileIdSchema,
  fileName: fileNameSchema,
  /** Name of the folder the file is in (not the path), to tell files with the same name apart. */
  folderName: z.string().max(1024),
  openedAt: timestampSchema,
});
export type RecentFile = z.infer<typeof recentFileSchema>;
export const recentFilesSchema = z.array(recentFileSchema).max(100);

export const openExternalResultSchema = z.strictObject({ opened: z.boolean() });
export type OpenExternalResult = z.infer<typeof openExternalResultSchema>;

export const voidResultSchema = z.null();

// ---- event logs: chosen once, then read in chunks (discovery, domain.md section 11) ----------

/**
 * An event log the user chose: an opaque id to read it by, its name and size. The file is
 * never read whole at once: the discovery worker asks for it chunk by chunk.
 */
export const openEventLogResultSchema = z.union([
  z.strictObject({ ok: z.literal(true), logId: fileHandleSchema, fileName: fileNameSchema, sizeBytes: z.number().int().min(0) }),
  z.strictObject({ ok: z.literal(false), reason: z.literal('cancelled') }),
  openTooLargeSchema,
  openFailedSchema,
]);
export type OpenEventLogResult = z.infer<typeof openEventLogResultSchema>;

export const readEventLogChunkRequestSchema = z.strictObject({
  logId: fileHandleSchema,
  offsetBytes: z.number().int().min(0),
  lengthBytes: z.number().int().min(1).max(MAX_EVENT_LOG_CHUNK_BYTES),
});
export type ReadEventLogChunkRequest = z.infer<typeof readEventLogChunkRequestSchema>;
const chunkBytesSchema = z.custom<Uint8Array>((value) => value instanceof Uint8Array && value.byteLength <= MAX_EVENT_LOG_CHUNK_BYTES, {
  message: 'expected at most one chunk of bytes',
});
/** The bytes from the offset (fewer at the end of the file, none past it). */
export const readEventLogChunkResultSchema = z.union([
  z.strictObject({ ok: z.literal(true), bytes: chunkBytesSchema }),
  z.strictObject({ ok: z.literal(false), reason: z.literal('failed'), message: failureMessageSchema }),
]);
export type ReadEventLogChunkResult = z.infer<typeof readEventLogChunkResultSchema>;

// ---- exports: the improvement plan and pictures of the map --------------------------

/** What an export file holds; main picks the save dialog's filter and extension from it. */
export const EXPORT_FILE_KINDS = ['docx', 'pdf', 'html', 'md', 'pptx', 'png', 'svg', 'bpmn', 'csv', 'xlsx'] as const;
export type ExportFileKind = (typeof EXPORT_FILE_KINDS)[number];
/** Plans with many maps are a few MB; this bounds what crosses IPC. */
export const MAX_EXPORT_FILE_BYTES = 100 * 1024 * 1024;
const exportBytesSchema = z.custom<Uint8Array>(
  (value) => value instanceof Uint8Array && value.byteLength <= MAX_EXPORT_FILE_BYTES,
  'expected a Uint8Array of at most 100 MB',
);

export const exportFileRequestSchema = z.strictObject({
  /** File name proposed in the save dialog, without folder; main makes it safe and sets the extension. */
  suggestedName: z.string().min(1).max(255),
  kind: z.enum(EXPORT_FILE_KINDS),
  /** Text formats (html, md, svg) as a string, the others as bytes. */
  content: z.union([z.string().max(MAX_EXPORT_FILE_BYTES), exportBytesSchema]),
});
export type ExportFileRequest = z.infer<typeof exportFileRequestSchema>;

export const exportFileResultSchema = z.union([
  z.strictObject({ ok: z.literal(true), fileName: fileNameSchema }),
  z.strictObject({ ok: z.literal(false), reason: z.literal('cancelled') }),
  z.strictObject({ ok: z.literal(false), reason: z.literal('failed'), message: failureMessageSchema }),
]);
export type ExportFileResult = z.infer<typeof exportFileResultSchema>;

export const printPlanToPdfRequestSchema = z.strictObject({
  /** The self-contained plan HTML (renderPlanHtml): no script, images as data: URIs. */
  html: z.string().min(1).max(MAX_EXPORT_FILE_BYTES),
});
export type PrintPlanToPdfRequest = z.infer<typeof printPlanToPdfRequestSchema>;

export const printPlanToPdfResultSchema = z.union([
  z.strictObject({ ok: z.literal(true), pdf: exportBytesSchema }),
  z.strictObject({ ok: z.literal(false), reason: z.literal('failed'), message: failureMessageSchema }),
]);
export type PrintPlanToPdfResult = z.infer<typeof printPlanToPdfResultSchema>;

/** Why main refused a call, before or while running its handler. */
export const IPC_ERROR_CODES = ['forbiddenSender', 'invalidPayload', 'internal'] as const;
export type IpcErrorCode = (typeof IPC_ERROR_CODES)[number];

export const ipcErrorSchema = z.strictObject({
  code: z.enum(IPC_ERROR_CODES),
  message: z.string().max(4000),
});
export type IpcError = z.infer<typeof ipcErrorSchema>;

/** Every `ipcRenderer.invoke` answers with this envelope; nothing is thrown across IPC. */
export type IpcResponse<T> = { ok: true; value: T } | { ok: false; error: IpcError };

export function ipcResponseSchema<T extends z.ZodType>(valueSchema: T) {
  return z.union([
    z.strictObject({ ok: z.literal(true), value: valueSchema }),
    z.strictObject({ ok: z.literal(false), error: ipcErrorSchema }),
  ]);
}

// ---- the table: each bridge method's schemas ---------------------------------------------

/** Calls without an argument must really come without one. */
export const noPayloadSchema = z.undefined();
/** The path Electron knows for a dropped File (see channels.ts); empty when the item is not a file on disk. */
const droppedFilePathSchema = z.string().max(4096);
/** The close request carries nothing; whatever might come along is ignored. */
const closeRequestSchema = z.unknown().transform(() => undefined);

/**
 * The IPC table, schema half: per bridge method (the names of IPC_METHODS in channels.ts,
 * which TypeScript holds these to) the zod schemas of what the page sends and what main
 * answers, or for an event what main sends. Main validates every request (and checks the
 * sender) before its handler runs; the renderer validates every answer and every event.
 */
export const IPC_CONTRACT = {
  /** 'nl' when the first preferred system language is Dutch (nl, nl-NL, nl-BE…), else 'en'. */
  getSystemLanguage: { request: noPayloadSchema, response: languageSchema },
  getPreferences: { request: noPayloadSchema, response: preferencesSchema },
  /** Merges the patch into the stored preferences and returns the result. */
  setPreferences: { request: preferencesPatchSchema, response: preferencesSchema },
  /** Asks the user for a map file and returns its text, unparsed: parse it with parseMap. */
  openMapFile: { request: noPayloadSchema, response: openMapFileResultSchema },
  saveMapFile: { request: saveMapFileRequestSchema, response: saveMapFileResultSchema },
  /**
   * Calls back when the user picks a native menu item; returns the unsubscribe function.
   * Never fires in the browser, where the app's own toolbar and shortcuts drive everything.
   *
   * Clipboard: edit.cut, edit.copy and edit.paste do NOT arrive here in Electron. The menu
   * runs the native command, which fires the DOM `cut`/`copy`/`paste` events on the focused
   * element, exactly as Ctrl+C does in a browser: handle those events (event.clipboardData)
   * on `document` in both builds. Likewise undo/redo/select all/delete run as native text
   * editing while `textFieldFocused` is true (see MenuState).
   */
  onMenuCommand: { payload: menuCommandIdSchema },
  /** Language of the native menu and which items are enabled. */
  setMenuState: { request: menuStateSchema, response: voidResultSchema },
  /** Window title "name — Stroomlijn", with • while there are unsaved changes. */
  setDocumentTitle: { request: documentTitleSchema, response: voidResultSchema },
  /**
   * Opens a file dropped on the window (DataTransfer.files). Electron reads it in main
   * and answers with a handle, so Save writes back to it; the browser reads the File
   * (no handle to write back through: Save asks where).
   */
  openDroppedFile: { request: droppedFilePathSchema, response: openMapFileResultSchema },
  /** Recently opened or saved files, newest first. */
  listRecent: { request: noPayloadSchema, response: recentFilesSchema },
  /** Opens a file of listRecent; a file that is gone answers `failed` and leaves the list. */
  openRecent: { request: recentFileIdSchema, response: openMapFileResultSchema },
  /** Writes (replaces) the recovery copy of an unsaved document. */
  writeRecovery: { request: recoveryWriteRequestSchema, response: writeRecoveryResultSchema },
  /**
   * Recovery copies left by an earlier run that crashed or was killed, newest first. Each
   * is listed to one window only; copies this run writes are never listed.
   */
  listRecovered: { request: noPayloadSchema, response: recoveredDocumentsSchema },
  /** Removes a recovery copy: after the document was saved, discarded, restored elsewhere. */
  discardRecovery: { request: discardRecoveryRequestSchema, response: voidResultSchema },
  /**
   * Opens an https link in the user's browser after asking; `opened: false` when refused or
   * declined. Main checks for https again (externalLinks.ts); the request is only bounded here.
   */
  openExternal: { request: z.string().min(1).max(2048), response: openExternalResultSchema },
  /**
   * Calls back with files the platform asks this window to open (see OpenFileRequest);
   * requests that arrived before the first subscription are delivered then. Returns the
   * unsubscribe function. Never fires in the browser.
   */
  onOpenFileRequest: { payload: openFileRequestSchema },
  /**
   * Calls back when the user closes the window or quits the app. The page asks Save /
   * Don't save / Cancel when needed and answers with answerCloseRequest. Without a
   * subscriber main asks on its own. Never fires in the browser (use beforeunload there).
   */
  onCloseRequest: { payload: closeRequestSchema },
  /** true: close now (saved or discarded); false: Cancel, keep the window and stop quitting. */
  answerCloseRequest: { request: closeAnswerSchema, response: voidResultSchema },
  /**
   * Saves an export (plan or picture) where the user chooses: Electron's save dialog with
   * the kind's filter and a safe write; the browser's save picker, else a download.
   */
  exportFile: { request: exportFileRequestSchema, response: exportFileResultSchema },
  /**
   * The plan HTML printed to an A4 PDF by Electron (a hidden, sandboxed window without
   * JavaScript). The browser cannot make a PDF itself: it answers `failed`, and the app
   * opens Chromium's print dialog instead ("Save as PDF").
   */
  printPlanToPdf: { request: printPlanToPdfRequestSchema, response: printPlanToPdfResultSchema },
  /** Asks the user for an event log (CSV, Excel, XES) and answers with an id to read it by. */
  openEventLog: { request: noPayloadSchema, response: openEventLogResultSchema },
  /**
   * Asks the user for a file to import as a map (BPMN, CSV or .xlsx step list; the filters
   * come from the format registry) and answers like openEventLog: an id to read it by with
   * readEventLogChunk.
   */
  openImportFile: { request: noPayloadSchema, response: openEventLogResultSchema },
  /** A chunk of a log chosen with openEventLog (or a file chosen with openImportFile); the discovery worker reads the file this way. */
  readEventLogChunk: { request: readEventLogChunkRequestSchema, response: readEventLogChunkResultSchema },
} satisfies {
  [Name in IpcMethodName]: Name extends InvokeMethodName ? { request: z.ZodType; response: z.ZodType } : { payload: z.ZodType };
};

type Contract = typeof IPC_CONTRACT;
type InvokeContract<Name extends InvokeMethodName> = Contract[Name] & { request: z.ZodType; response: z.ZodType };
type EventContract<Name extends EventMethodName> = Contract[Name] & { payload: z.ZodType };

/** What main's handler of an invoke method gets, after validation. */
export type IpcRequest<Name extends InvokeMethodName> = z.output<InvokeContract<Name>['request']>;
/** What main answers to an invoke method (`null` for methods that answer nothing). */
export type IpcResult<Name extends InvokeMethodName> = z.output<InvokeContract<Name>['response']>;
/** What main sends with an event. */
export type IpcEventPayload<Name extends EventMethodName> = z.output<EventContract<Name>['payload']>;

/**
 * The parts of a DOM `File` the bridges use (shared/ has no DOM types). Pass the File from
 * the drop event itself: Electron's preload asks Electron for its path, which no page
 * script can forge.
 */
export interface DroppedFile {
  readonly name: string;
  readonly size: number;
  readonly lastModified: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** What the page passes: the file itself where main gets its path (see `argument` in channels.ts). */
type BridgeArgument<Name extends InvokeMethodName> = Name extends 'openDroppedFile' ? DroppedFile : IpcRequest<Name>;
type BridgeCall<Name extends InvokeMethodName> = (
  ...request: undefined extends BridgeArgument<Name> ? [] : [request: BridgeArgument<Name>]
) => Promise<IpcResult<Name> extends null ? void : IpcResult<Name>>;
type BridgeSubscription<Name extends EventMethodName> = (
  callback: (...payload: undefined extends IpcEventPayload<Name> ? [] : [payload: IpcEventPayload<Name>]) => void,
) => () => void;

/**
 * The only way the renderer reaches the platform: one named, typed method per entry of the
 * table (the documentation is on IPC_CONTRACT). Implemented over IPC in Electron
 * (renderer/base/bridge/electronBridge.ts, derived from the table) and with web APIs in the
 * browser (renderer/base/bridge/browserBridge.ts). Methods reject with a `BridgeError` only
 * when the platform refused the call itself (foreign sender, malformed payload, unexpected
 * failure); expected outcomes such as "cancelled" or "file too large" are typed results.
 */
export type StroomlijnBridge = { readonly kind: 'electron' | 'browser' } & {
  [Name in keyof Contract]: Name extends InvokeMethodName ? BridgeCall<Name> : Name extends EventMethodName ? BridgeSubscription<Name> : never;
};

/**
 * What the preload exposes as `window.stroomlijn`: the bridge's methods, answering with
 * unvalidated IPC envelopes and passing event payloads on unchecked. Only
 * renderer/base/bridge/electronBridge.ts may use it.
 */
export type StroomlijnPreloadApi = {
  [Name in IpcMethodName]: Name extends InvokeMethodName ? (...request: Parameters<BridgeCall<Name>>) => Promise<unknown> : (callback: (payload: unknown) => void) => () => void;
};
