import { NumberInput, type NumberInputProps } from './NumberInput';
import { percentRange } from './validation';

type PercentInputProps = Omit<NumberInputProps, 'rule' | 'displayScale' | 'suffix' | 'maximumFractionDigits'>;

/** A fraction 0..1 in the document, shown and typed as a percentage 0–100. */
export function PercentInput(props: PercentInputProps) {
  return <NumberInput {...props} rule={percentRange} displayScale={100} suffix="%" maximumFractionDigits={2} />;
}
