import { useMemo, useState } from 'react';
import type { EditorStore } from '../../base/store/editorStoreTypes';
import type { CanvasEditing } from './canvasEditing';
import { annotationIdOfNode } from './flowTypes';

/** Which node's text is being edited inline, and how an edit is saved (one command). */
export function useCanvasEditingState(store: EditorStore): { editingNodeId: string | null; editing: CanvasEditing } {
  const [editingNodeId, setEditingNodeId] = useState<string | null>(null);
  const editing = useMemo<CanvasEditing>(
    () => ({
      startEditing: setEditingNodeId,
      cancelEditing: () => setEditingNodeId(null),
      commitText: (nodeId, text) => {
        setEditingNodeId(null);
        const target = store.getState().target;
        const annotationId = annotationIdOfNode(nodeId);
        store.closeHistoryGroup();
        if (annotationId !== null) store.dispatch({ type: 'annotation/update', target, annotationId, patch: { text: text.trim() } });
        else store.dispatch({ type: 'step/update', target, stepId: nodeId, patch: { label: text.trim() } });
      },
    }),
    [store],
  );
  return { editingNodeId, editing };
}
