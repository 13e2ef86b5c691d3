interface ChoiceGroupProps<Value extends string> {
  name: string;
  legend: string;
  value: Value;
  options: readonly { value: Value; label: string; hint?: string }[];
  onChange: (value: Value) => void;
  disabled?: boolean;
  /** Options side by side instead of one per line. */
  inline?: boolean;
}

/** A fieldset of radio buttons: one choice of a few, each with an optional hint line. */
export function ChoiceGroup<Value extends string>({ name, legend, value, options, onChange, disabled = false, inline = false }: ChoiceGroupProps<Value>) {
  return (
    <fieldset className={`sl-export__group${inline ? ' sl-export__group--inline' : ''}`} disabled={disabled}>
      <legend className="sl-export__legend">{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="sl-export__option">
          <input type="radio" name={name} value={option.value} checked={option.value === value} onChange={() => onChange(option.value)} />
          <span className="sl-export__option-text">
            <span className="sl-export__option-label">{option.label}</span>
            {option.hint ? <small className="sl-export__hint">{option.hint}</small> : null}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
