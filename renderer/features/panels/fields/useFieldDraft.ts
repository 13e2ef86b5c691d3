import { useState } from 'react';
import type { TextMessage } from '../../../../shared/i18n/textMessage';

interface DraftState<Stored, Extra> {
  /** What the field shows: what the person typed, or the stored value formatted. */
  text: string;
  /** The stored value the text was last in agreement with. */
  basis: Stored;
  /** The validation message shown, null when the text is valid (or still being typed). */
  message: TextMessage | null;
  /** A message held back while the person types ("1.80" on the way to "1.800"), shown when the field is left. */
  pendingMessage: TextMessage | null;
  /** Field-specific state that resets with the text (a duration's unit). */
  extra: Extra;
}

export interface FieldDraft<Stored, Extra> {
  text: string;
  message: TextMessage | null;
  extra: Extra;
  /** The stored value the text agrees with (the last valid value). */
  basis: Stored;
  /** The person typed `text` that reads as `value`: show it, remember the value as agreed. */
  accept(text: string, value: Stored, extra?: Extra): void;
  /**
   * The person typed `text` that cannot be stored: show it with a message (or, when `quiet`,
   * keep the message until the field is left); the stored value stays.
   */
  reject(text: string, message: TextMessage, extra?: Extra, quiet?: boolean): void;
  /**
   * The field is left: a held-back message is shown; a valid text is replaced by `understood`
   * (the stored value as the field writes it), so the person sees which number was read.
   */
  settle(understood?: string): void;
}

/**
 * Local text of an input bound to a document value that is only written when valid.
 * While the person types, the text is theirs (with a message when it is impossible);
 * when the stored value changes from elsewhere (undo, the canvas, another window) the
 * field shows the new value again. The comparison is with the last value this field
 * wrote, so a value that went through the store unchanged never resets the cursor.
 */
export function useFieldDraft<Stored, Extra = undefined>(
  stored: Stored,
  present: (value: Stored) => { text: string; extra: Extra },
  sameValue: (left: Stored, right: Stored) => boolean = Object.is,
): FieldDraft<Stored, Extra> {
  const fresh = (value: Stored): DraftState<Stored, Extra> => ({ ...present(value), basis: value, message: null, pendingMessage: null });
  const [draft, setDraft] = useState<DraftState<Stored, Extra>>(() => fresh(stored));
  let current = draft;
  if (!sameValue(draft.basis, stored)) {
    // Adjusting state while rendering (not in an effect) avoids one frame showing the stale text.
    current = fresh(stored);
    setDraft(current);
  }
  const keepExtra = (previous: Extra, extra: Extra | undefined): Extra => (extra === undefined ? previous : extra);
  return {
    text: current.text,
    message: current.message,
    extra: current.extra,
    basis: current.basis,
    accept: (text, value, extra) =>
      setDraft((previous) => ({ text, basis: value, message: null, pendingMessage: null, extra: keepExtra(previous.extra, extra) })),
    reject: (text, message, extra, quiet = false) =>
      setDraft((previous) => ({
        ...previous,
        text,
        message: quiet ? null : message,
        pendingMessage: quiet ? message : null,
        extra: keepExtra(previous.extra, extra),
      })),
    settle: (understood) =>
      setDraft((previous) => {
        if (previous.pendingMessage) return { ...previous, message: previous.pendingMessage, pendingMessage: null };
        if (previous.message || understood === undefined || understood === previous.text) return previous;
        return { ...previous, text: understood };
      }),
  };
}
