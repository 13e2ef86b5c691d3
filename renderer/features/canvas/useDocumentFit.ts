import { useEffect } from 'react';
import type { DocumentStore } from '../../base/store/documentStore';

/** Fits the view when another document is loaded (new, open, template, recovery, test hook); never after an edit, undo or save. */
export function useDocumentFit(documents: DocumentStore, fit: () => void): void {
  useEffect(() => {
    let previousLoad = documents.getState().loadCount;
    return documents.subscribe(() => {
      const { loadCount } = documents.getState();
      if (loadCount === previousLoad) return;
      previousLoad = loadCount;
      requestAnimationFrame(fit);
    });
  }, [documents, fit]);
}
