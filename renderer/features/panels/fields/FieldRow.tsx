import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { InfoTip } from '../InfoTip';

export interface FieldIds {
  control: string;
  tip: string;
  message: string;
  hint: string;
}

/** The ids a field's parts refer to, derived from one `useId()` value. */
export function fieldIds(baseId: string): FieldIds {
  return { control: `${baseId}-control`, tip: `${baseId}-tip`, message: `${baseId}-message`, hint: `${baseId}-hint` };
}

/** `aria-describedby` for a control: its explanation, its hint and its error message, when present. */
export function describedBy(ids: FieldIds, parts: { tip?: string | undefined; hint?: ReactNode; message?: string | null | undefined }): string | undefined {
  const list = [parts.message ? ids.message : null, parts.hint ? ids.hint : null, parts.tip ? ids.tip : null].filter(
    (value): value is string => value !== null,
  );
  return list.length > 0 ? list.join(' ') : undefined;
}

interface FieldRowProps {
  ids: FieldIds;
  label: string;
  tip?: string | undefined;
  /** A validation message; shown in red under the control. */
  message?: string | null | undefined;
  /** Secondary information under the control (a default, an effective value). */
  hint?: ReactNode;
  children: ReactNode;
  testId?: string | undefined;
}

/** Label with its explanation, the control, then a hint and a validation message. */
export function FieldRow({ ids, label, tip, message, hint, children, testId }: FieldRowProps) {
  const { t } = useTranslation('panels');
  return (
    <div className={message ? 'sl-field sl-field--invalid' : 'sl-field'} data-testid={testId}>
      <div className="sl-field__label-line">
        <label className="sl-field__label" htmlFor={ids.control}>
          {label}
        </label>
        {tip ? <InfoTip text={tip} id={ids.tip} /> : null}
      </div>
      {children}
      {hint ? (
        <div className="sl-field__hint" id={ids.hint}>
          {hint}
        </div>
      ) : null}
      {message ? (
        <div className="sl-field__message" id={ids.message} role="alert">
          {message} <span className="sl-field__message-note">{t('validation.notSaved')}</span>
        </div>
      ) : null}
    </div>
  );
}
