import { describe, expect, it } from 'vitest';
import { applyCommand } from './apply';
import { checkChange, makeTestMap, REVERSIBLE_CHANGE } from './testSupport';

describe('annotation commands', () => {
  it('annotation/add adds a note or kaizen burst', () => {
    const check = checkChange(makeTestMap(), {
      type: 'annotation/add',
      annotation: { id: 'k1', kind: 'kaizen', text: 'Digitaal aanleveren', position: { x: 10, y: 20 } },
    });
    expect(check).toMatchObject(REVERSIBLE_CHANGE);
    expect(check.map.annotations.at(-1)?.id).toBe('k1');
    const map = makeTestMap();
    expect(applyCommand(map, { type: 'annotation/add', annotation: { id: 'a', kind: 'note', text: '', position: { x: 0, y: 0 } } }).map).toBe(map);
  });

  it('annotation/update changes the text', () => {
    const check = checkChange(makeTestMap(), { type: 'annotation/update', annotationId: 'n1', patch: { text: 'Nieuw' } });
    expect(check).toMatchObject(REVERSIBLE_CHANGE);
    expect(check.map.annotations[0]?.text).toBe('Nieuw');
    const map = makeTestMap();
    expect(applyCommand(map, { type: 'annotation/update', annotationId: 'n1', patch: { text: 'Let op' } }).patches).toEqual([]);
  });

  it('annotation/move moves it; the same place gives no patches', () => {
    const check = checkChange(makeTestMap(), { type: 'annotation/move', annotationId: 'n1', position: { x: 5, y: 6 } });
    expect(check).toMatchObject(REVERSIBLE_CHANGE);
    expect(check.map.annotations[0]?.position).toEqual({ x: 5, y: 6 });
    const map = makeTestMap();
    expect(applyCommand(map, { type: 'annotation/move', annotationId: 'n1', position: { x: 0, y: 300 } }).patches).toEqual([]);
    expect(applyCommand(map, { type: 'annotation/move', annotationId: 'ghost', position: { x: 1, y: 1 } }).patches).toEqual([]);
  });
});
