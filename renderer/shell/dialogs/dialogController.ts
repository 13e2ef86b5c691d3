import { createSubscribers } from '../../base/store/subscribers';

/** What the user answered to "Save the changes?". */
export type DiscardChoice = 'save' | 'discard' | 'cancel';

/** What the user answered to "The file changed on disk since you opened it". */
export type ConflictChoice = 'overwrite' | 'saveAs' | 'cancel';

/** A document a crashed run left behind, as the restore dialog lists it. */
export interface RecoverableDocument {
  documentId: string;
  title: string;
  savedAt: string;
}

/** What the user chose in the restore dialog. "later" keeps the copies for the next start. */
export type RecoveryChoice = { kind: 'restore'; documentId: string } | { kind: 'discardAll' } | { kind: 'later' };

/** What the user picked in the templates dialog. */
export type TemplateChoice = { kind: 'empty' } | { kind: 'template'; templateId: string } | null;

/** A message dialog: a title key and translated lines (e.g. the problems of a file). */
export interface MessageDialogContent {
  titleKey: string;
  intro?: string;
  lines: string[];
  /** Lines that were not listed ("…and 3 more problems"). */
  hiddenCount?: number;
}

export type OpenDialog =
  | { kind: 'confirmDiscard'; title: string; resolve: (choice: DiscardChoice) => void }
  | { kind: 'message'; content: MessageDialogContent; resolve: () => void }
  | { kind: 'confirmOverwrite'; fileName: string; resolve: (choice: ConflictChoice) => void }
  | { kind: 'restoreRecovered'; documents: readonly RecoverableDocument[]; resolve: (choice: RecoveryChoice) => void }
  | { kind: 'templates'; resolve: (choice: TemplateChoice) => void }
  | { kind: 'about'; resolve: () => void };

/**
 * The app's modal dialogs as a tiny external store: code asks and awaits an answer
 * (`await dialogs.confirmDiscard(title)`), `DialogHost` renders whichever dialog is open.
 * One dialog at a time; asking for another answers the open one with its cancel value.
 */
export interface DialogController {
  getOpenDialog(): OpenDialog | null;
  subscribe(listener: () => void): () => void;
  confirmDiscard(title: string): Promise<DiscardChoice>;
  confirmOverwrite(fileName: string): Promise<ConflictChoice>;
  chooseRecovered(documents: readonly RecoverableDocument[]): Promise<RecoveryChoice>;
  showMessage(content: MessageDialogContent): Promise<void>;
  chooseTemplate(): Promise<TemplateChoice>;
  showAbout(): Promise<void>;
}

function cancelValueOf(dialog: OpenDialog): void {
  if (dialog.kind === 'confirmDiscard' || dialog.kind === 'confirmOverwrite') dialog.resolve('cancel');
  else if (dialog.kind === 'restoreRecovered') dialog.resolve({ kind: 'later' });
  else if (dialog.kind === 'templates') dialog.resolve(null);
  else dialog.resolve();
}

export function createDialogController(): DialogController {
  let open: OpenDialog | null = null;
  const subscribers = createSubscribers();

  function show<Answer>(make: (resolve: (answer: Answer) => void) => OpenDialog): Promise<Answer> {
    if (open) cancelValueOf(open);
    return new Promise<Answer>((resolvePromise) => {
      const dialog = make((answer) => {
        if (open === dialog) {
          open = null;
          subscribers.notify();
        }
        resolvePromise(answer);
      });
      open = dialog;
      subscribers.notify();
    });
  }

  return {
    getOpenDialog: () => open,
    subscribe: subscribers.subscribe,
    confirmDiscard: (title) => show<DiscardChoice>((resolve) => ({ kind: 'confirmDiscard', title, resolve })),
    confirmOverwrite: (fileName) => show<ConflictChoice>((resolve) => ({ kind: 'confirmOverwrite', fileName, resolve })),
    chooseRecovered: (documents) => show<RecoveryChoice>((resolve) => ({ kind: 'restoreRecovered', documents, resolve })),
    showMessage: (content) => show<void>((resolve) => ({ kind: 'message', content, resolve: () => resolve() })),
    chooseTemplate: () => show<TemplateChoice>((resolve) => ({ kind: 'templates', resolve })),
    showAbout: () => show<void>((resolve) => ({ kind: 'about', resolve: () => resolve() })),
  };
}
