import { describe, expect, it, vi } from 'vitest';
import type { RecoveryWriteRequest, WriteRecoveryResult } from '../../../shared/ipc/contract';
import { makeTestMap } from '../../../shared/commands/testSupport';
import type { ProcessMap } from '../../../shared/model/types';
import type { EditorState } from '../editorStoreTypes';
import { startAutosave, type AutosaveTimers } from './autosave';

/** A clock and timers the test moves by hand. */
function manualTimers(): AutosaveTimers & { advance(milliseconds: number): void; pending(): number } {
  let now = 0;
  let nextId = 1;
  const due = new Map<number, { at: number; callback: () => void }>();
  return {
    now: () => now,
    setTimeout: (callback, milliseconds) => {
      const id = nextId++;
      due.set(id, { at: now + milliseconds, callback });
      return id;
    },
    clearTimeout: (id) => void due.delete(id as number),
    advance(milliseconds) {
      const until = now + milliseconds;
      for (;;) {
        const next = [...due.entries()].filter(([, timer]) => timer.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
        if (next === undefined) break;
        due.delete(next[0]);
        now = next[1].at;
        next[1].callback();
      }
      now = until;
    },
    pending: () => due.size,
  };
}

function fakeStore(map: ProcessMap) {
  const listeners = new Set<() => void>();
  let state = { map, dirty: false, fileHandle: null, fileName: null } as unknown as EditorState;
  return {
    getState: () => state,
    subscribe: (listener: () => void) => (listeners.add(listener), () => listeners.delete(listener)),
    change(patch: Partial<EditorState>) {
      state = { ...state, ...patch };
      for (const listener of listeners) listener();
    },
    edit(title: string) {
      this.change({ dirty: true, map: { ...state.map, meta: { ...state.map.meta, title } } });
    },
  };
}

function setup() {
  const timers = manualTimers();
  const store = fakeStore(makeTestMap());
  const written: RecoveryWriteRequest[] = [];
  const discarded: string[] = [];
  let blur: () => void = () => undefined;
  let ids = 0;
  const bridge = {
    writeRecovery: vi.fn((request: RecoveryWriteRequest): Promise<WriteRecoveryResult> => {
      written.push(request);
      return Promise.resolve({ ok: true, savedAt: '2026-11-26T10:00:00.000Z' });
    }),
    discardRecovery: vi.fn((documentId: string) => {
      discarded.push(documentId);
      return Promise.resolve();
    }),
  };
  const autosave = startAutosave({
    store,
    bridge,
    serialize: (map) => JSON.stringify(map.meta.title),
    untitledTitle: () => 'Naamloze kaart',
    createDocumentId: () => `doc-${++ids}`,
    onBlur: (listener) => ((blur = listener), () => undefined),
    timers,
  });
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  return { timers, store, written, discarded, bridge, autosave, blur: () => blur(), settle };
}

describe('autosave of recovery copies', () => {
  it('writes a changed document soon, then at most every 30 seconds', async () => {
    const { timers, store, written, settle } = setup();
    expect(written).toEqual([]);
    store.edit('Facturen');
    timers.advance(999);
    expect(written).toHaveLength(0);
    timers.advance(1);
    await settle();
    expect(written).toEqual([{ documentId: 'doc-1', title: 'Facturen', handle: null, text: '"Facturen"' }]);
    for (let second = 0; second < 29; second += 1) {
      store.edit(`Facturen ${second}`);
      timers.advance(1_000);
      await settle();
    }
    expect(written).toHaveLength(1);
    timers.advance(1_000);
    await settle();
    expect(written).toHaveLength(2);
    expect(written[1]).toMatchObject({ documentId: 'doc-1', text: '"Facturen 28"' });
  });

  it('writes at once when the window loses focus, and not again without a change', async () => {
    const { timers, store, written, blur, settle } = setup();
    store.edit('Post');
    blur();
    await settle();
    expect(written).toHaveLength(1);
    timers.advance(60_000);
    blur();
    await settle();
    expect(written).toHaveLength(1);
  });

  it('removes the copy once the document is saved or discarded, and starts a new one after', async () => {
    const { timers, store, written, discarded, settle } = setup();
    store.edit('A');
    timers.advance(1_000);
    await settle();
    store.change({ dirty: false });
    await settle();
    expect(discarded).toEqual(['doc-1']);
    expect(timers.pending()).toBe(0);
    store.edit('B');
    timers.advance(30_000);
    await settle();
    expect(written.map((request) => request.documentId)).toEqual(['doc-1', 'doc-2']);
  });

  it('never writes a document without unsaved changes, and drops a pending write when it is saved first', async () => {
    const { timers, store, written, discarded, settle } = setup();
    store.change({ map: { ...store.getState().map } });
    timers.advance(60_000);
    store.edit('C');
    store.change({ dirty: false });
    timers.advance(60_000);
    await settle();
    expect(written).toEqual([]);
    expect(discarded).toEqual([]);
  });

  it('keeps writing to an adopted (restored) copy, titled by file name when the map has no title', async () => {
    const { timers, store, written, discarded, autosave, settle } = setup();
    store.edit('Concept');
    timers.advance(1_000);
    await settle();
    // "Don't save", then the restored copy is loaded with unsaved changes: no clean moment in between.
    autosave.adopt('restored-7');
    store.change({ fileName: 'post.stroomlijn', fileHandle: 'h1', dirty: true, map: { ...store.getState().map, meta: { ...store.getState().map.meta, title: '' } } });
    timers.advance(30_000);
    await settle();
    expect(discarded).toEqual(['doc-1']);
    expect(written.at(-1)).toEqual({ documentId: 'restored-7', title: 'post.stroomlijn', handle: 'h1', text: '""' });
    store.change({ fileName: null, fileHandle: null });
    store.edit(' ');
    await autosave.flush();
    expect(written.at(-1)?.title).toBe('Naamloze kaart');
  });

  it('reports a failed write and tries again on the next change', async () => {
    const { timers, bridge, settle } = setup();
    const store = fakeStore(makeTestMap());
    const errors: unknown[] = [];
    bridge.writeRecovery.mockResolvedValueOnce({ ok: false, reason: 'failed', message: 'QuotaExceededError' });
    const autosave = startAutosave({
      store,
      bridge,
      serialize: () => '{}',
      untitledTitle: () => 'x',
      createDocumentId: () => 'd',
      onBlur: () => () => undefined,
      timers,
      onError: (error) => errors.push(error),
    });
    store.edit('D');
    timers.advance(1_000);
    await settle();
    expect(errors).toHaveLength(1);
    store.edit('D2');
    timers.advance(30_000);
    await settle();
    expect(bridge.writeRecovery.mock.calls.length).toBeGreaterThanOrEqual(2);
    autosave.stop();
  });
});
