import type { PaletteKind } from '../../shared/model/elements';

/**
 * The imperative side of the canvas for the toolbar, menus and the action registry.
 * FlowCanvas registers the implementation while it is mounted; calls before that (or
 * after it unmounts) do nothing.
 */
export interface CanvasApi {
  zoomIn: () => void;
  zoomOut: () => void;
  fitView: () => void;
  /** Arranges the shown state with ELK in a worker; one `layout/apply` (one undo step). */
  autoLayout: () => Promise<void>;
  /** Adds a palette element: after the selected step, else in the middle of the view. */
  addElement: (kind: PaletteKind) => void;
  /** Starts inline editing of the selected step's or annotation's text (F2). */
  editSelectedLabel: () => void;
  /** Pans and zooms so these steps are in view (a finding shown on the map). */
  revealSteps: (stepIds: readonly string[]) => void;
}

let registered: CanvasApi | null = null;

export function registerCanvasApi(api: CanvasApi): () => void {
  registered = api;
  return () => {
    if (registered === api) registered = null;
  };
}

export function isCanvasMounted(): boolean {
  return registered !== null;
}

export const canvasController: CanvasApi = {
  zoomIn: () => registered?.zoomIn(),
  zoomOut: () => registered?.zoomOut(),
  fitView: () => registered?.fitView(),
  autoLayout: () => registered?.autoLayout() ?? Promise.resolve(),
  addElement: (kind) => registered?.addElement(kind),
  editSelectedLabel: () => registered?.editSelectedLabel(),
  revealSteps: (stepIds) => registered?.revealSteps(stepIds),
};
