import '../improve.css';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCurrency, formatNumber } from '../../../../shared/i18n/format';
import { useDocumentState } from '../../../base/hooks';
import { useUiLanguage } from '../../../base/i18n/useUiLanguage';
import { useComparison, useInsightsPending } from '../useComparison';
import { direction, formatSigned, metricRows } from './comparisonFormat';
import { DistributionComparison } from './DistributionComparison';

/**
 * Current and future state side by side: every metric of domain.md section 3
 * now, later and the difference; hours and cost per lane; the saving of each action on its own
 * and of the future state as a whole. Every number comes from compareStates.
 */
export function ComparisonView({ extra }: { extra?: ReactNode } = {}) {
  const { t } = useTranslation('actions');
  const language = useUiLanguage();
  const map = useDocumentState((state) => state.map);
  const comparison = useComparison(true);
  const pending = useInsightsPending();
  const { hoursPerDay, currency } = map.settings;

  if (!comparison) return <p className="sl-improve__muted" role="status" data-testid="comparison-computing">{t('comparison.computing')}</p>;
  const current = comparison.current.metrics;
  const future = comparison.future.metrics;
  const hours = (value: number): string => t('comparison.hours', { value: formatNumber(value, language, 0) });
  const money = (value: number): string => formatCurrency(value, currency, language);
  const days = (value: number): string => formatNumber(value, language, 1);
  const titleOf = new Map(map.actions.map((action) => [action.id, action.title.trim() || t('actions.untitled')]));

  return (
    <div className="sl-comparison" data-testid="comparison-view" aria-busy={pending}>
      {pending ? (
        <p className="sl-improve__muted" role="status" data-testid="comparison-computing">
          {t('comparison.computing')}
        </p>
      ) : null}
      <h2 className="sl-comparison__heading">{t('comparison.heading')}</h2>
      {!current || !future ? (
        <p className="sl-improve__warning" role="status">
          {t('comparison.unavailable')}
        </p>
      ) : (
        <table className="sl-comparison__table" data-testid="comparison-metrics">
          <thead>
            <tr>
              <th scope="col">{t('comparison.metric')}</th>
              <th scope="col">{t('comparison.current')}</th>
              <th scope="col">{t('comparison.future')}</th>
              <th scope="col">{t('comparison.difference')}</th>
            </tr>
          </thead>
          <tbody>
            {metricRows({ language, hoursPerDay, currency, t }).map((row) => {
              const delta = future[row.key] - current[row.key];
              return (
                <tr key={row.key} data-testid={`comparison-${row.key}`}>
                  <th scope="row">{t(`comparison.metrics.${row.labelKey}`)}</th>
                  <td data-testid={`comparison-${row.key}-current`}>{row.format(current[row.key])}</td>
                  <td data-testid={`comparison-${row.key}-future`}>{row.format(future[row.key])}</td>
                  <td data-testid={`comparison-${row.key}-difference`} className={`sl-comparison__delta--${direction(delta, row.lowerIsBetter)}`}>
                    {formatSigned(delta, row.format)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}

      {current && future ? <DistributionComparison current={map} future={comparison.futureState} settings={map.settings} /> : null}

      <h3 className="sl-comparison__subheading">{t('comparison.lanesHeading')}</h3>
      <table className="sl-comparison__table" data-testid="comparison-lanes">
        <thead>
          <tr>
            <th scope="col">{t('comparison.lane')}</th>
            <th scope="col">{t('comparison.hoursBefore')}</th>
            <th scope="col">{t('comparison.hoursAfter')}</th>
            <th scope="col">{t('comparison.costBefore')}</th>
            <th scope="col">{t('comparison.costAfter')}</th>
          </tr>
        </thead>
        <tbody>
          {comparison.lanes.map((lane) => (
            <tr key={lane.id} data-testid="comparison-lane" data-lane-id={lane.id}>
              <th scope="row">{lane.name}</th>
              <td>{hours(lane.currentHours)}</td>
              <td className={`sl-comparison__delta--${direction(lane.futureHours - lane.currentHours, true)}`}>{hours(lane.futureHours)}</td>
              <td>{money(lane.currentCost)}</td>
              <td className={`sl-comparison__delta--${direction(lane.futureCost - lane.currentCost, true)}`}>{money(lane.futureCost)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h3 className="sl-comparison__subheading">{t('comparison.actionsHeading')}</h3>
      {comparison.actionSavings.length === 0 ? <p className="sl-improve__muted">{t('comparison.noActions')}</p> : null}
      <table className="sl-comparison__table" data-testid="comparison-actions">
        <thead>
          <tr>
            <th scope="col">{t('comparison.action')}</th>
            <th scope="col">{t('actions.field.status')}</th>
            <th scope="col">{t('comparison.hoursSaved')}</th>
            <th scope="col">{t('comparison.costSaved')}</th>
            <th scope="col">{t('comparison.leadTimeSaved')}</th>
            <th scope="col">{t('comparison.handoffsSaved')}</th>
          </tr>
        </thead>
        <tbody>
          {comparison.actionSavings.map((saving) => (
            <tr key={saving.actionId} data-testid="comparison-action" data-action-id={saving.actionId} className={`sl-comparison__action--${saving.status}`}>
              <th scope="row">{titleOf.get(saving.actionId)}</th>
              <td>{t(`playbook:status.${saving.status}`)}</td>
              <td>{hours(saving.hoursPerYear)}</td>
              <td>{money(saving.costPerYear)}</td>
              <td>{days(saving.leadTimeWorkingDays)}</td>
              <td>{formatNumber(saving.handoffsPerCase, language, 2)}</td>
            </tr>
          ))}
        </tbody>
        {comparison.totalSaving ? (
          <tfoot>
            <tr data-testid="comparison-total">
              <th scope="row" colSpan={2}>
                {t('comparison.total')}
              </th>
              <td data-testid="comparison-total-hours">{hours(comparison.totalSaving.hoursPerYear)}</td>
              <td data-testid="comparison-total-cost">{money(comparison.totalSaving.costPerYear)}</td>
              <td data-testid="comparison-total-lead-time">{days(comparison.totalSaving.leadTimeWorkingDays)}</td>
              <td>{formatNumber(comparison.totalSaving.handoffsPerCase, language, 2)}</td>
            </tr>
          </tfoot>
        ) : null}
      </table>
      <p className="sl-improve__muted">{t('comparison.totalNote')}</p>
      {extra}
    </div>
  );
}
