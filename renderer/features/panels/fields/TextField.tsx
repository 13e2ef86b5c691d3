import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { renderTextMessage } from '../../../../shared/i18n/textMessage';
import { FieldRow, describedBy, fieldIds } from './FieldRow';
import { useFieldDraft } from './useFieldDraft';

interface TextFieldProps {
  label: string;
  tip?: string;
  value: string;
  /** Returns the i18n key (namespace `panels`) of a message when the text cannot be stored. */
  validate?: (text: string) => string | null;
  /** Turns what is typed into what is stored (e.g. upper case for a currency code). */
  normalise?: (text: string) => string;
  onCommit: (value: string) => void;
  onEditEnd: () => void;
  multiline?: boolean;
  /** Suggestions offered while typing (a datalist); free text stays allowed. */
  suggestions?: readonly string[];
  placeholder?: string;
  hint?: ReactNode;
  testId?: string;
  maxLength?: number;
}

/** A text or a multi-line text; every keystroke is committed (coalesced into one undo step by the caller). */
export function TextField(props: TextFieldProps) {
  const { label, tip, value, validate, normalise, onCommit, onEditEnd, multiline = false, suggestions, placeholder, hint, testId, maxLength } = props;
  const { t } = useTranslation('panels');
  const ids = fieldIds(useId());
  const listId = `${ids.control}-suggestions`;
  const draft = useFieldDraft<string>(value, (stored) => ({ text: stored, extra: undefined }));

  const handleChange = (typed: string): void => {
    const text = normalise ? normalise(typed) : typed;
    const messageKey = validate ? validate(text) : null;
    if (messageKey) {
      draft.reject(text, { key: `panels:${messageKey}` });
      return;
    }
    draft.accept(text, text);
    onCommit(text);
  };

  const message = draft.message ? renderTextMessage(draft.message, t) : null;
  const common = {
    id: ids.control,
    value: draft.text,
    placeholder,
    maxLength,
    'aria-invalid': message ? true : undefined,
    'aria-describedby': describedBy(ids, { tip, hint, message }),
    onBlur: onEditEnd,
  };
  return (
    <FieldRow ids={ids} label={label} tip={tip} message={message} hint={hint} testId={testId}>
      {multiline ? (
        <textarea {...common} className="sl-input sl-input--multiline" rows={3} onChange={(event) => handleChange(event.target.value)} />
      ) : (
        <input
          {...common}
          className="sl-input"
          type="text"
          autoComplete="off"
          list={suggestions && suggestions.length > 0 ? listId : undefined}
          onChange={(event) => handleChange(event.target.value)}
        />
      )}
      {suggestions && suggestions.length > 0 ? (
        <datalist id={listId}>
          {suggestions.map((suggestion) => (
            <option key={suggestion} value={suggestion} />
          ))}
        </datalist>
      ) : null}
    </FieldRow>
  );
}
