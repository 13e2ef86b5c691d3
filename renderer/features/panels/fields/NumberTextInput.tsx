import type { ReactNode } from 'react';
import { describedBy, type FieldIds } from './FieldRow';

interface NumberTextInputProps {
  ids: FieldIds;
  text: string;
  placeholder: string | undefined;
  tip: string | undefined;
  hint: ReactNode;
  message: string | null;
  onText: (text: string) => void;
  onEditEnd: (() => void) | undefined;
}

/**
 * The text box of a number field: typed as text so "1,5" can be read the Dutch way, marked
 * invalid with the field's message, described by its tip, hint and message.
 */
export function NumberTextInput({ ids, text, placeholder, tip, hint, message, onText, onEditEnd }: NumberTextInputProps) {
  return (
    <input
      id={ids.control}
      className="sl-input sl-input--number"
      type="text"
      inputMode="decimal"
      autoComplete="off"
      value={text}
      placeholder={placeholder}
      aria-invalid={message ? true : undefined}
      aria-describedby={describedBy(ids, { tip, hint, message })}
      onChange={(event) => onText(event.target.value)}
      onBlur={onEditEnd}
    />
  );
}
