import { describe, expect, it } from 'vitest';
import { makeStep, makeTestMap } from '../../../shared/commands/testSupport';
import { createDocumentStore } from './documentStore';

describe('createDocumentStore', () => {
  it('dispatch records history; undo and redo restore the exact documents', () => {
    const initial = makeTestMap();
    const store = createDocumentStore(initial);
    expect(store.dispatch({ type: 'step/update', stepId: 'a', patch: { label: 'Registreren' } })).toBe(true);
    const edited = store.getState().map;
    expect(store.getState()).toMatchObject({ dirty: true, canUndo: true, canRedo: false, undoLabel: 'app:history.stepUpdate' });
    store.undo();
    expect(store.getState().map).toEqual(initial);
    expect(store.getState()).toMatchObject({ dirty: false, canUndo: false, canRedo: true, redoLabel: 'app:history.stepUpdate' });
    store.redo();
    expect(store.getState().map).toEqual(edited);
  });

  it('a command that changes nothing is no history entry and notifies nobody', () => {
    const store = createDocumentStore(makeTestMap());
    let notifications = 0;
    store.subscribe(() => (notifications += 1));
    expect(store.dispatch({ type: 'step/update', stepId: 'a', patch: { label: 'a' } })).toBe(false);
    expect(store.getState().canUndo).toBe(false);
    expect(notifications).toBe(0);
  });

  it('coalesces typing into one undo step until the group is closed', () => {
    const store = createDocumentStore(makeTestMap());
    for (const label of ['R', 'Re', 'Reg']) {
      store.dispatch({ type: 'step/update', stepId: 'a', patch: { label } }, { coalesceKey: 'step:a:label' });
    }
    store.closeHistoryGroup();
    store.dispatch({ type: 'step/update', stepId: 'a', patch: { label: 'Regi' } }, { coalesceKey: 'step:a:label' });
    store.undo();
    expect(store.getState().map.steps[1]?.label).toBe('Reg');
    store.undo();
    expect(store.getState().map.steps[1]?.label).toBe('a');
    expect(store.getState().canUndo).toBe(false);
  });

  it('dirty follows the saved position; markSaved stamps updatedAt outside history', () => {
    const store = createDocumentStore(makeTestMap());
    store.dispatch({ type: 'map/set-meta', patch: { title: 'Een' } });
    store.markSaved({ handle: 'h1', name: 'een.stroomlijn', updatedAt: '2026-05-05T10:00:00Z' });
    expect(store.getState()).toMatchObject({ dirty: false, fileHandle: 'h1', fileName: 'een.stroomlijn' });
    expect(store.getState().map.meta.updatedAt).toBe('2026-05-05T10:00:00Z');
    store.dispatch({ type: 'map/set-meta', patch: { title: 'Twee' } });
    expect(store.getState().dirty).toBe(true);
    store.undo();
    expect(store.getState().dirty).toBe(false);
    store.undo();
    expect(store.getState()).toMatchObject({ dirty: true });
    expect(store.getState().map.meta).toMatchObject({ title: 'Test', updatedAt: '2026-05-05T10:00:00Z' });
  });

  it('loadDocument replaces the document, clears history and counts the load', () => {
    const store = createDocumentStore(makeTestMap());
    store.dispatch({ type: 'step/add', step: makeStep('c', 'sec') });
    const other = makeTestMap();
    other.meta.title = 'Ander';
    store.loadDocument(other, { handle: 'h', name: 'ander.stroomlijn' });
    expect(store.getState()).toMatchObject({ map: other, dirty: false, canUndo: false, canRedo: false, fileName: 'ander.stroomlijn', loadCount: 1 });
  });

  it('walks 250 edits back to the first document and forward again', () => {
    const initial = makeTestMap();
    const store = createDocumentStore(initial);
    for (let index = 1; index <= 250; index += 1) {
      store.dispatch({ type: 'step/move', moves: [{ stepId: 'a', position: { x: index, y: index * 2 } }] });
    }
    const last = store.getState().map;
    for (let index = 0; index < 250; index += 1) store.undo();
    expect(store.getState().map).toEqual(initial);
    expect(store.getState().canUndo).toBe(false);
    for (let index = 0; index < 250; index += 1) store.redo();
    expect(store.getState().map).toEqual(last);
  });

  it('getState keeps its identity until something changes', () => {
    const store = createDocumentStore(makeTestMap());
    const first = store.getState();
    store.dispatch({ type: 'step/update', stepId: 'a', patch: { label: 'a' } });
    expect(store.getState()).toBe(first);
    store.dispatch({ type: 'step/update', stepId: 'a', patch: { label: 'Registreren' } });
    expect(store.getState()).not.toBe(first);
  });
});

