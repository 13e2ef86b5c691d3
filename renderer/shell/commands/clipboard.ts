import type { SessionStore } from '../../base/session/sessionStore';
import { readShownState, shownStateOf } from '../../base/session/shownState';
import type { DocumentStore } from '../../base/store/documentStore';
import {
  buildClipboardPayload,
  parseClipboardPayload,
  PASTE_OFFSET_PX,
  preparePaste,
  serializeClipboardPayload,
  type ClipboardPayload,
} from './clipboardPayload';

/**
 * Copy, cut and paste of map elements. The clipboard is internal (works everywhere) and
 * is mirrored as text on the system clipboard when the platform allows, so a copy in one
 * window can be pasted in another.
 */
export interface EditorClipboard {
  hasContent(): boolean;
  canCopy(): boolean;
  /** Copies the selection; returns the clipboard text, or null when nothing was copyable. */
  copy(): string | null;
  cut(): string | null;
  /** Pastes the given clipboard text when it holds map elements, else the internal clipboard. */
  paste(text?: string | null): boolean;
}

export function createEditorClipboard(documents: DocumentStore, session: SessionStore, writeSystemText?: (text: string) => void): EditorClipboard {
  let payload: ClipboardPayload | null = null;
  let pasteCount = 0;

  function copy(): string | null {
    const copied = buildClipboardPayload(readShownState(documents, session), session.getState().selection);
    if (!copied) return null;
    payload = copied;
    pasteCount = 0;
    const text = serializeClipboardPayload(copied);
    writeSystemText?.(text);
    return text;
  }

  return {
    hasContent: () => payload !== null,
    canCopy() {
      const { selection } = session.getState();
      return buildClipboardPayload(readShownState(documents, session), selection) !== null;
    },
    copy,
    cut() {
      const text = copy();
      if (text === null || !payload) return null;
      const { target } = session.getState();
      documents.dispatch({
        type: 'elements/delete',
        target,
        stepIds: payload.steps.map((step) => step.id),
        flowIds: [],
        annotationIds: payload.annotations.map((annotation) => annotation.id),
      });
      // The cut elements are gone, so the first paste may land where they were.
      pasteCount = -1;
      return text;
    },
    paste(text) {
      const fromText = text ? parseClipboardPayload(text) : null;
      if (fromText && (!payload || serializeClipboardPayload(fromText) !== serializeClipboardPayload(payload))) {
        payload = fromText;
        pasteCount = 0;
      }
      if (!payload) return false;
      const { map } = documents.getState();
      const { target } = session.getState();
      const elements = preparePaste(payload, map, shownStateOf(map, target), PASTE_OFFSET_PX * (pasteCount + 1));
      if (!elements) return false;
      const pasted = documents.dispatch({ type: 'elements/paste', target, ...elements });
      if (pasted) {
        pasteCount += 1;
        session.select({
          stepIds: elements.steps.map((step) => step.id),
          flowIds: elements.flows.map((flow) => flow.id),
          annotationIds: elements.annotations.map((annotation) => annotation.id),
        });
      }
      return pasted;
    },
  };
}
