import { useState } from 'react';

interface DraftState<Stored, Extra> {
  /** What the field shows: what the person typed, or the stored value formatted. */
  text: string;
  /** The stored value the text was last in agreement with. */
  basis: Stored;
  /** i18n key (namespace `panels`) of the validation message, null when the text is valid. */
  messageKey: string | null;
  /** Field-specific state that resets with the text (a duration's unit). */
  extra: Extra;
}

export interface FieldDraft<Stored, Extra> {
  text: string;
  messageKey: string | null;
  extra: Extra;
  /** The person typed `text` that reads as `value`: show it, remember the value as agreed. */
  accept(text: string, value: Stored, extra?: Extra): void;
  /** The person typed `text` that cannot be stored: show it with a message; the stored value stays. */
  reject(text: string, messageKey: string, extra?: Extra): void;
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
  const [draft, setDraft] = useState<DraftState<Stored, Extra>>(() => ({ ...present(stored), basis: stored, messageKey: null }));
  let current = draft;
  if (!sameValue(draft.basis, stored)) {
    // Adjusting state while rendering (not in an effect) avoids one frame showing the stale text.
    current = { ...present(stored), basis: stored, messageKey: null };
    setDraft(current);
  }
  return {
    text: current.text,
    messageKey: current.messageKey,
    extra: current.extra,
    accept: (text, value, extra) =>
      setDraft((previous) => ({ text, basis: value, messageKey: null, extra: extra === undefined ? previous.extra : extra })),
    reject: (text, messageKey, extra) =>
      setDraft((previous) => ({ ...previous, text, messageKey, extra: extra === undefined ? previous.extra : extra })),
  };
}
