import type { Patch } from 'immer';
import { describe, expect, it } from 'vitest';
import { EditHistory, type HistoryEntry } from './history';

function entry(value: number, coalesceKey?: string): HistoryEntry {
  const patches: Patch[] = [{ op: 'replace', path: ['value'], value }];
  const inversePatches: Patch[] = [{ op: 'replace', path: ['value'], value: value - 1 }];
  return coalesceKey === undefined ? { labelKey: `edit ${value}`, patches, inversePatches } : { labelKey: `edit ${value}`, patches, inversePatches, coalesceKey };
}

describe('EditHistory', () => {
  it('undoes and redoes in order and clears redo on a new edit', () => {
    const history = new EditHistory();
    history.record(entry(1));
    history.record(entry(2));
    expect(history.undoLabelKey).toBe('edit 2');
    expect(history.undo()?.labelKey).toBe('edit 2');
    expect(history.canRedo).toBe(true);
    expect(history.redoLabelKey).toBe('edit 2');
    expect(history.redo()?.labelKey).toBe('edit 2');
    history.undo();
    history.record(entry(3));
    expect(history.canRedo).toBe(false);
    expect(history.redo()).toBeNull();
    expect(history.undo()?.labelKey).toBe('edit 3');
    expect(history.undo()?.labelKey).toBe('edit 1');
    expect(history.undo()).toBeNull();
  });

  it('ignores entries without patches', () => {
    const history = new EditHistory();
    history.record({ labelKey: 'nothing', patches: [], inversePatches: [] });
    expect(history.canUndo).toBe(false);
  });

  it('coalesces consecutive entries with the same key until the group is closed', () => {
    const history = new EditHistory();
    history.record(entry(1, 'label:a'));
    history.record(entry(2, 'label:a'));
    history.record(entry(3, 'label:a'));
    expect(history.undoDepth).toBe(1);
    history.closeGroup();
    history.record(entry(4, 'label:a'));
    history.record(entry(5, 'label:b'));
    expect(history.undoDepth).toBe(3);
    history.undo();
    history.undo();
    const merged = history.undo();
    expect(merged?.patches.map((patch) => patch.value as number)).toEqual([1, 2, 3]);
    // Undo applies the inverses newest first: 3→2, 2→1, 1→0.
    expect(merged?.inversePatches.map((patch) => patch.value as number)).toEqual([2, 1, 0]);
  });

  it('does not coalesce across an undo', () => {
    const history = new EditHistory();
    history.record(entry(1, 'k'));
    history.record(entry(2, 'k'));
    history.undo();
    history.record(entry(3, 'k'));
    expect(history.undoDepth).toBe(1);
    expect(history.canRedo).toBe(false);
  });

  it('derives the saved position: undoing back to it is clean again', () => {
    const history = new EditHistory();
    expect(history.isAtSaved).toBe(true);
    history.record(entry(1));
    expect(history.isAtSaved).toBe(false);
    history.markSaved();
    expect(history.isAtSaved).toBe(true);
    history.record(entry(2));
    expect(history.isAtSaved).toBe(false);
    history.undo();
    expect(history.isAtSaved).toBe(true);
    history.undo();
    expect(history.isAtSaved).toBe(false);
    history.redo();
    expect(history.isAtSaved).toBe(true);
  });

  it('saving ends a typing group, so undo returns exactly to the saved text', () => {
    const history = new EditHistory();
    history.record(entry(1, 'typing'));
    history.markSaved();
    history.record(entry(2, 'typing'));
    expect(history.undoDepth).toBe(2);
    expect(history.isAtSaved).toBe(false);
    history.undo();
    expect(history.isAtSaved).toBe(true);
  });

  it('keeps 250 undo steps (and more) and walks all of them back and forth', () => {
    const history = new EditHistory();
    for (let value = 1; value <= 600; value += 1) history.record(entry(value));
    for (let value = 600; value > 350; value -= 1) expect(history.undo()?.labelKey).toBe(`edit ${value}`);
    expect(history.undoDepth).toBe(350);
    for (let value = 351; value <= 600; value += 1) expect(history.redo()?.labelKey).toBe(`edit ${value}`);
    expect(history.canRedo).toBe(false);
  });

  it('drops the oldest entries beyond the limit; the dropped base is never mistaken for the saved one', () => {
    const history = new EditHistory(500);
    history.markSaved();
    for (let value = 1; value <= 501; value += 1) history.record(entry(value));
    expect(history.undoDepth).toBe(500);
    while (history.undo()) {
      // walk to the oldest kept entry
    }
    expect(history.isAtSaved).toBe(false);
  });
});
