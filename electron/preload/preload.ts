import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { IPC_CHANNELS, isMenuActionId } from '../../shared/ipc/channels';
import type { StroomlijnPreloadApi } from '../../shared/ipc/contract';

/** Subscribes to a main → renderer channel without handing the IPC event to the page. */
function subscribe(channel: string, deliver: (payload: unknown) => void): () => void {
  const listener = (_event: IpcRendererEvent, payload: unknown) => deliver(payload);
  ipcRenderer.on(channel, listener);
  return () => {
    ipcRenderer.removeListener(channel, listener);
  };
}

function requireFunction(name: string, callback: unknown): void {
  if (typeof callback !== 'function') throw new TypeError(`${name} needs a callback function`);
}

/**
 * Exposes `window.stroomlijn`: exactly the bridge's named methods, each bound to one
 * channel. No generic send, no ipcRenderer, no event objects reach the page. Responses
 * are passed through as they come; renderer/bridge/electronBridge.ts validates them.
 * Built as CommonJS: sandboxed preloads cannot be ES modules.
 */
const api: StroomlijnPreloadApi = {
  getSystemLanguage: () => ipcRenderer.invoke(IPC_CHANNELS.getSystemLanguage),
  getPreferences: () => ipcRenderer.invoke(IPC_CHANNELS.getPreferences),
  setPreferences: (patch) => ipcRenderer.invoke(IPC_CHANNELS.setPreferences, patch),
  openMapFile: () => ipcRenderer.invoke(IPC_CHANNELS.openMapFile),
  saveMapFile: (request) => ipcRenderer.invoke(IPC_CHANNELS.saveMapFile, request),
  onMenuAction(callback) {
    requireFunction('onMenuAction', callback);
    return subscribe(IPC_CHANNELS.menuAction, (id) => {
      if (isMenuActionId(id)) callback(id);
    });
  },
  setMenuState: (state) => ipcRenderer.invoke(IPC_CHANNELS.setMenuState, state),
  setDocumentTitle: (title) => ipcRenderer.invoke(IPC_CHANNELS.setDocumentTitle, title),
  openDroppedFile(file) {
    // Electron knows the path of a File the user dropped or picked; a page cannot make up
    // such a File, so page script cannot name a path of its own choosing. The path goes
    // straight to main and never reaches the page. '' when the item is not a file on disk.
    let path: string;
    try {
      path = webUtils.getPathForFile(file as File);
    } catch {
      path = '';
    }
    return ipcRenderer.invoke(IPC_CHANNELS.openDroppedFile, path);
  },
  listRecent: () => ipcRenderer.invoke(IPC_CHANNELS.listRecent),
  openRecent: (id) => ipcRenderer.invoke(IPC_CHANNELS.openRecent, id),
  writeRecovery: (request) => ipcRenderer.invoke(IPC_CHANNELS.writeRecovery, request),
  listRecovered: () => ipcRenderer.invoke(IPC_CHANNELS.listRecovered),
  discardRecovery: (documentId) => ipcRenderer.invoke(IPC_CHANNELS.discardRecovery, documentId),
  openExternal: (url) => ipcRenderer.invoke(IPC_CHANNELS.openExternal, url),
  onOpenFileRequest(callback) {
    requireFunction('onOpenFileRequest', callback);
    const unsubscribe = subscribe(IPC_CHANNELS.openFileRequest, callback);
    // Main queued what arrived before the page listened (a file double-clicked to start the app).
    void ipcRenderer.invoke(IPC_CHANNELS.listenForOpenRequests);
    return unsubscribe;
  },
  onCloseRequest(callback) {
    requireFunction('onCloseRequest', callback);
    const unsubscribe = subscribe(IPC_CHANNELS.closeRequest, () => callback());
    void ipcRenderer.invoke(IPC_CHANNELS.listenForCloseRequests);
    return unsubscribe;
  },
  answerCloseRequest: (allowed) => ipcRenderer.invoke(IPC_CHANNELS.answerCloseRequest, allowed),
  exportFile: (request) => ipcRenderer.invoke(IPC_CHANNELS.exportFile, request),
  printPlanToPdf: (request) => ipcRenderer.invoke(IPC_CHANNELS.printPlanToPdf, request),
};

contextBridge.exposeInMainWorld('stroomlijn', api);
