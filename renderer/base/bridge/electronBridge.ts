import { z } from '../../../shared/model/zodConfig';
import {
  exportFileResultSchema,
  ipcResponseSchema,
  languageSchema,
  menuActionIdSchema,
  openExternalResultSchema,
  openFileRequestSchema,
  openMapFileResultSchema,
  preferencesSchema,
  printPlanToPdfResultSchema,
  recentFilesSchema,
  recoveredDocumentsSchema,
  saveMapFileResultSchema,
  voidResultSchema,
  writeRecoveryResultSchema,
  type BridgeMethodName,
  type IpcResponse,
  type StroomlijnBridge,
  type StroomlijnPreloadApi,
} from '../../../shared/ipc/contract';
import { BridgeError } from './bridgeError';

/**
 * The bridge over Electron IPC. Every response is checked against the contract: the
 * renderer trusts main no more than main trusts the renderer.
 */
export function createElectronBridge(api: StroomlijnPreloadApi): StroomlijnBridge {
  return {
    kind: 'electron',
    getSystemLanguage: () => unwrap('getSystemLanguage', languageSchema, api.getSystemLanguage()),
    getPreferences: () => unwrap('getPreferences', preferencesSchema, api.getPreferences()),
    setPreferences: (patch) => unwrap('setPreferences', preferencesSchema, api.setPreferences(patch)),
    openMapFile: () => unwrap('openMapFile', openMapFileResultSchema, api.openMapFile()),
    saveMapFile: (request) => unwrap('saveMapFile', saveMapFileResultSchema, api.saveMapFile(request)),
    onMenuAction(callback) {
      return api.onMenuAction((id: unknown) => {
        const parsed = menuActionIdSchema.safeParse(id);
        if (parsed.success) callback(parsed.data);
      });
    },
    setMenuState: async (state) => {
      await unwrap('setMenuState', voidResultSchema, api.setMenuState(state));
    },
    setDocumentTitle: async (title) => {
      await unwrap('setDocumentTitle', voidResultSchema, api.setDocumentTitle(title));
    },
    openDroppedFile: (file) => unwrap('openDroppedFile', openMapFileResultSchema, api.openDroppedFile(file)),
    listRecent: () => unwrap('listRecent', recentFilesSchema, api.listRecent()),
    openRecent: (id) => unwrap('openRecent', openMapFileResultSchema, api.openRecent(id)),
    writeRecovery: (request) => unwrap('writeRecovery', writeRecoveryResultSchema, api.writeRecovery(request)),
    listRecovered: () => unwrap('listRecovered', recoveredDocumentsSchema, api.listRecovered()),
    discardRecovery: async (documentId) => {
      await unwrap('discardRecovery', voidResultSchema, api.discardRecovery(documentId));
    },
    openExternal: (url) => unwrap('openExternal', openExternalResultSchema, api.openExternal(url)),
    onOpenFileRequest(callback) {
      return api.onOpenFileRequest((request: unknown) => {
        const parsed = openFileRequestSchema.safeParse(request);
        // Only a request cannot be cancelled; the refine guarantees it, zod cannot narrow it.
        if (parsed.success && (parsed.data.ok || parsed.data.reason !== 'cancelled')) callback(parsed.data);
        else console.error('onOpenFileRequest: unexpected request from the app', request);
      });
    },
    onCloseRequest: (callback) => api.onCloseRequest(() => callback()),
    answerCloseRequest: async (allowed) => {
      await unwrap('answerCloseRequest', voidResultSchema, api.answerCloseRequest(allowed));
    },
    exportFile: (request) => unwrap('exportFile', exportFileResultSchema, api.exportFile(request)),
    printPlanToPdf: (request) => unwrap('printPlanToPdf', printPlanToPdfResultSchema, api.printPlanToPdf(request)),
  };
}

async function unwrap<Schema extends z.ZodType>(method: BridgeMethodName, valueSchema: Schema, response: Promise<unknown>): Promise<z.output<Schema>> {
  const envelope = ipcResponseSchema(valueSchema).safeParse(await response);
  if (!envelope.success) {
    throw new BridgeError('invalidResponse', `${method}: unexpected answer from the app: ${z.prettifyError(envelope.error)}`);
  }
  // zod cannot narrow a union built from a generic schema; the parse above checked this shape.
  const checked = envelope.data as IpcResponse<z.output<Schema>>;
  if (!checked.ok) throw new BridgeError(checked.error.code, checked.error.message);
  return checked.value;
}
