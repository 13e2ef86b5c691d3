import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { renderTextMessage } from '../../../../shared/i18n/textMessage';
import { useUiLanguage } from '../../../base/i18n/useUiLanguage';
import { chooseDurationUnit, DURATION_UNITS, fromMinutes, roundForInput, toMinutes, type DurationUnit } from './durationUnits';
import { FieldRow, fieldIds } from './FieldRow';
import { NumberTextInput } from './NumberTextInput';
import { formatNumberForInput } from './numberText';
import { roundStored } from './roundStored';
import { useFieldDraft } from './useFieldDraft';
import { nonNegative, readNumberField, type NumberRule } from './validation';

interface DurationInputProps {
  label: string;
  tip?: string;
  /** Working minutes; null when an optional duration is empty. */
  minutes: number | null;
  /** Minutes per working day / 60, from the map settings. */
  hoursPerDay: number;
  /** Empty is allowed and commits null. */
  optional?: boolean;
  /** The rule for the typed amount; durations are never negative. */
  rule?: NumberRule;
  /** Unit offered while the field is empty. */
  emptyUnit?: DurationUnit;
  onCommit: (minutes: number | null) => void;
  onEditEnd: () => void;
  placeholder?: string;
  hint?: ReactNode;
  testId?: string;
}

/**
 * A duration typed as a number and a unit (minutes, hours, working days), stored as
 * working minutes. The unit is part of what is typed: "2" with "working days" is 960
 * minutes at 8 hours a day, and changing the unit changes the meaning of the number.
 * A value from the document is shown in the unit it reads best in.
 */
export function DurationInput(props: DurationInputProps) {
  const { label, tip, minutes, hoursPerDay, optional = false, rule = nonNegative, emptyUnit = 'minutes' } = props;
  const { onCommit, onEditEnd, placeholder, hint, testId } = props;
  const { t } = useTranslation('panels');
  const language = useUiLanguage();
  const ids = fieldIds(useId());
  const unitSelectId = `${ids.control}-unit`;
  const draft = useFieldDraft<number | null, DurationUnit>(minutes, (stored) => {
    if (stored === null) return { text: '', extra: emptyUnit };
    const unit = chooseDurationUnit(stored, hoursPerDay);
    return { text: formatNumberForInput(roundForInput(fromMinutes(stored, unit, hoursPerDay)), language), extra: unit };
  });

  const handleInput = (text: string, unit: DurationUnit): void => {
    const reading = readNumberField(text, rule, optional, language);
    if (!reading.ok) {
      draft.reject(text, reading.message, unit, reading.quietWhileTyping);
      return;
    }
    const stored = reading.value === null ? null : roundStored(toMinutes(reading.value, unit, hoursPerDay));
    draft.accept(text, stored, unit);
    onCommit(stored);
  };

  const message = draft.message ? renderTextMessage(draft.message, t) : null;
  // On leaving, the amount it understood in the unit shown (the unit itself stays as chosen).
  const settle = (): void => {
    draft.settle(draft.basis === null ? '' : formatNumberForInput(roundForInput(fromMinutes(draft.basis, draft.extra, hoursPerDay)), language));
    onEditEnd();
  };
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
          onText={(text) => handleInput(text, draft.extra)}
          onEditEnd={settle}
        />
        <select
          id={unitSelectId}
          className="sl-select sl-select--unit"
          aria-label={`${label}: ${t('units.unitLabel')}`}
          value={draft.extra}
          onChange={(event) => handleInput(draft.text, event.target.value as DurationUnit)}
          onBlur={onEditEnd}
        >
          {DURATION_UNITS.map((unit) => (
            <option key={unit} value={unit}>
              {t(`units.${unit}`)}
            </option>
          ))}
        </select>
      </div>
    </FieldRow>
  );
}
