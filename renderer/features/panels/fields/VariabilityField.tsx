import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { VARIABILITY_LEVELS, coefficientOfLevel, variabilityLevelOf, type VariabilityLevel } from '../../../../shared/model/variability';
import { NumberInput } from './NumberInput';
import { SelectField } from './SelectField';
import { variabilityRange } from './validation';

type Choice = VariabilityLevel | 'custom';

interface VariabilityFieldProps {
  label: string;
  tip: string;
  /** The stored coefficient of variation; undefined means 0 (fixed). */
  value: number | undefined;
  onCommit: (value: number | undefined, coalesce: boolean) => void;
  onEditEnd: () => void;
  testId: string;
}

/**
 * How much a time varies: a plain word (vast, wisselend, sterk wisselend, zeer wisselend),
 * or "own number" with the coefficient itself for those who know it. The words stand for
 * the coefficients of shared/model/variability.ts.
 */
export function VariabilityField({ label, tip, value, onCommit, onEditEnd, testId }: VariabilityFieldProps) {
  const { t } = useTranslation('panels');
  const level = variabilityLevelOf(value);
  // "Own number" stays open while the number typed happens to match a word.
  const [customOpen, setCustomOpen] = useState(level === 'custom');
  const shown: Choice = customOpen ? 'custom' : level;
  const options = [...VARIABILITY_LEVELS, 'custom' as const].map((choice) => ({ value: choice, label: t(`variability.levels.${choice}`) }));
  return (
    <>
      <SelectField<Choice>
        label={label}
        tip={`${tip} ${t('variability.levelsTip')}`}
        value={shown}
        options={options}
        onChange={(choice) => {
          setCustomOpen(choice === 'custom');
          if (choice !== 'custom') onCommit(coefficientOfLevel(choice), false);
        }}
        testId={testId}
      />
      {shown === 'custom' && (
        <NumberInput
          label={t('variability.number')}
          tip={t('variability.numberTip')}
          value={value ?? 0}
          rule={variabilityRange}
          onCommit={(number) => number !== null && onCommit(number === 0 ? undefined : number, true)}
          onEditEnd={onEditEnd}
          testId={`${testId}-number`}
          maximumFractionDigits={2}
        />
      )}
    </>
  );
}
