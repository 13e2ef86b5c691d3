import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { compareFollowUp, type FollowUpFigure } from '../../../shared/discovery';
import { formatNumber } from '../../../shared/i18n/format';
import { useDocumentState } from '../../base/hooks';
import { useUiLanguage } from '../../base/i18n/useUiLanguage';
import type { DiscoveryController } from './discoveryController';
import './discovery.css';

/**
 * The follow-up in the comparison view (issue 16 item 6, domain.md 11.8): the map's future
 * state (expected), the first log (before) and the second log (measured) side by side, for
 * lead time, work, handoffs and volume; and the button that measures a log after the changes.
 */
export function FollowUpSection({ controller }: { controller: DiscoveryController }) {
  const { t } = useTranslation('importLog');
  const language = useUiLanguage();
  const map = useDocumentState((state) => state.map);
  const followUp = map.followUp;
  const comparison = useMemo(() => (followUp ? compareFollowUp(map, followUp.measured) : null), [map, followUp]);
  const hoursPerDay = map.settings.hoursPerDay;

  const format = (figure: FollowUpFigure, value: number | null): string => {
    if (value === null) return t('followUp.unknown');
    if (figure.key === 'leadTime') return t('followUp.workingDays', { value: formatNumber(value / (hoursPerDay * 60), language, 1) });
    if (figure.key === 'processTime') return t('followUp.hours', { value: formatNumber(value / 60, language, 1) });
    if (figure.key === 'handoffs') return formatNumber(value, language, 1);
    return formatNumber(value, language, 0);
  };

  return (
    <section className="sl-follow-up" data-testid="follow-up">
      <h3 className="sl-comparison__subheading">{t('followUp.heading')}</h3>
      {comparison && followUp ? (
        <>
          <p data-testid="follow-up-over">
            {t('followUp.over', {
              cases: formatNumber(comparison.cases, language, 0),
              from: comparison.from.slice(0, 10),
              to: comparison.to.slice(0, 10),
              file: followUp.file,
            })}
          </p>
          <table className="sl-comparison__table" data-testid="follow-up-table">
            <thead>
              <tr>
                <th scope="col">{t('followUp.figure')}</th>
                <th scope="col">{t('followUp.before')}</th>
                <th scope="col">{t('followUp.expected')}</th>
                <th scope="col">{t('followUp.measured')}</th>
              </tr>
            </thead>
            <tbody>
              {comparison.figures.map((figure) => (
                <tr key={figure.key} data-testid={`follow-up-${figure.key}`}>
                  <th scope="row">{t(`followUp.${figure.key}`)}</th>
                  <td data-testid={`follow-up-${figure.key}-before`}>{format(figure, figure.before)}</td>
                  <td data-testid={`follow-up-${figure.key}-expected`}>{format(figure, figure.expected)}</td>
                  <td data-testid={`follow-up-${figure.key}-measured`}>{format(figure, figure.measured)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : (
        <p className="sl-improve__muted">{t('followUp.intro')}</p>
      )}
      <button type="button" className="sl-button" data-testid="follow-up-load" onClick={() => void controller.importLog('followUp')}>
        {t(followUp ? 'followUp.loadAgain' : 'followUp.load')}
      </button>
    </section>
  );
}
