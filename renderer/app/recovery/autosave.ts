import { RECOVERY_INTERVAL_MILLISECONDS, type StroomlijnBridge } from '../../../shared/ipc/contract';
import type { ProcessMap } from '../../../shared/model/types';
import type { EditorState } from '../editorStoreTypes';

/** A change is written this long after it settles, unless the interval says later. */
const SETTLE_MILLISECONDS = 1_000;

export interface AutosaveTimers {
  setTimeout(callback: () => void, milliseconds: number): unknown;
  clearTimeout(timer: unknown): void;
  now(): number;
}

export interface AutosaveOptions {
  store: { getState(): EditorState; subscribe(listener: () => void): () => void };
  bridge: Pick<StroomlijnBridge, 'writeRecovery' | 'discardRecovery'>;
  /** serializeMap */
  serialize: (map: ProcessMap) => string;
  /** Title for the restore dialog when the map has none and was never saved, in the UI language. */
  untitledTitle: () => string;
  /** crypto.randomUUID */
  createDocumentId: () => string;
  /** Calls back on window blur (and a hidden tab): unwritten changes are written at once. */
  onBlur: (listener: () => void) => () => void;
  intervalMilliseconds?: number;
  timers?: AutosaveTimers;
  onError?: (error: unknown) => void;
}

export interface Autosave {
  /** Writes unwritten changes now (also done on blur). */
  flush(): Promise<void>;
  /**
   * The document just loaded is the restored recovery copy `documentId`: keep writing to
   * (and later remove) that copy instead of starting a new one.
   */
  adopt(documentId: string): void;
  stop(): void;
}

/**
 * Recovery copies of the unsaved document (issue 4, section 3): written at most every 30 s
 * while it changes and at once when the window loses focus; removed as soon as the
 * document is saved, discarded or replaced (the store reports it clean).
 */
export function startAutosave(options: AutosaveOptions): Autosave {
  const interval = options.intervalMilliseconds ?? RECOVERY_INTERVAL_MILLISECONDS;
  const timers = options.timers ?? browserTimers();
  const report = options.onError ?? ((error: unknown) => console.error('Could not write the recovery copy', error));
  let documentId: string | null = null;
  let lastWrittenMap: ProcessMap | null = null;
  let lastWriteAt = Number.NEGATIVE_INFINITY;
  let timer: unknown = null;
  /** Writes and removals run one after another, in the order they were asked for. */
  let queue: Promise<void> = Promise.resolve();
  const enqueue = (work: () => Promise<void>) => (queue = queue.then(work, work));

  const cancelTimer = () => {
    if (timer !== null) timers.clearTimeout(timer);
    timer = null;
  };

  const write = (): Promise<void> => {
    cancelTimer();
    return enqueue(async () => {
      const state = options.store.getState();
      if (!state.dirty || state.map === lastWrittenMap) return;
      documentId ??= options.createDocumentId();
      const map = state.map;
      lastWriteAt = timers.now();
      try {
        const result = await options.bridge.writeRecovery({
          documentId,
          title: map.meta.title.trim() || state.fileName || options.untitledTitle(),
          handle: state.fileHandle,
          text: options.serialize(map),
        });
        if (result.ok) lastWrittenMap = map;
        else report(new Error(result.message));
      } catch (error) {
        report(error);
      }
    });
  };

  const discard = () => {
    cancelTimer();
    const id = documentId;
    documentId = null;
    lastWrittenMap = null;
    if (id === null) return;
    void enqueue(async () => {
      try {
        await options.bridge.discardRecovery(id);
      } catch (error) {
        report(error);
      }
    });
  };

  const onStoreChange = () => {
    const state = options.store.getState();
    if (!state.dirty) {
      discard();
      return;
    }
    if (state.map === lastWrittenMap || timer !== null) return;
    const wait = Math.max(SETTLE_MILLISECONDS, lastWriteAt + interval - timers.now());
    timer = timers.setTimeout(() => {
      timer = null;
      void write();
    }, wait);
  };

  const unsubscribe = options.store.subscribe(onStoreChange);
  const stopBlur = options.onBlur(() => {
    if (timer !== null) void write();
  });
  onStoreChange();

  return {
    flush: () => (timer !== null ? write() : queue),
    adopt(id) {
      // A dirty document replaced by a restored one never looked clean in between: its own copy goes now.
      if (documentId !== null && documentId !== id) discard();
      documentId = id;
      lastWrittenMap = null;
    },
    stop() {
      cancelTimer();
      unsubscribe();
      stopBlur();
    },
  };
}

function browserTimers(): AutosaveTimers {
  return {
    setTimeout: (callback, milliseconds) => window.setTimeout(callback, milliseconds),
    clearTimeout: (timer) => window.clearTimeout(timer as number),
    now: () => Date.now(),
  };
}

/** Window blur, and the tab becoming hidden (the browser may freeze or drop it then). */
export function windowBlurEvents(target: Window = window): (listener: () => void) => () => void {
  return (listener) => {
    const onVisibility = () => {
      if (target.document.visibilityState === 'hidden') listener();
    };
    target.addEventListener('blur', listener);
    target.document.addEventListener('visibilitychange', onVisibility);
    return () => {
      target.removeEventListener('blur', listener);
      target.document.removeEventListener('visibilitychange', onVisibility);
    };
  };
}
