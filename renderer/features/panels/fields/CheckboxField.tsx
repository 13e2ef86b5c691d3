import { useId } from 'react';
import { InfoTip } from '../InfoTip';

interface CheckboxFieldProps {
  label: string;
  /** One plain line under the label, always visible. */
  explanation?: string;
  tip?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  testId?: string;
  /** Greyed out and not clickable; the explanation then says why. */
  disabled?: boolean;
}

/** A yes/no field with its explanation next to it. */
export function CheckboxField({ label, explanation, tip, checked, onChange, testId, disabled = false }: CheckboxFieldProps) {
  const baseId = useId();
  const explanationId = `${baseId}-explanation`;
  const tipId = `${baseId}-tip`;
  const describedBy = [explanation ? explanationId : null, tip ? tipId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="sl-field sl-check" data-testid={testId}>
      <label className="sl-check__label">
        <input type="checkbox" checked={checked} disabled={disabled} aria-describedby={describedBy} onChange={(event) => onChange(event.target.checked)} />
        <span className="sl-check__text">
          <span className="sl-check__name">{label}</span>
          {explanation ? (
            <span className="sl-check__explanation" id={explanationId}>
              {explanation}
            </span>
          ) : null}
        </span>
      </label>
      {tip ? <InfoTip text={tip} id={tipId} /> : null}
    </div>
  );
}
