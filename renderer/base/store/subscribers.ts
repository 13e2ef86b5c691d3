/** A store the way React's useSyncExternalStore reads it. */
export interface Subscribable<State> {
  /** The current state; the same object until something changes. */
  getState(): State;
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

export interface Subscribers {
  subscribe: (listener: () => void) => () => void;
  notify: () => void;
}

/**
 * The listener list behind every renderer store (documents, session, analysis, dialogs):
 * listeners run in the order they subscribed, and one that unsubscribes while others run
 * does not disturb them.
 */
export function createSubscribers(): Subscribers {
  const listeners = new Set<() => void>();
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    notify() {
      for (const listener of [...listeners]) listener();
    },
  };
}
