import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DiscoveryFilters, WorkingCalendar } from '../../../shared/discovery';
import { clockMinutes } from '../../../shared/discovery/calendar';

/** A number the way people type it here: "7,5" and "7.5" both read 7.5; NaN when it is no number. */
function readTypedNumber(text: string): number {
  const trimmed = text.trim().replace(',', '.');
  return /^\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

interface StatisticsSettingsProps {
  calendar: WorkingCalendar;
  filters: DiscoveryFilters;
  onCalendar: (calendar: WorkingCalendar) => void;
  onFilters: (filters: DiscoveryFilters) => void;
}

/**
 * The working calendar (start of day, hours per day) and the two filters, as the user types
 * them. A value is passed on only when it reads well; until then the field says what to type
 * and the figures stay those of the last good value.
 */
export function StatisticsSettings({ calendar, filters, onCalendar, onFilters }: StatisticsSettingsProps) {
  const { t } = useTranslation('importLog');
  const id = useId();
  const [start, setStart] = useState(calendar.workdayStart);
  const [hours, setHours] = useState(String(calendar.hoursPerDay));
  const [minShare, setMinShare] = useState(String(filters.minActivityShare * 100));
  const [coverage, setCoverage] = useState(String(filters.variantCoverage * 100));
  const startOk = Number.isFinite(clockMinutes(start));
  const hoursValue = readTypedNumber(hours);
  const hoursOk = hoursValue > 0 && hoursValue <= 24;
  const percentOk = (text: string) => {
    const value = readTypedNumber(text);
    return value >= 0 && value <= 100;
  };

  const field = (key: string, label: string, value: string, ok: boolean, problem: string, onText: (text: string) => void, width = 6) => (
    <div className="sl-discovery__field sl-discovery__field--inline">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input
        id={`${id}-${key}`}
        data-testid={`setting-${key}`}
        size={width}
        value={value}
        aria-invalid={!ok}
        onChange={(event) => onText(event.target.value)}
      />
      {ok ? null : (
        <small className="sl-discovery__problem" role="alert">
          {problem}
        </small>
      )}
    </div>
  );

  return (
    <div className="sl-discovery__settings">
      <fieldset>
        <legend>{t('statistics.calendarHeading')}</legend>
        {field('workday-start', t('statistics.workdayStart'), start, startOk, t('statistics.badWorkdayStart'), (text) => {
          setStart(text);
          if (Number.isFinite(clockMinutes(text))) onCalendar({ ...calendar, workdayStart: text.trim().padStart(5, '0') });
        })}
        {field('hours-per-day', t('statistics.hoursPerDay'), hours, hoursOk, t('statistics.badHours'), (text) => {
          setHours(text);
          const value = readTypedNumber(text);
          if (value > 0 && value <= 24) onCalendar({ ...calendar, hoursPerDay: value });
        })}
        <small>{t('statistics.calendarHint')}</small>
      </fieldset>
      <fieldset>
        <legend>{t('statistics.filtersHeading')}</legend>
        {field('min-activity-share', t('statistics.minActivityShare'), minShare, percentOk(minShare), t('statistics.badPercent'), (text) => {
          setMinShare(text);
          if (percentOk(text)) onFilters({ ...filters, minActivityShare: readTypedNumber(text) / 100 });
        })}
        {field('variant-coverage', t('statistics.variantCoverage'), coverage, percentOk(coverage), t('statistics.badPercent'), (text) => {
          setCoverage(text);
          if (percentOk(text)) onFilters({ ...filters, variantCoverage: readTypedNumber(text) / 100 });
        })}
      </fieldset>
    </div>
  );
}
