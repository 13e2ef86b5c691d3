import { z } from '../model/zodConfig';
import { LANGUAGES, type Language } from '../model/vocabulary';
import { MAX_MAP_FILE_BYTES, MENU_ACTION_IDS, type MenuActionId } from './channels';

export { BRIDGE_METHOD_NAMES, IPC_CHANNELS, MAP_FILE_EXTENSION, MAX_MAP_FILE_BYTES, MENU_ACTION_IDS, isMenuActionId } from './channels';
export type { BridgeMethodName, IpcChannel, MenuActionId } from './channels';

/**
 * The one contract between the renderer and the platform (style.md principle 8).
 * Main validates every payload with these schemas and checks the sender; the renderer
 * validates every response. Only main touches file paths: the renderer sees opaque
 * handles and file names.
 */

export const languageSchema = z.enum(LANGUAGES);
export const menuActionIdSchema = z.enum(MENU_ACTION_IDS);

/** Opaque id main maps to a path (or the browser adapter to a file handle). */
const fileHandleSchema = z.string().min(1).max(200);
const fileNameSchema = z.string().min(1).max(1024);
/** UTF-16 length bounds the payload before main measures bytes. */
const mapTextSchema = z.string().max(MAX_MAP_FILE_BYTES);

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
});
export type DocumentTitle = z.infer<typeof documentTitleSchema>;

// ---- responses (main → renderer) ------------------------------------------------------

export const openMapFileResultSchema = z.union([
  z.strictObject({ ok: z.literal(true), handle: fileHandleSchema, fileName: fileNameSchema, text: mapTextSchema }),
  z.strictObject({ ok: z.literal(false), reason: z.literal('cancelled') }),
  z.strictObject({
    ok: z.literal(false),
    reason: z.literal('tooLarge'),
    fileName: fileNameSchema,
    sizeBytes: z.number().int().min(0),
    limitBytes: z.number().int().min(0),
  }),
  /** `message` is the system's technical detail (e.g. EACCES); the renderer adds the translated sentence. */
  z.strictObject({ ok: z.literal(false), reason: z.literal('failed'), message: z.string().max(2000) }),
]);
export type OpenMapFileResult = z.infer<typeof openMapFileResultSchema>;

export const saveMapFileResultSchema = z.union([
  z.strictObject({ ok: z.literal(true), handle: fileHandleSchema, fileName: fileNameSchema }),
  z.strictObject({ ok: z.literal(false), reason: z.literal('cancelled') }),
  z.strictObject({ ok: z.literal(false), reason: z.literal('failed'), message: z.string().max(2000) }),
]);
export type SaveMapFileResult = z.infer<typeof saveMapFileResultSchema>;

export const voidResultSchema = z.null();

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

// ---- the bridge -----------------------------------------------------------------------

/**
 * The only way the renderer reaches the platform. Implemented over IPC in Electron
 * (renderer/bridge/electron.ts) and with web APIs in the browser (renderer/bridge/browser.ts).
 * Methods reject with a `BridgeError` only when the platform refused the call itself
 * (foreign sender, malformed payload, unexpected failure); expected outcomes such as
 * "cancelled" or "file too large" are typed results.
 */
export interface StroomlijnBridge {
  readonly kind: 'electron' | 'browser';
  /** 'nl' when the first preferred system language is Dutch (nl, nl-NL, nl-BE…), else 'en'. */
  getSystemLanguage(): Promise<Language>;
  getPreferences(): Promise<Preferences>;
  /** Merges the patch into the stored preferences and returns the result. */
  setPreferences(patch: PreferencesPatch): Promise<Preferences>;
  /** Asks the user for a map file and returns its text, unparsed: parse it with parseMap. */
  openMapFile(): Promise<OpenMapFileResult>;
  saveMapFile(request: SaveMapFileRequest): Promise<SaveMapFileResult>;
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
  onMenuAction(callback: (id: MenuActionId) => void): () => void;
  /** Language of the native menu and which items are enabled. */
  setMenuState(state: MenuState): Promise<void>;
  /** Window title "name — Stroomlijn", with • while there are unsaved changes. */
  setDocumentTitle(title: DocumentTitle): Promise<void>;
}

/**
 * What the preload exposes as `window.stroomlijn`: the bridge's methods, answering with
 * unvalidated IPC envelopes. Only renderer/bridge/electron.ts may use it.
 */
export interface StroomlijnPreloadApi {
  getSystemLanguage(): Promise<unknown>;
  getPreferences(): Promise<unknown>;
  setPreferences(patch: PreferencesPatch): Promise<unknown>;
  openMapFile(): Promise<unknown>;
  saveMapFile(request: SaveMapFileRequest): Promise<unknown>;
  onMenuAction(callback: (id: MenuActionId) => void): () => void;
  setMenuState(state: MenuState): Promise<unknown>;
  setDocumentTitle(title: DocumentTitle): Promise<unknown>;
}
