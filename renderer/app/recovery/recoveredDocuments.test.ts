import { describe, expect, it } from 'vitest';
import { makeTestMap } from '../../../shared/commands/testSupport';
import { serializeMap } from '../../../shared/model/serialize';
import { findRecoveryCandidates } from './recoveredDocuments';

const validMap = serializeMap(makeTestMap());
const base = { title: 'Facturen', savedAt: '2026-11-26T10:00:00.000Z', fileName: null, handle: null };

describe('findRecoveryCandidates', () => {
  it('parses each copy through parseMap: a damaged one comes back with its problems in the UI language', async () => {
    const bridge = {
      listRecovered: () =>
        Promise.resolve([
          { ...base, documentId: 'good', text: validMap },
          { ...base, documentId: 'damaged', text: '{"format":"stroomlijn-map",' },
        ]),
    };
    const [good, damaged] = await findRecoveryCandidates(bridge, 'nl');
    expect(good).toMatchObject({ documentId: 'good', title: 'Facturen', ok: true });
    expect(good?.ok && good.map.format).toBe('stroomlijn-map');
    expect(damaged).toMatchObject({ documentId: 'damaged', ok: false });
    expect(damaged?.ok === false && damaged.problems[0]?.code).toBe('not-json');
    expect(damaged).not.toHaveProperty('text');
  });

  it('answers nothing to restore when the platform cannot list the copies', async () => {
    const bridge = { listRecovered: () => Promise.reject(new Error('IPC refused')) };
    const errors = console.error;
    console.error = () => undefined;
    try {
      expect(await findRecoveryCandidates(bridge, 'en')).toEqual([]);
    } finally {
      console.error = errors;
    }
  });
});
