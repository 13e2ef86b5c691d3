import { describe, expect, it } from 'vitest';
import {
  IPC_CONTRACT,
  IPC_METHODS,
  IPC_METHOD_NAMES,
  openFileRequestSchema,
  recentFileIdSchema,
  recoveredDocumentSchema,
  recoveryWriteRequestSchema,
  MAX_MAP_FILE_BYTES,
  ipcResponseSchema,
  menuStateSchema,
  openMapFileResultSchema,
  saveMapFileRequestSchema,
  saveMapFileResultSchema,
} from './contract';

describe('IPC contract', () => {
  it('names channels noun:verb and uses each name once', () => {
    const names = IPC_METHOD_NAMES.flatMap((name) => {
      const method: { channel: string; listenChannel?: string } = IPC_METHODS[name];
      return method.listenChannel === undefined ? [method.channel] : [method.channel, method.listenChannel];
    });
    for (const name of names) expect(name).toMatch(/^[a-z]+:[a-z][A-Za-z]+$/);
    expect(new Set(names).size).toBe(names.length);
  });

  it('has schemas for exactly the methods of the table: request and response to invoke, a payload for an event', () => {
    expect(Object.keys(IPC_CONTRACT).sort()).toEqual([...IPC_METHOD_NAMES].sort());
    for (const name of IPC_METHOD_NAMES) {
      expect(Object.keys(IPC_CONTRACT[name]).sort(), name).toEqual(IPC_METHODS[name].kind === 'invoke' ? ['request', 'response'] : ['payload']);
    }
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

  it('allows conflict answers and a force flag only in their exact shape', () => {
    const valid = { handle: 'h', suggestedName: 'Facturen', text: '{}', saveAs: false };
    expect(saveMapFileRequestSchema.safeParse({ ...valid, force: true }).success).toBe(true);
    expect(saveMapFileRequestSchema.safeParse({ ...valid, force: 'yes' }).success).toBe(false);
    expect(saveMapFileResultSchema.safeParse({ ok: false, reason: 'conflict', fileName: 'a.stroomlijn', modifiedAt: '2026-11-26T10:00:00.000Z' }).success).toBe(true);
    expect(saveMapFileResultSchema.safeParse({ ok: false, reason: 'conflict', fileName: 'a.stroomlijn', modifiedAt: null }).success).toBe(true);
    expect(saveMapFileResultSchema.safeParse({ ok: false, reason: 'conflict', fileName: 'a.stroomlijn' }).success).toBe(false);
  });

  it('keeps recovery ids file-name safe', () => {
    const valid = { documentId: '3f2c9a1e-7b1d-4c55-9a61-0d5e4f1a2b3c', title: 'Facturen', handle: null, text: '{}' };
    expect(recoveryWriteRequestSchema.safeParse(valid).success).toBe(true);
    for (const documentId of ['', '../settings', 'a/b', 'a.b', 'x'.repeat(65), 'nul\0']) {
      expect(recoveryWriteRequestSchema.safeParse({ ...valid, documentId }).success, documentId).toBe(false);
    }
    expect(recoveryWriteRequestSchema.safeParse({ ...valid, path: '/tmp/x' }).success).toBe(false);
    expect(
      recoveredDocumentSchema.safeParse({ documentId: 'a1', title: 'T', savedAt: '2026-11-26T10:00:00.000Z', fileName: null, handle: null, text: '{}' }).success,
    ).toBe(true);
  });

  it('names recent files only by their hashed id', () => {
    expect(recentFileIdSchema.safeParse('0123456789abcdef').success).toBe(true);
    expect(recentFileIdSchema.safeParse('/home/anna/facturen.stroomlijn').success).toBe(false);
  });

  it('never accepts a cancelled open request', () => {
    expect(openFileRequestSchema.safeParse({ ok: false, reason: 'cancelled' }).success).toBe(false);
    expect(openFileRequestSchema.safeParse({ ok: false, reason: 'failed', fileName: 'a.stroomlijn', message: 'ENOENT' }).success).toBe(true);
    expect(openFileRequestSchema.safeParse({ ok: true, handle: 'h', fileName: 'a.stroomlijn', text: '{}' }).success).toBe(true);
  });
});
