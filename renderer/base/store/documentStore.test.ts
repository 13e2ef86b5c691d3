import { describe, expect, it } from 'vitest';
import { makeStep, makeTestMap, makeTestMapWithFuture } from '../../../shared/commands/testSupport';
import { createEditorStore } from './documentStore';

describe('createEditorStore', () => {
  it('dispatch records history; undo and redo restore the exact documents', () => {
    const initial = makeTestMap();
    const store = createEditorStore(initial);
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
    const store = createEditorStore(makeTestMap());
    let notifications = 0;
    store.subscribe(() => (notifications += 1));
    expect(store.dispatch({ type: 'step/update', stepId: 'a', patch: { label: 'a' } })).toBe(false);
    expect(store.getState().canUndo).toBe(false);
    expect(notifications).toBe(0);
  });

  it('coalesces typing into one undo step until the group is closed', () => {
    const store = createEditorStore(makeTestMap());
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

  it('selection is session state: never in history, pruned when elements disappear', () => {
    const store = createEditorStore(makeTestMap());
    store.select({ stepIds: ['a', 'b', 'ghost'], flowIds: ['f2'] });
    expect(store.getState().selection).toEqual({ stepIds: ['a', 'b'], flowIds: ['f2'], annotationIds: [], laneIds: [] });
    expect(store.getState().canUndo).toBe(false);
    store.dispatch({ type: 'elements/delete', stepIds: ['b'], flowIds: [], annotationIds: [] });
    expect(store.getState().selection.stepIds).toEqual(['a']);
    expect(store.getState().selection.flowIds).toEqual([]);
    store.undo();
    expect(store.getState().selection.stepIds).toEqual(['a']);
    store.clearSelection();
    expect(store.getState().selection.stepIds).toEqual([]);
  });

  it('getState keeps its identity until something changes', () => {
    const store = createEditorStore(makeTestMap());
    const first = store.getState();
    store.select({});
    expect(store.getState()).toBe(first);
    store.select({ stepIds: ['a'] });
    expect(store.getState()).not.toBe(first);
  });

  it('dirty follows the saved position; markSaved stamps updatedAt outside history', () => {
    const store = createEditorStore(makeTestMap());
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

  it('loadDocument replaces the document and clears history and selection', () => {
    const store = createEditorStore(makeTestMap());
    store.dispatch({ type: 'step/add', step: makeStep('c', 'sec') });
    store.select({ stepIds: ['c'] });
    const other = makeTestMap();
    other.meta.title = 'Ander';
    store.loadDocument(other, { handle: 'h', name: 'ander.stroomlijn' });
    expect(store.getState()).toMatchObject({ map: other, dirty: false, canUndo: false, canRedo: false, fileName: 'ander.stroomlijn' });
    expect(store.getState().selection.stepIds).toEqual([]);
  });

  it('setTarget switches to the future state only when it exists', () => {
    const store = createEditorStore(makeTestMap());
    store.setTarget('future');
    expect(store.getState().target).toBe('current');
    store.loadDocument(makeTestMapWithFuture(), { handle: null, name: null });
    store.setTarget('future');
    expect(store.getState().target).toBe('future');
    store.dispatch({ type: 'step/update', target: 'future', stepId: 'b', patch: { waitTime: 5 } });
    expect(store.getState().map.future?.steps[2]?.waitTime).toBe(5);
    expect(store.getState().map.steps[2]?.waitTime).toBe(120);
  });

  it('walks 250 edits back to the first document and forward again', () => {
    const initial = makeTestMap();
    const store = createEditorStore(initial);
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
});