describe('transact', () => {
  it('makes one undo entry and one notification of a gesture, and shows its edits inside', () => {
    const initial = makeTestMap();
    const store = createDocumentStore(initial);
    let notifications = 0;
    store.subscribe(() => (notifications += 1));
    const changed = store.transact('app:history.laneAdd', () => {
      store.dispatch({ type: 'lane/add', lane: { id: 'new', name: 'Nieuw' }, index: 0 });
      // Read back inside the gesture: the lane is already there.
      expect(store.getState().map.lanes[0]?.id).toBe('new');
      expect(notifications).toBe(0);
      return store.dispatch({ type: 'step/move', moves: [{ stepId: 'a', position: { x: 300, y: 230 } }] });
    });
    expect(changed).toBe(true);
    expect(notifications).toBe(1);
    expect(store.getState()).toMatchObject({ canUndo: true, undoLabel: 'app:history.laneAdd', dirty: true });
    store.undo();
    expect(store.getState().map).toEqual(initial);
    expect(store.getState().canUndo).toBe(false);
    store.redo();
    expect(store.getState().map.lanes[0]?.id).toBe('new');
    expect(store.getState().map.steps.find((step) => step.id === 'a')?.position).toEqual({ x: 300, y: 230 });
  });

  it('is its own entry: it does not merge into a typing group, nor typing into it', () => {
    const store = createDocumentStore(makeTestMap());
    store.dispatch({ type: 'step/update', stepId: 'a', patch: { label: 'R' } }, { coalesceKey: 'step:a:label' });
    store.transact('app:history.stepMove', () => store.dispatch({ type: 'step/move', moves: [{ stepId: 'a', position: { x: 1, y: 2 } }] }));
    store.dispatch({ type: 'step/update', stepId: 'a', patch: { label: 'Re' } }, { coalesceKey: 'step:a:label' });
    store.undo();
    store.undo();
    expect(store.getState().map.steps[1]?.label).toBe('R');
    store.undo();
    expect(store.getState().canUndo).toBe(false);
  });

  it('joins nested gestures, records nothing when nothing changed and keeps nothing when it throws', () => {
    const initial = makeTestMap();
    const store = createDocumentStore(initial);
    store.transact('app:history.stepUpdate', () => {
      store.dispatch({ type: 'step/update', stepId: 'a', patch: { label: 'Een' } });
      store.transact('app:history.stepUpdate', () => store.dispatch({ type: 'step/update', stepId: 'b', patch: { label: 'Twee' } }));
    });
    store.undo();
    expect(store.getState().map).toEqual(initial);
    expect(store.getState().canUndo).toBe(false);

    expect(store.transact('app:history.stepUpdate', () => store.dispatch({ type: 'step/update', stepId: 'a', patch: { label: 'a' } }))).toBe(false);
    expect(store.getState().canRedo).toBe(true);

    expect(() =>
      store.transact('app:history.stepUpdate', () => {
        store.dispatch({ type: 'step/update', stepId: 'a', patch: { label: 'Kwijt' } });
        throw new Error('stop');
      }),
    ).toThrow('stop');
    expect(store.getState().map).toEqual(initial);
    expect(() => store.transact('x', () => store.undo())).toThrow(/inside transact/);
  });
});
