import { useTranslation } from 'react-i18next';
import type { SimulationCheck } from '../../../shared/discovery/checkSimulation';
import { formatNumber } from '../../../shared/i18n/format';
import type { Language } from '../../../shared/model/vocabulary';

/** Measured and simulated P50/P85 side by side (issue 16 item 5), in working days. */
export function SimulationCheckTable({ check, hoursPerDay, language }: { check: SimulationCheck; hoursPerDay: number; language: Language }) {
  const { t } = useTranslation('importLog');
  const days = (minutes: number | null | undefined) =>
    minutes === null || minutes === undefined ? '–' : t('check.workingDays', { value: formatNumber(minutes / (hoursPerDay * 60), language, 1) });
  return (
    <section className="sl-discovery__check" data-testid="simulation-check">
      <h3 className="sl-discovery__subheading">{t('check.heading')}</h3>
      <p>{t('check.intro', { cases: formatNumber(check.simulatedCases, language, 0) })}</p>
      {check.simulated === null ? <p role="status">{t('check.unavailable')}</p> : null}
      <table className="sl-discovery__table">
        <thead>
          <tr>
            <th scope="col">{t('check.figure')}</th>
            <th scope="col">{t('check.measured')}</th>
            <th scope="col">{t('check.simulated')}</th>
          </tr>
        </thead>
        <tbody>
          {(['p50', 'p85'] as const).map((key) => (
            <tr key={key} data-testid={`check-${key}`}>
              <th scope="row">{t(`check.${key}`)}</th>
              <td data-testid={`check-${key}-measured`}>{days(check.measured[`${key}Minutes`])}</td>
              <td data-testid={`check-${key}-simulated`}>{days(check.simulated?.[`${key}Minutes`])}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
