import { describe, expect, it } from 'vitest';
import { createBrowserRecovery, type RecoveryStorage, type SessionLocks } from './browserRecovery';

function memoryStorage(options: { quotaBytes?: number } = {}): RecoveryStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    get length() {
      return data.size;
    },
    key: (index) => [...data.keys()][index] ?? null,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => {
      const used = [...data.entries()].filter(([other]) => other !== key).reduce((sum, [k, v]) => sum + k.length + v.length, 0);
      if (options.quotaBytes !== undefined && used + key.length + value.length > options.quotaBytes) {
        throw Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
      }
      data.set(key, value);
    },
    removeItem: (key) => void data.delete(key),
  };
}

function locks(live: string[] | null): SessionLocks & { held: string[] } {
  const held: string[] = [];
  return { held, hold: (id) => void held.push(id), liveSessions: () => Promise.resolve(live === null ? null : new Set([...live, ...held])) };
}

const request = { documentId: 'doc-1', title: 'Facturen', handle: null, text: '{"a":1}' };
const clock = () => new Date('2026-11-26T10:00:00.000Z');

describe('browser recovery copies', () => {
  it('are offered by a later tab after the writing tab is gone, once, with title and time', async () => {
    const storage = memoryStorage();
    const crashed = createBrowserRecovery({ storage, locks: locks([]), sessionId: 'tab-a', now: clock });
    expect(crashed.write(request, 'facturen.stroomlijn')).toEqual({ ok: true, savedAt: '2026-11-26T10:00:00.000Z' });
    expect(await crashed.list()).toEqual([]);

    const next = createBrowserRecovery({ storage, locks: locks([]), sessionId: 'tab-b', now: clock });
    expect(await next.list()).toEqual([
      { documentId: 'doc-1', title: 'Facturen', savedAt: '2026-11-26T10:00:00.000Z', fileName: 'facturen.stroomlijn', handle: null, text: '{"a":1}' },
    ]);
    // Claimed by tab-b: a third tab does not offer it while tab-b lives.
    const third = createBrowserRecovery({ storage, locks: locks(['tab-b']), sessionId: 'tab-c', now: clock });
    expect(await third.list()).toEqual([]);
    next.discard('doc-1');
    expect(storage.data.size).toBe(0);
  });

  it("are not offered while the tab that wrote them is still open", async () => {
    const storage = memoryStorage();
    createBrowserRecovery({ storage, locks: null, sessionId: 'tab-a', now: clock }).write(request, null);
    expect(await createBrowserRecovery({ storage, locks: locks(['tab-a']), sessionId: 'tab-b' }).list()).toEqual([]);
  });

  it('report a full storage instead of throwing, and skip junk', async () => {
    const storage = memoryStorage({ quotaBytes: 200 });
    const recovery = createBrowserRecovery({ storage, locks: null, sessionId: 'tab-a', now: clock });
    expect(recovery.write({ ...request, text: 'x'.repeat(500) }, null)).toEqual({ ok: false, reason: 'failed', message: 'QuotaExceededError: The quota has been exceeded.' });
    storage.data.set('stroomlijn.recovery.junk', '{not json');
    storage.data.set('stroomlijn.recovery.doc-2', JSON.stringify({ documentId: '../x', sessionId: 'old', title: '', savedAt: 'yesterday', fileName: null, text: '' }));
    expect(await createBrowserRecovery({ storage, locks: null, sessionId: 'tab-b' }).list()).toEqual([]);
    expect(createBrowserRecovery({ storage: null, locks: null, sessionId: 'x' }).write(request, null)).toMatchObject({ ok: false, reason: 'failed' });
  });
});
