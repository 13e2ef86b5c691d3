import type { StroomlijnBridge } from '../../../shared/ipc/contract';
import { parseMap } from '../../../shared/model/parse';
import { serializeMap } from '../../../shared/model/serialize';
import type { Language } from '../../../shared/model/vocabulary';
import type { DialogController } from '../dialogs/dialogController';
import type { DocumentState, DocumentStore } from '../../base/store/documentStore';

/** A recovery copy is written this long after the last edit (VS Code's "backup one second after each edit"). */
export const RECOVERY_DELAY_MS = 1000;

export interface RecoveryService {
  /** Offers the copies an earlier run left behind (after a crash), once at start. */
  offerRecovered(): Promise<void>;
  /** Removes this window's copy now (the document was saved or discarded). */
  discardOwnCopy(): Promise<void>;
  dispose(): void;
}

export interface RecoveryDependencies {
  documents: DocumentStore;
  bridge: StroomlijnBridge;
  dialogs: DialogController;
  uiLanguage: () => Language;
  documentId: string;
  delayMs?: number;
  onError?: (error: unknown) => void;
  /**
   * Registers a listener for the window losing focus (the user switches to another app,
   * which is when work is most often left behind); returns its removal.
   */
  subscribeBlur?: (listener: () => void) => () => void;
}

/**
 * Keeps a recovery copy of the unsaved document, so a crash never loses more than the
 * last second of work: while the document is dirty a copy is written shortly after each
 * edit; once it is clean again (saved, undone to the saved version, replaced) the copy
 * is removed. On the next start the copies are offered for restore.
 */
export function startRecovery(dependencies: RecoveryDependencies): RecoveryService {
  const { documents, bridge, dialogs, documentId } = dependencies;
  const delayMs = dependencies.delayMs ?? RECOVERY_DELAY_MS;
  const reportError = dependencies.onError ?? ((error: unknown) => console.error('Recovery copy failed', error));
  let timer: ReturnType<typeof setTimeout> | null = null;
  let written: DocumentState['map'] | null = null;
  let hasCopy = false;

  const cancelTimer = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };

  const write = () => {
    timer = null;
    const { map, fileHandle, fileName, dirty } = documents.getState();
    if (!dirty || map === written) return;
    written = map;
    hasCopy = true;
    bridge
      .writeRecovery({ documentId, title: map.meta.title.trim() || fileName || '', handle: fileHandle, text: serializeMap(map) })
      .then((result) => {
        if (!result.ok) reportError(new Error(result.message));
      })
      .catch(reportError);
  };

  const discardOwnCopy = async () => {
    cancelTimer();
    written = null;
    if (!hasCopy) return;
    hasCopy = false;
    await bridge.discardRecovery(documentId).catch(reportError);
  };

  const onChange = () => {
    const { dirty, map } = documents.getState();
    if (!dirty) {
      void discardOwnCopy();
      return;
    }
    if (map !== written && timer === null) timer = setTimeout(write, delayMs);
  };
  const unsubscribe = documents.subscribe(onChange);
  const unsubscribeBlur = dependencies.subscribeBlur?.(() => {
    cancelTimer();
    write();
  });

  return {
    discardOwnCopy,
    dispose() {
      unsubscribe();
      unsubscribeBlur?.();
      cancelTimer();
    },
    async offerRecovered() {
      const copies = await bridge.listRecovered().catch((error: unknown) => (reportError(error), []));
      if (copies.length === 0) return;
      const choice = await dialogs.chooseRecovered(copies);
      if (choice.kind === 'later') return;
      if (choice.kind === 'discardAll') {
        await Promise.all(copies.map((copy) => bridge.discardRecovery(copy.documentId).catch(reportError)));
        return;
      }
      const chosen = copies.find((copy) => copy.documentId === choice.documentId);
      if (!chosen) return;
      const parsed = parseMap(chosen.text, { language: dependencies.uiLanguage() });
      if (!parsed.ok) {
        await dialogs.showMessage({ titleKey: 'app:dialogs.openFailedTitle', lines: parsed.problems.map((problem) => problem.message) });
        return;
      }
      // The restored map is unsaved work: dirty, saved back to its own file when it had one.
      documents.loadDocument(parsed.map, { handle: chosen.handle, name: chosen.fileName }, { unsaved: true });
      // This window now keeps the copy under its own id; the old one can go.
      await bridge.discardRecovery(chosen.documentId).catch(reportError);
    },
  };
}
