import { useMemo, useState } from 'react';
import type { SessionStore } from '../../base/session/sessionStore';
import type { DocumentStore } from '../../base/store/documentStore';
import type { CanvasEditing } from './canvasEditing';
import { annotationIdOfNode } from './flowTypes';

/** Which node's text is being edited inline, and how an edit is saved (one command). */
export function useCanvasEditingState(documents: DocumentStore, session: SessionStore): { editingNodeId: string | null; editing: CanvasEditing } {
  const [editingNodeId, setEditingNodeId] = useState<string | null>(null);
  const editing = useMemo<CanvasEditing>(
    () => ({
      startEditing: setEditingNodeId,
      cancelEditing: () => setEditingNodeId(null),
      commitText: (nodeId, text) => {
        setEditingNodeId(null);
        const target = session.getState().target;
        const annotationId = annotationIdOfNode(nodeId);
        if (annotationId !== null) documents.dispatch({ type: 'annotation/update', target, annotationId, patch: { text: text.trim() } });
        else documents.dispatch({ type: 'step/update', target, stepId: nodeId, patch: { label: text.trim() } });
      },
    }),
    [documents, session],
  );
  return { editingNodeId, editing };
}
