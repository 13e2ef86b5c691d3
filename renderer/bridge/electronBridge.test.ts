import { describe, expect, it, vi } from 'vitest';
import type { MenuActionId, StroomlijnPreloadApi } from '../../shared/ipc/contract';
import { BridgeError } from './bridgeError';
import { createElectronBridge } from './electronBridge';

function fakeApi(overrides: Partial<StroomlijnPreloadApi> = {}): StroomlijnPreloadApi {
  const ok = (value: unknown) => () => Promise.resolve({ ok: true, value });
  return {
    getSystemLanguage: ok('nl'),
    getPreferences: ok({}),
    setPreferences: ok({ language: 'en' }),
    openMapFile: ok({ ok: true, handle: 'h1', fileName: 'a.stroomlijn', text: '{}' }),
    saveMapFile: ok({ ok: false, reason: 'cancelled' }),
    onMenuAction: () => () => undefined,
    setMenuState: ok(null),
    setDocumentTitle: ok(null),
    ...overrides,
  };
}

async function rejection(promise: Promise<unknown>): Promise<BridgeError> {
  const error: unknown = await promise.then(() => undefined, (reason: unknown) => reason);
  if (!(error instanceof BridgeError)) throw new Error(`expected a BridgeError, got ${String(error)}`);
  return error;
}

describe('createElectronBridge', () => {
  it('unwraps valid answers', async () => {
    const bridge = createElectronBridge(fakeApi());
    expect(bridge.kind).toBe('electron');
    expect(await bridge.getSystemLanguage()).toBe('nl');
    expect(await bridge.setPreferences({ language: 'en' })).toEqual({ language: 'en' });
    expect(await bridge.openMapFile()).toEqual({ ok: true, handle: 'h1', fileName: 'a.stroomlijn', text: '{}' });
    expect(await bridge.saveMapFile({ handle: null, suggestedName: 'a', text: '{}', saveAs: false })).toEqual({ ok: false, reason: 'cancelled' });
    await expect(bridge.setMenuState({ language: 'nl', canUndo: false, canRedo: false, hasSelection: false })).resolves.toBeUndefined();
  });

  it('rejects answers outside the contract', async () => {
    const bridge = createElectronBridge(
      fakeApi({
        getSystemLanguage: () => Promise.resolve({ ok: true, value: 'fr' }),
        openMapFile: () => Promise.resolve({ ok: true, value: { ok: true, handle: 'h', fileName: 'a', text: '{}', path: '/home/x/a' } }),
        getPreferences: () => Promise.resolve('{}'),
      }),
    );
    expect((await rejection(bridge.getSystemLanguage())).code).toBe('invalidResponse');
    expect((await rejection(bridge.openMapFile())).code).toBe('invalidResponse');
    expect((await rejection(bridge.getPreferences())).message).toMatch(/^getPreferences: unexpected answer/);
  });

  it('turns a refusal by main into a typed BridgeError', async () => {
    const bridge = createElectronBridge(
      fakeApi({ saveMapFile: () => Promise.resolve({ ok: false, error: { code: 'invalidPayload', message: 'map:save: text must be a string' } }) }),
    );
    const error = await rejection(bridge.saveMapFile({ handle: null, suggestedName: 'a', text: '{}', saveAs: false }));
    expect(error).toMatchObject({ name: 'BridgeError', code: 'invalidPayload', message: 'map:save: text must be a string' });
  });

  it('passes on only known menu actions', () => {
    let deliver: (id: MenuActionId) => void = () => undefined;
    const unsubscribe = vi.fn();
    const bridge = createElectronBridge(
      fakeApi({
        onMenuAction: (callback) => {
          deliver = callback;
          return unsubscribe;
        },
      }),
    );
    const received: MenuActionId[] = [];
    const stop = bridge.onMenuAction((id) => received.push(id));
    deliver('edit.undo');
    deliver('rm -rf' as MenuActionId);
    expect(received).toEqual(['edit.undo']);
    stop();
    expect(unsubscribe).toHaveBeenCalledOnce();
  });
});
