import { useTranslation } from 'react-i18next';

interface MultiSelectionSummaryProps {
  steps: number;
  flows: number;
  lanes: number;
  annotations: number;
}

/** Several things selected: how many of each, and what can be done with them together. */
export function MultiSelectionSummary({ steps, flows, lanes, annotations }: MultiSelectionSummaryProps) {
  const { t } = useTranslation('panels');
  const count = steps + flows + lanes + annotations;
  const parts = [
    steps > 0 ? t('inspector.countSteps', { count: steps }) : null,
    flows > 0 ? t('inspector.countFlows', { count: flows }) : null,
    annotations > 0 ? t('inspector.countAnnotations', { count: annotations }) : null,
    lanes > 0 ? t('inspector.countLanes', { count: lanes }) : null,
  ].filter((part): part is string => part !== null);
  return (
    <section className="sl-inspector__section" aria-labelledby="inspector-multi" data-testid="multi-inspector">
      <h2 className="sl-inspector__heading" id="inspector-multi">
        {t('inspector.multiHeading', { count })}
      </h2>
      <p className="sl-inspector__note">{parts.join(', ')}</p>
      <p className="sl-inspector__note">{t('inspector.multiHint')}</p>
    </section>
  );
}
