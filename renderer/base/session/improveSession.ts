import { useEffect, useRef, useSyncExternalStore } from 'react';

/** What the centre of the window shows: one of the two states on the canvas, or a view of both. */
export type StateView = 'current' | 'future' | 'comparison' | 'pick';

/** Which action the actions panel has open in its editor; 'new' for a blank one. */
export type OpenAction = { kind: 'action'; actionId: string } | { kind: 'suggestion'; suggestionId: string } | { kind: 'new' } | null;

export interface ImproveSessionState {
  view: StateView;
  openAction: OpenAction;
  /** Bumped whenever something asks for the actions panel to be shown (a click on the PICK chart). */
  revealActionsRequest: number;
}

/**
 * Session state of the improvement views, shared by the state tabs above the canvas, the
 * PICK chart and the actions panel in the aside. Never part of the document or history
 * (style.md principle 3). One per window, like the canvas controller.
 */
export interface ImproveSession {
  getState: () => ImproveSessionState;
  subscribe: (listener: () => void) => () => void;
  setView: (view: StateView) => void;
  openAction: (openAction: OpenAction, options?: { reveal?: boolean }) => void;
}

export function createImproveSession(): ImproveSession {
  let state: ImproveSessionState = { view: 'current', openAction: null, revealActionsRequest: 0 };
  const listeners = new Set<() => void>();
  const publish = (next: ImproveSessionState): void => {
    state = next;
    for (const listener of [...listeners]) listener();
  };
  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setView(view) {
      if (view !== state.view) publish({ ...state, view });
    },
    openAction(openAction, options = {}) {
      publish({ ...state, openAction, revealActionsRequest: state.revealActionsRequest + (options.reveal ? 1 : 0) });
    },
  };
}

export const improveSession = createImproveSession();

export function useImproveSession(): ImproveSessionState {
  return useSyncExternalStore(improveSession.subscribe, improveSession.getState, improveSession.getState);
}

/**
 * Calls `reveal` whenever something asks for the actions panel (a click on a PICK dot or a
 * kaizen burst), for the side panel that holds it as a tab.
 */
export function useRevealActionsRequests(reveal: () => void): void {
  const { revealActionsRequest } = useImproveSession();
  const seen = useRef(revealActionsRequest);
  useEffect(() => {
    if (revealActionsRequest === seen.current) return;
    seen.current = revealActionsRequest;
    reveal();
  }, [revealActionsRequest, reveal]);
}
