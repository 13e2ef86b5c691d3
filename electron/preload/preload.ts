import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { IPC_METHODS, IPC_METHOD_NAMES } from '../../shared/ipc/channels';

/** Subscribes to a main → renderer channel without handing the IPC event to the page. */
function subscribe(channel: string, deliver: (payload: unknown) => void): () => void {
  const listener = (_event: IpcRendererEvent, payload: unknown) => deliver(payload);
  ipcRenderer.on(channel, listener);
  return () => {
    ipcRenderer.removeListener(channel, listener);
  };
}

/**
 * Electron knows the path of a File the user dropped or picked; a page cannot make up such
 * a File, so page script cannot name a path of its own choosing. The path goes straight to
 * main and never reaches the page. '' when the item is not a file on disk.
 */
function droppedFilePath(file: unknown): string {
  try {
    return webUtils.getPathForFile(file as File);
  } catch {
    return '';
  }
}

/** One named method per entry of the IPC table (shared/ipc/channels.ts), bound to its channel. */
function bridgeMethod(name: keyof typeof IPC_METHODS): (...args: unknown[]) => unknown {
  const method: (typeof IPC_METHODS)[keyof typeof IPC_METHODS] = IPC_METHODS[name];
  if (method.kind === 'invoke') {
    // At most one argument crosses: main refuses more.
    if ('argument' in method) return (file: unknown) => ipcRenderer.invoke(method.channel, droppedFilePath(file));
    return (...args: unknown[]) => ipcRenderer.invoke(method.channel, ...args.slice(0, 1));
  }
  return (callback: unknown) => {
    if (typeof callback !== 'function') throw new TypeError(`${name} needs a callback function`);
    const unsubscribe = subscribe(method.channel, (payload) => (callback as (payload: unknown) => void)(payload));
    // Main queued what arrived before the page listened (a file double-clicked to start the app).
    if ('listenChannel' in method) void ipcRenderer.invoke(method.listenChannel);
    return unsubscribe;
  };
}

/**
 * Exposes `window.stroomlijn`: exactly the bridge's named methods, each bound to one
 * channel of the IPC table. No generic send, no ipcRenderer, no event objects reach the
 * page. Responses and event payloads pass through as they come;
 * renderer/base/bridge/electronBridge.ts validates them. Built as CommonJS: sandboxed
 * preloads cannot be ES modules.
 */
contextBridge.exposeInMainWorld('stroomlijn', Object.fromEntries(IPC_METHOD_NAMES.map((name) => [name, bridgeMethod(name)])));
