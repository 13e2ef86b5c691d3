import { useId, type ReactNode } from 'react';
import { FieldRow, describedBy, fieldIds } from './FieldRow';

export interface SelectOption<Value extends string> {
  value: Value;
  label: string;
  disabled?: boolean;
}

interface SelectFieldProps<Value extends string> {
  label: string;
  tip?: string;
  value: Value;
  options: readonly SelectOption<Value>[];
  onChange: (value: Value) => void;
  disabled?: boolean;
  hint?: ReactNode;
  testId?: string;
}

/** A choice from a closed list; each change is one undo step. */
export function SelectField<Value extends string>({ label, tip, value, options, onChange, disabled, hint, testId }: SelectFieldProps<Value>) {
  const ids = fieldIds(useId());
  return (
    <FieldRow ids={ids} label={label} tip={tip} hint={hint} testId={testId}>
      <select
        id={ids.control}
        className="sl-select"
        value={value}
        disabled={disabled}
        aria-describedby={describedBy(ids, { tip, hint })}
        onChange={(event) => {
          // The value always comes from `options`, so it is one of Value.
          const chosen = options.find((option) => option.value === event.target.value);
          if (chosen) onChange(chosen.value);
        }}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value} disabled={option.disabled}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldRow>
  );
}
