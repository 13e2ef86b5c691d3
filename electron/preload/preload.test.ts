import { describe, expect, it, vi } from 'vitest';
import { IPC_METHODS, IPC_METHOD_NAMES, type StroomlijnPreloadApi } from '../../shared/ipc/contract';

const electron = vi.hoisted(() => {
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
  return {
    listeners,
    exposed: new Map<string, unknown>(),
    invoke: vi.fn((...args: unknown[]) => Promise.resolve({ ok: true, value: args })),
    emit(channel: string, ...args: unknown[]) {
      for (const listener of listeners.get(channel) ?? []) listener({ sender: 'ipc event' }, ...args);
    },
  };
});

vi.mock('electron', () => ({
  webUtils: {
    getPathForFile: (file: { realPath?: string }) => {
      if (file.realPath === undefined) throw new TypeError('not a File');
      return file.realPath;
    },
  },
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => electron.exposed.set(key, api) },
  ipcRenderer: {
    invoke: electron.invoke,
    on: (channel: string, listener: (...args: unknown[]) => void) => {
      const set = electron.listeners.get(channel) ?? new Set();
      set.add(listener);
      electron.listeners.set(channel, set);
    },
    removeListener: (channel: string, listener: (...args: unknown[]) => void) => electron.listeners.get(channel)?.delete(listener),
  },
}));

await import('./preload');
const api = electron.exposed.get('stroomlijn') as StroomlijnPreloadApi;

describe('preload', () => {
  it('exposes only window.stroomlijn, with exactly the methods of the IPC table', () => {
    expect([...electron.exposed.keys()]).toEqual(['stroomlijn']);
    expect(Object.keys(api).sort()).toEqual([...IPC_METHOD_NAMES].sort());
    for (const name of IPC_METHOD_NAMES) expect(typeof api[name]).toBe('function');
  });

  it('binds each method to its own channel and passes only the payload', async () => {
    const request = { handle: null, suggestedName: 'x', text: '{}', saveAs: false };
    await api.saveMapFile(request);
    expect(electron.invoke).toHaveBeenLastCalledWith(IPC_METHODS.saveMapFile.channel, request);
    await api.openMapFile();
    expect(electron.invoke).toHaveBeenLastCalledWith(IPC_METHODS.openMapFile.channel);
    await api.setMenuState({ language: 'nl', canUndo: false, canRedo: false, hasSelection: false });
    expect(electron.invoke).toHaveBeenLastCalledWith(IPC_METHODS.setMenuState.channel, { language: 'nl', canUndo: false, canRedo: false, hasSelection: false });
    await api.getSystemLanguage();
    expect(electron.invoke).toHaveBeenLastCalledWith(IPC_METHODS.getSystemLanguage.channel);
  });

  it('forwards menu commands without the IPC event (the bridge checks them), and unsubscribes', () => {
    const callback = vi.fn();
    const unsubscribe = api.onMenuCommand(callback);
    electron.emit(IPC_METHODS.onMenuCommand.channel, 'file.save');
    expect(callback.mock.calls).toEqual([['file.save']]);
    unsubscribe();
    electron.emit(IPC_METHODS.onMenuCommand.channel, 'file.open');
    expect(callback).toHaveBeenCalledTimes(1);
    expect(electron.listeners.get(IPC_METHODS.onMenuCommand.channel)?.size).toBe(0);
  });

  it('refuses a callback that is not a function', () => {
    expect(() => api.onMenuCommand('alert(1)' as never)).toThrow(TypeError);
  });

  it('sends main the path Electron knows for a dropped file, never a path from the page', async () => {
    const dropped = { name: 'facturen.stroomlijn', size: 2, lastModified: 0, arrayBuffer: () => Promise.resolve(new ArrayBuffer(2)), realPath: '/home/anna/facturen.stroomlijn' };
    await api.openDroppedFile(dropped);
    expect(electron.invoke).toHaveBeenLastCalledWith(IPC_METHODS.openDroppedFile.channel, '/home/anna/facturen.stroomlijn');
    // Something that only looks like a File (page script) yields no path at all.
    await api.openDroppedFile({ name: '/etc/passwd', size: 1, lastModified: 0, arrayBuffer: () => Promise.resolve(new ArrayBuffer(0)) });
    expect(electron.invoke).toHaveBeenLastCalledWith(IPC_METHODS.openDroppedFile.channel, '');
  });

  it('tells main when the page listens for open and close requests, and forwards them without the event', () => {
    const opened = vi.fn();
    const stopOpen = api.onOpenFileRequest(opened);
    expect(electron.invoke).toHaveBeenLastCalledWith(IPC_METHODS.onOpenFileRequest.listenChannel);
    electron.emit(IPC_METHODS.onOpenFileRequest.channel, { ok: true, handle: 'h', fileName: 'a.stroomlijn', text: '{}' });
    expect(opened).toHaveBeenCalledWith({ ok: true, handle: 'h', fileName: 'a.stroomlijn', text: '{}' });
    stopOpen();

    const closing = vi.fn();
    const stopClose = api.onCloseRequest(closing);
    expect(electron.invoke).toHaveBeenLastCalledWith(IPC_METHODS.onCloseRequest.listenChannel);
    electron.emit(IPC_METHODS.onCloseRequest.channel);
    expect(closing.mock.calls).toEqual([[undefined]]);
    stopClose();
    electron.emit(IPC_METHODS.onCloseRequest.channel);
    expect(closing).toHaveBeenCalledTimes(1);
    expect(() => api.onCloseRequest('x' as never)).toThrow(TypeError);
  });
});
