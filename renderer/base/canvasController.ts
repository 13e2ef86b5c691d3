import type { PaletteKind } from '../../shared/model/elements';

/**
 * The imperative side of the canvas for the toolbar, menus and panels (the menu commands,
 * a finding shown on the map).
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

/** The canvas API the app hands to the toolbar, menus and panels; the canvas registers itself into it. */
export interface CanvasController extends CanvasApi {
  /** FlowCanvas registers its implementation while it is mounted; returns the unregister function. */
  register(api: CanvasApi): () => void;
}

/**
 * One per window, created by the shell (tests make their own). Calls before the canvas is
 * mounted, or after it unmounts, do nothing.
 */
export function createCanvasController(): CanvasController {
  let registered: CanvasApi | null = null;
  return {
    register(api) {
      registered = api;
      return () => {
        if (registered === api) registered = null;
      };
    },
    zoomIn: () => registered?.zoomIn(),
    zoomOut: () => registered?.zoomOut(),
    fitView: () => registered?.fitView(),
    autoLayout: () => registered?.autoLayout() ?? Promise.resolve(),
    addElement: (kind) => registered?.addElement(kind),
    editSelectedLabel: () => registered?.editSelectedLabel(),
    revealSteps: (stepIds) => registered?.revealSteps(stepIds),
  };
}
