import { describe, expect, it } from 'vitest';
import { makeStep, makeTestMap, makeTestMapWithFuture } from '../../../shared/commands/testSupport';
import { createDocumentStore } from '../store/documentStore';
import { createSessionStore } from './sessionStore';
import { readShownState } from './shownState';

function setup(map = makeTestMap()) {
  const documents = createDocumentStore(map);
  return { documents, session: createSessionStore(documents) };
}

describe('createSessionStore', () => {
  it('keeps the selection out of the document and its history, and drops ids that disappear', () => {
    const { documents, session } = setup();
    session.select({ stepIds: ['a', 'b', 'ghost'], flowIds: ['f2'] });
    expect(session.getState().selection).toEqual({ stepIds: ['a', 'b'], flowIds: ['f2'], annotationIds: [], laneIds: [] });
    expect(documents.getState().canUndo).toBe(false);
    documents.dispatch({ type: 'elements/delete', stepIds: ['b'], flowIds: [], annotationIds: [] });
    // b and the flows touching it (f2: a → b) are gone.
    expect(session.getState().selection).toEqual({ stepIds: ['a'], flowIds: [], annotationIds: [], laneIds: [] });
    documents.undo();
    expect(session.getState().selection.stepIds).toEqual(['a']);
    session.clearSelection();
    expect(session.getState().selection.stepIds).toEqual([]);
  });

  it('keeps its identity until something changes', () => {
    const { session } = setup();
    const first = session.getState();
    session.select({});
    session.setOverlay('none');
    expect(session.getState()).toBe(first);
    session.select({ stepIds: ['a'] });
    expect(session.getState()).not.toBe(first);
  });

  it('switches to the future state, stored or derived from the actions, with nothing selected', () => {
    const { documents, session } = setup();
    session.select({ stepIds: ['a'] });
    session.setTarget('future');
    // No future stored: the derived one is shown (and the first edit stores it).
    expect(session.getState()).toMatchObject({ target: 'future', selection: { stepIds: [] } });
    expect(readShownState(documents, session).steps.map((step) => step.id)).toEqual(documents.getState().map.steps.map((step) => step.id));
    documents.loadDocument(makeTestMapWithFuture(), { handle: null, name: null });
    session.setTarget('future');
    expect(readShownState(documents, session)).toBe(documents.getState().map.future);
    documents.dispatch({ type: 'future/clear' });
    expect(session.getState().target).toBe('future');
  });

  it('forgets what pointed into the old document when another one is loaded; overlays and views stay', () => {
    const { documents, session } = setup();
    documents.dispatch({ type: 'step/add', step: makeStep('c', 'sec') });
    session.select({ stepIds: ['c'] });
    session.setOverlay('heat-wait');
    session.highlightFinding('waiting:long-wait:s2');
    session.setView('pick');
    documents.loadDocument(makeTestMap(), { handle: null, name: null });
    expect(session.getState()).toMatchObject({
      selection: { stepIds: [] },
      highlightedFindingId: null,
      target: 'current',
      overlay: 'heat-wait',
      view: 'pick',
    });
  });

  it('lets the state tab choose the shown state, also when undo brings the future back', () => {
    const { documents, session } = setup(makeTestMapWithFuture());
    session.setView('future');
    expect(session.getState()).toMatchObject({ view: 'future', target: 'future' });
    session.setView('comparison');
    expect(session.getState()).toMatchObject({ view: 'comparison', target: 'future' });
    session.setView('current');
    expect(session.getState().target).toBe('current');
    session.setView('future');
    documents.dispatch({ type: 'future/clear' });
    // The future tab keeps showing the future: now the one the actions make.
    expect(session.getState().target).toBe('future');
    documents.undo();
    expect(session.getState().target).toBe('future');
  });

  it('counts requests to reveal the actions panel', () => {
    const { session } = setup();
    session.openAction({ kind: 'new' });
    session.openAction({ kind: 'action', actionId: 'action1' }, { reveal: true });
    expect(session.getState()).toMatchObject({ openAction: { kind: 'action', actionId: 'action1' }, revealActionsRequest: 1 });
  });

  it('hears of a document change before later subscribers do', () => {
    const { documents, session } = setup();
    session.select({ stepIds: ['b'] });
    const seen: (readonly string[])[] = [];
    documents.subscribe(() => seen.push(session.getState().selection.stepIds));
    documents.dispatch({ type: 'elements/delete', stepIds: ['b'], flowIds: [], annotationIds: [] });
    expect(seen).toEqual([[]]);
  });

  it('holds presentation mode, quick entry and the start offer, and an edit or a new document changes none of them', () => {
    const { documents, session } = setup();
    expect(session.getState()).toMatchObject({ presenting: false, quickEntryOpen: false, startOfferedForLoad: 0 });
    session.setPresenting(true);
    session.setQuickEntryOpen(true);
    session.select({ stepIds: ['a'] });
    documents.dispatch({ type: 'step/update', stepId: 'a', patch: { label: 'Anders' } });
    expect(session.getState()).toMatchObject({ presenting: true, quickEntryOpen: true, startOfferedForLoad: 0, selection: { stepIds: ['a'] } });
    session.dismissStart();
    expect(session.getState().startOfferedForLoad).toBeNull();
    documents.loadDocument(makeTestMap(), { handle: null, name: null });
    session.offerStart(documents.getState().loadCount);
    expect(session.getState()).toMatchObject({ presenting: true, quickEntryOpen: true, startOfferedForLoad: 1 });
    const before = session.getState();
    session.setPresenting(true);
    session.offerStart(1);
    expect(session.getState()).toBe(before);
  });

  it('gives every window its own: two sessions do not share presentation mode or quick entry', () => {
    const first = setup().session;
    const second = setup().session;
    first.setPresenting(true);
    first.setQuickEntryOpen(true);
    expect(second.getState()).toMatchObject({ presenting: false, quickEntryOpen: false });
  });
});
