import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { datePattern, formatDateForInput, readDate } from '../../../shared/i18n/readDate';
import { useUiLanguage } from '../i18n/useUiLanguage';

interface DateInputProps {
  /** The stored date, ISO `yyyy-mm-dd`, or '' for none. */
  value: string;
  /** Called with the ISO date (or '' when cleared) as soon as what is typed reads as a date. */
  onChange: (iso: string) => void;
  onBlur?: () => void;
  id?: string;
  testId?: string;
  className?: string;
  'aria-label'?: string;
}

/**
 * A date typed the way the UI language writes it (dd-mm-jjjj in Dutch), not the browser's
 * own date picker, which follows the operating system (mm/dd/yyyy in a Dutch screen). What
 * cannot be read is shown with a message and not passed on; leaving the field shows the date understood.
 */
export function DateInput({ value, onChange, onBlur, id, testId, className = 'sl-input', 'aria-label': ariaLabel }: DateInputProps) {
  const { t } = useTranslation('app');
  const language = useUiLanguage();
  const [text, setText] = useState(() => formatDateForInput(value, language));
  const [invalid, setInvalid] = useState(false);
  // A new stored value (undo, another item) or language replaces the text unless it already says that.
  const [shown, setShown] = useState({ value, language });
  if (shown.value !== value || shown.language !== language) {
    setShown({ value, language });
    const reading = readDate(text);
    const same = (reading.kind === 'date' && reading.iso === value) || (reading.kind === 'empty' && value === '');
    if (!same || shown.language !== language) setText(formatDateForInput(value, language));
    setInvalid(false);
  }

  const change = (typed: string): void => {
    setText(typed);
    const reading = readDate(typed);
    setInvalid(reading.kind === 'invalid');
    if (reading.kind === 'date') onChange(reading.iso);
    else if (reading.kind === 'empty') onChange('');
  };
  const messageId = id ? `${id}-date-message` : undefined;
  return (
    <>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        className={className}
        data-testid={testId}
        value={text}
        placeholder={datePattern(language)}
        aria-label={ariaLabel}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={invalid ? messageId : undefined}
        onChange={(event) => change(event.target.value)}
        onBlur={() => {
          if (!invalid) setText(formatDateForInput(value, language));
          onBlur?.();
        }}
      />
      {invalid ? (
        <span id={messageId} className="sl-date-input__message" role="alert">
          {t('date.notADate', { text: text.trim() })}
        </span>
      ) : null}
    </>
  );
}
