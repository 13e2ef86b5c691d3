import { createContext, useContext } from 'react';

/**
 * What node components need beyond their data: finishing an inline text edit. Provided by
 * FlowCanvas with stable functions, so node data stays free of callbacks.
 */
export interface CanvasEditing {
  /** Saves the text of a step (its label) or annotation and leaves edit mode. */
  commitText: (nodeId: string, text: string) => void;
  /** Leaves edit mode without saving. */
  cancelEditing: () => void;
  startEditing: (nodeId: string) => void;
}

const noop = (): void => undefined;

export const CanvasEditingContext = createContext<CanvasEditing>({
  commitText: noop,
  cancelEditing: noop,
  startEditing: noop,
});

export function useCanvasEditing(): CanvasEditing {
  return useContext(CanvasEditingContext);
}
