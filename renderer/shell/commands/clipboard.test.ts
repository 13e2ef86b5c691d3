import { describe, expect, it } from 'vitest';
import { makeTestMap } from '../../../shared/commands/testSupport';
import type { ProcessMap } from '../../../shared/model/types';
import { createEditor } from '../../base/editor';
import { createEditorClipboard } from './clipboard';

/** A document and session with the clipboard on them. */
function clipboardOn(map: ProcessMap) {
  const { documents, session } = createEditor(map);
  return { store: documents, session, clipboard: createEditorClipboard(documents, session) };
}

describe('editor clipboard', () => {
  it('copies selected steps with the flows between them and pastes them with fresh ids and an offset', () => {
    const { store, session, clipboard } = clipboardOn(makeTestMap());
    session.select({ stepIds: ['start', 'a', 'b'], annotationIds: ['n1'] });
    expect(clipboard.copy()).not.toBeNull();
    expect(clipboard.paste()).toBe(true);
    const { map } = store.getState();
    const { selection } = session.getState();
    expect(map.steps).toHaveLength(7);
    const pasted = map.steps.slice(-2);
    expect(pasted.map((step) => step.label)).toEqual(['a', 'b']);
    expect(pasted.every((step) => !['a', 'b'].includes(step.id))).toBe(true);
    expect(pasted[0]?.position).toEqual({ x: 240, y: 40 });
    const pastedFlow = map.flows.at(-1);
    expect(pastedFlow).toMatchObject({ from: pasted[0]?.id, to: pasted[1]?.id, medium: 'email' });
    expect(map.annotations).toHaveLength(2);
    expect(selection.stepIds).toEqual(pasted.map((step) => step.id));
    // A second paste lands further along, and is one undo step.
    clipboard.paste();
    expect(store.getState().map.steps.at(-1)?.position).toEqual({ x: 480, y: 80 });
    store.undo();
    expect(store.getState().map.steps).toHaveLength(7);
  });

  it('checks pasted text as a file is checked: hostile keys refused, missing fields get their defaults', () => {
    const { store, clipboard } = clipboardOn(makeTestMap());
    const lanes = store.getState().map.lanes;
    const payload = (step: Record<string, unknown>): string =>
      JSON.stringify({ format: 'stroomlijn-clipboard', version: 1, steps: [step], flows: [], annotations: [], lanes });
    const laneId = lanes[0]?.id ?? '';
    // A step with a `constructor` key would be saved and then refused on open.
    expect(clipboard.paste(payload({ id: 'x1', type: 'activity', laneId, position: { x: 0, y: 0 }, constructor: { prototype: {} } }))).toBe(false);
    expect(clipboard.paste(`{"format":"stroomlijn-clipboard","version":1,"steps":[{"id":"x1","type":"activity","laneId":"${laneId}","__proto__":{"polluted":1}}],"flows":[],"annotations":[],"lanes":[]}`)).toBe(false);
    // Numbers the format refuses, and a step that is not a step at all.
    expect(clipboard.paste(payload({ id: 'x1', type: 'activity', laneId, processTime: -5 }))).toBe(false);
    expect(clipboard.paste(payload({ id: 'x1', type: 'teleport', laneId }))).toBe(false);
    expect(store.getState().map.steps).toHaveLength(5);
    // A step without a position used to throw a TypeError; now it gets the file's default.
    expect(clipboard.paste(payload({ id: 'x1', type: 'activity', laneId, label: 'Zonder positie' }))).toBe(true);
    const pasted = store.getState().map.steps.at(-1);
    expect(pasted).toMatchObject({ label: 'Zonder positie', processTime: 0, completeAccurate: 1 });
    expect(pasted?.position).toEqual({ x: 40, y: 40 });
  });

  it('cut removes the selection; paste brings it back in place', () => {
    const { store, session, clipboard } = clipboardOn(makeTestMap());
    session.select({ stepIds: ['b'] });
    clipboard.cut();
    expect(store.getState().map.steps.map((step) => step.id)).toEqual(['start', 'a', 'd', 'end']);
    clipboard.paste();
    expect(store.getState().map.steps.at(-1)).toMatchObject({ label: 'b', laneId: 'mgr', position: { x: 400, y: 0 } });
  });

  it('pastes clipboard text from another window into the lane with the same name', () => {
    const source = clipboardOn(makeTestMap());
    source.session.select({ stepIds: ['b'] });
    const sourceClipboard = source.clipboard;
    const text = sourceClipboard.copy();
    const otherMap = makeTestMap();
    otherMap.lanes = [{ id: 'x1', name: 'Iemand' }, { id: 'x2', name: 'Manager' }, ...otherMap.lanes.filter((lane) => lane.id === 'sec')];
    otherMap.steps = otherMap.steps.map((step) => ({ ...step, laneId: 'sec' }));
    const { store: target, clipboard: targetClipboard } = clipboardOn(otherMap);
    expect(targetClipboard.hasContent()).toBe(false);
    expect(targetClipboard.paste(text)).toBe(true);
    expect(target.getState().map.steps.at(-1)?.laneId).toBe('x2');
    expect(targetClipboard.paste('gewone tekst')).toBe(true);
  });

  it('copies nothing when only the start step is selected', () => {
    const { session, clipboard } = clipboardOn(makeTestMap());
    session.select({ stepIds: ['start'] });
    expect(clipboard.canCopy()).toBe(false);
    expect(clipboard.copy()).toBeNull();
    expect(clipboard.paste()).toBe(false);
  });
});
