import { describe, expect, it } from 'vitest';
import { annotationNodeId } from './flowTypes';
import { selectionAfterChanges } from './selectionSync';

const none = { stepIds: [], flowIds: [], annotationIds: [] };

describe('selectionAfterChanges', () => {
  it('selects a clicked step and drops the previous one', () => {
    const current = { stepIds: ['A'], flowIds: ['f1'], annotationIds: [] };
    expect(selectionAfterChanges(current, [{ id: 'B', selected: true }, { id: 'A', selected: false }], [{ id: 'f1', selected: false }])).toEqual({
      stepIds: ['B'],
      flowIds: [],
      annotationIds: [],
    });
  });

  it('adds to the selection (Ctrl/Shift-click, box) and maps annotation nodes to annotations', () => {
    const current = { stepIds: ['A'], flowIds: [], annotationIds: [] };
    expect(selectionAfterChanges(current, [{ id: 'B', selected: true }, { id: annotationNodeId('a1'), selected: true }], [{ id: 'f2', selected: true }])).toEqual({
      stepIds: ['A', 'B'],
      flowIds: ['f2'],
      annotationIds: ['a1'],
    });
  });

  it('changes nothing without changes', () => {
    expect(selectionAfterChanges(none, [], [])).toEqual(none);
  });
});
