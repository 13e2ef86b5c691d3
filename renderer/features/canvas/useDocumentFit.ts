import { useEffect } from 'react';
import type { EditorStore } from '../../base/store/editorStoreTypes';

/**
 * Fits the view when another document is loaded (new, open, template, test hook): the
 * store then has a new map with no history at all. Edits, undo and save never qualify
 * (edits and redo leave something to undo; undo leaves something to redo; a save keeps the
 * same steps).
 */
export function useDocumentFit(store: EditorStore, fit: () => void): void {
  useEffect(() => {
    let previous = store.getState();
    return store.subscribe(() => {
      const next = store.getState();
      const loaded = next.map !== previous.map && next.map.steps !== previous.map.steps && !next.canUndo && !next.canRedo;
      previous = next;
      if (loaded) requestAnimationFrame(fit);
    });
  }, [store, fit]);
}
