import { describe, expect, it } from 'vitest';
import {
  BRIDGE_METHOD_NAMES,
  IPC_CHANNELS,
  MAX_MAP_FILE_BYTES,
  ipcResponseSchema,
  menuStateSchema,
  openMapFileResultSchema,
  saveMapFileRequestSchema,
  saveMapFileResultSchema,
  type StroomlijnBridge,
  type StroomlijnPreloadApi,
} from './contract';

describe('IPC contract', () => {
  it('names channels noun:verb and uses each name once', () => {
    const names = Object.values(IPC_CHANNELS);
    for (const name of names) expect(name).toMatch(/^[a-z]+:[a-z][A-Za-z]+$/);
    expect(new Set(names).size).toBe(names.length);
  });

  it('lists exactly the bridge methods for the preload', () => {
    // Compile-time: both interfaces have exactly these keys (minus the bridge's `kind`).
    const fromBridge: Record<Exclude<keyof StroomlijnBridge, 'kind'>, true> = {
      getSystemLanguage: true, getPreferences: true, setPreferences: true, openMapFile: true,
      saveMapFile: true, onMenuAction: true, setMenuState: true, setDocumentTitle: true,
    };
    const fromPreload: Record<keyof StroomlijnPreloadApi, true> = fromBridge;
    expect([...BRIDGE_METHOD_NAMES].sort()).toEqual(Object.keys(fromPreload).sort());
  });

  it('refuses save requests with unknown keys, wrong types or oversize text', () => {
    const valid = { handle: null, suggestedName: 'Facturen', text: '{}', saveAs: false };
    expect(saveMapFileRequestSchema.safeParse(valid).success).toBe(true);
    expect(saveMapFileRequestSchema.safeParse({ ...valid, path: '/etc/passwd' }).success).toBe(false);
    expect(saveMapFileRequestSchema.safeParse({ ...valid, saveAs: 'yes' }).success).toBe(false);
    expect(saveMapFileRequestSchema.safeParse({ ...valid, suggestedName: '' }).success).toBe(false);
    expect(saveMapFileRequestSchema.safeParse({ ...valid, text: 'x'.repeat(MAX_MAP_FILE_BYTES + 1) }).success).toBe(false);
  });

  it('accepts each typed result and refuses a mixed one', () => {
    expect(openMapFileResultSchema.safeParse({ ok: true, handle: 'h', fileName: 'a.stroomlijn', text: '{}' }).success).toBe(true);
    expect(openMapFileResultSchema.safeParse({ ok: false, reason: 'tooLarge', fileName: 'a', sizeBytes: 9, limitBytes: 1 }).success).toBe(true);
    expect(openMapFileResultSchema.safeParse({ ok: false, reason: 'cancelled', text: '{}' }).success).toBe(false);
    expect(saveMapFileResultSchema.safeParse({ ok: false, reason: 'failed', message: 'EACCES' }).success).toBe(true);
    expect(saveMapFileResultSchema.safeParse({ ok: true, handle: 'h' }).success).toBe(false);
  });

  it('wraps values and errors in one envelope', () => {
    const schema = ipcResponseSchema(menuStateSchema);
    expect(schema.safeParse({ ok: true, value: { language: 'nl', canUndo: false, canRedo: false, hasSelection: true } }).success).toBe(true);
    expect(schema.safeParse({ ok: false, error: { code: 'forbiddenSender', message: 'no' } }).success).toBe(true);
    expect(schema.safeParse({ ok: false, error: { code: 'teapot', message: 'no' } }).success).toBe(false);
  });
});
