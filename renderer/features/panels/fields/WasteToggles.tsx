import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { WASTES, type Waste } from '../../../../shared/model/vocabulary';
import { InfoTip } from '../InfoTip';

interface WasteTogglesProps {
  label: string;
  tip: string;
  selected: readonly Waste[];
  /** The new list in DOWNTIME order; empty when nothing is ticked. */
  onChange: (wastes: Waste[]) => void;
}

/** The eight DOWNTIME wastes as toggles, each with a one-line plain explanation. */
export function WasteToggles({ label, tip, selected, onChange }: WasteTogglesProps) {
  const { t } = useTranslation('panels');
  const tipId = useId();
  const toggle = (waste: Waste, on: boolean): void => {
    onChange(WASTES.filter((candidate) => (candidate === waste ? on : selected.includes(candidate))));
  };
  return (
    <fieldset className="sl-field sl-wastes" aria-describedby={tipId} data-testid="field-wastes">
      <legend className="sl-field__label-line">
        <span className="sl-field__label">{label}</span>
        <InfoTip text={tip} id={tipId} />
      </legend>
      <ul className="sl-wastes__list">
        {WASTES.map((waste) => {
          const explanationId = `${tipId}-${waste}`;
          return (
            <li key={waste}>
              <label className="sl-wastes__item" data-testid={`waste-${waste}`}>
                <input
                  type="checkbox"
                  checked={selected.includes(waste)}
                  aria-describedby={explanationId}
                  onChange={(event) => toggle(waste, event.target.checked)}
                />
                <span className="sl-check__text">
                  <span className="sl-check__name">{t(`wastes.${waste}`)}</span>
                  <span className="sl-check__explanation" id={explanationId}>
                    {t(`wasteExplanations.${waste}`)}
                  </span>
                </span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
