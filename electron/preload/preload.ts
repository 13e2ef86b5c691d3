import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { IPC_CHANNELS, isMenuActionId } from '../../shared/ipc/channels';
import type { StroomlijnPreloadApi } from '../../shared/ipc/contract';

/**
 * Exposes `window.stroomlijn`: exactly the bridge's named methods, each bound to one
 * channel. No generic send, no ipcRenderer, no event objects reach the page. Responses
 * are passed through as they come; renderer/bridge/electron.ts validates them.
 * Built as CommonJS: sandboxed preloads cannot be ES modules.
 */
const api: StroomlijnPreloadApi = {
  getSystemLanguage: () => ipcRenderer.invoke(IPC_CHANNELS.getSystemLanguage),
  getPreferences: () => ipcRenderer.invoke(IPC_CHANNELS.getPreferences),
  setPreferences: (patch) => ipcRenderer.invoke(IPC_CHANNELS.setPreferences, patch),
  openMapFile: () => ipcRenderer.invoke(IPC_CHANNELS.openMapFile),
  saveMapFile: (request) => ipcRenderer.invoke(IPC_CHANNELS.saveMapFile, request),
  onMenuAction(callback) {
    if (typeof callback !== 'function') throw new TypeError('onMenuAction needs a callback function');
    const listener = (_event: IpcRendererEvent, id: unknown) => {
      if (isMenuActionId(id)) callback(id);
    };
    ipcRenderer.on(IPC_CHANNELS.menuAction, listener);
    return () => {
      ipcRenderer.removeListener(IPC_CHANNELS.menuAction, listener);
    };
  },
  setMenuState: (state) => ipcRenderer.invoke(IPC_CHANNELS.setMenuState, state),
  setDocumentTitle: (title) => ipcRenderer.invoke(IPC_CHANNELS.setDocumentTitle, title),
};

contextBridge.exposeInMainWorld('stroomlijn', api);
