import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { renderTextMessage } from '../../../../shared/i18n/textMessage';
import { useUiLanguage } from '../../../base/i18n/useUiLanguage';
import { FieldRow, fieldIds } from './FieldRow';
import { NumberTextInput } from './NumberTextInput';
import { formatNumberForInput } from './numberText';
import { roundStored } from './roundStored';
import { useFieldDraft } from './useFieldDraft';
import { readNumberField, type NumberRule } from './validation';

export interface NumberInputProps {
  label: string;
  tip?: string;
  /** The stored value; null when an optional field is empty. */
  value: number | null;
  /** Checks the number as shown (a percentage 0–100, not the fraction). */
  rule: NumberRule;
  /** Empty is allowed and commits null (e.g. "use the default"). */
  optional?: boolean;
  /** Shown value = stored × displayScale (100 for a fraction shown as a percentage). */
  displayScale?: number;
  /** Called with every valid value as it is typed (stored units), or null when cleared. */
  onCommit: (value: number | null) => void;
  /** Called when the field loses focus: ends the undo group of the typing. */
  onEditEnd: () => void;
  /** A unit after the input: "%", "per hour". */
  suffix?: string;
  placeholder?: string;
  hint?: ReactNode;
  testId?: string;
  /** Decimals shown when the value comes from the document. */
  maximumFractionDigits?: number;
}

/**
 * A number typed as text, read the way the UI language writes numbers ("1.800" is 1800 in
 * Dutch). Impossible or unreadable values are shown with a message and not committed; the
 * document keeps its last valid value. On leaving the field it shows the number it understood.
 */
export function NumberInput(props: NumberInputProps) {
  const { label, tip, value, rule, optional = false, displayScale = 1, onCommit, onEditEnd, suffix, placeholder, hint, testId } = props;
  const { t } = useTranslation('panels');
  const language = useUiLanguage();
  const ids = fieldIds(useId());
  const textOf = (stored: number | null): string =>
    stored === null ? '' : formatNumberForInput(stored * displayScale, language, props.maximumFractionDigits ?? 4);
  const draft = useFieldDraft<number | null>(value, (stored) => ({ text: textOf(stored), extra: undefined }));

  const handleChange = (text: string): void => {
    const reading = readNumberField(text, rule, optional, language);
    if (!reading.ok) {
      draft.reject(text, reading.message, undefined, reading.quietWhileTyping);
      return;
    }
    const stored = reading.value === null ? null : roundStored(reading.value / displayScale);
    draft.accept(text, stored);
    onCommit(stored);
  };

  const message = draft.message ? renderTextMessage(draft.message, t) : null;
  return (
    <FieldRow ids={ids} label={label} tip={tip} message={message} hint={hint} testId={testId}>
      <div className="sl-input-group">
        <NumberTextInput
          ids={ids}
          text={draft.text}
          placeholder={placeholder}
          tip={tip}
          hint={hint}
          message={message}
          onText={handleChange}
          onEditEnd={() => {
            draft.settle(textOf(draft.basis));
            onEditEnd();
          }}
        />
        {suffix ? <span className="sl-input-group__suffix">{suffix}</span> : null}
      </div>
    </FieldRow>
  );
}
