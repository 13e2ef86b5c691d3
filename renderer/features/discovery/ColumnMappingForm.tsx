import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColumnMapping, LogPreview } from '../../../shared/discovery';

interface ColumnMappingFormProps {
  preview: LogPreview;
  mapping: ColumnMapping;
  onChange: (mapping: ColumnMapping) => void;
}

type SingleRole = 'case' | 'timestamp' | 'start' | 'lifecycle';
const AUTOMATIC_LANE = '\u0000automatic';

/**
 * The column dialog of issue 16 item 2: one choice per role (guessed from the headers,
 * changeable), the activity optionally as two columns joined, and every column of the file
 * with a few sample values, so the user can see which column holds what.
 */
export function ColumnMappingForm({ preview, mapping, onChange }: ColumnMappingFormProps) {
  const { t } = useTranslation('importLog');
  const baseId = useId();
  const names = preview.header.length > 0 ? preview.header : preview.columns.map((column) => column.name);
  const isXes = preview.format === 'xes';

  const options = (withNone: boolean) => (
    <>
      {withNone ? <option value="">{t('mapping.none')}</option> : null}
      {names.map((name) => (
        <option key={name} value={name}>
          {name}
        </option>
      ))}
    </>
  );
  const single = (role: SingleRole, required: boolean, hintKey?: string) => (
    <div className="sl-discovery__field">
      <label htmlFor={`${baseId}-${role}`}>{t(`mapping.${role}`)}</label>
      <select
        id={`${baseId}-${role}`}
        data-testid={`mapping-${role}`}
        value={mapping[role] ?? ''}
        onChange={(event) => onChange({ ...mapping, [role]: event.target.value === '' ? null : event.target.value })}
      >
        {options(!required || mapping[role] === null)}
      </select>
      {hintKey ? <small>{t(hintKey)}</small> : null}
    </div>
  );
  const laneValue = mapping.lane.length === 1 ? (mapping.lane[0] as string) : mapping.lane.length === 0 ? '' : AUTOMATIC_LANE;

  return (
    <div className="sl-discovery__mapping" data-testid="column-mapping">
      <p>{t('mapping.intro')}</p>
      <div className="sl-discovery__fields">
        {single('case', true, 'mapping.caseHint')}
        <div className="sl-discovery__field">
          <label htmlFor={`${baseId}-activity`}>{t('mapping.activity')}</label>
          <select
            id={`${baseId}-activity`}
            data-testid="mapping-activity"
            value={mapping.activity[0] ?? ''}
            onChange={(event) => onChange({ ...mapping, activity: [event.target.value, ...mapping.activity.slice(1)].filter((name) => name !== '') })}
          >
            {options(mapping.activity.length === 0)}
          </select>
          <small>{t('mapping.activityHint')}</small>
        </div>
        <div className="sl-discovery__field">
          <label htmlFor={`${baseId}-activity2`}>{t('mapping.activityJoined')}</label>
          <select
            id={`${baseId}-activity2`}
            data-testid="mapping-activity-joined"
            value={mapping.activity[1] ?? ''}
            onChange={(event) => onChange({ ...mapping, activity: [mapping.activity[0] ?? '', event.target.value].filter((name) => name !== '') })}
          >
            {options(true)}
          </select>
        </div>
        {single('timestamp', true, 'mapping.timestampHint')}
        {single('start', false)}
        {single('lifecycle', false, 'mapping.lifecycleHint')}
        <div className="sl-discovery__field">
          <label htmlFor={`${baseId}-lane`}>{t('mapping.lane')}</label>
          <select
            id={`${baseId}-lane`}
            data-testid="mapping-lane"
            value={laneValue}
            onChange={(event) => {
              const value = event.target.value;
              const lane = value === AUTOMATIC_LANE ? (isXes ? ['org:role', 'org:group', 'org:resource'] : preview.guess.lane) : value === '' ? [] : [value];
              onChange({ ...mapping, lane });
            }}
          >
            <option value="">{t('mapping.none')}</option>
            {preview.guess.lane.length > 1 ? <option value={AUTOMATIC_LANE}>{t('mapping.laneAutomatic')}</option> : null}
            {names.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
          <small>{t('mapping.laneHint')}</small>
        </div>
      </div>
      <h3 className="sl-discovery__subheading">{t('mapping.columnsHeading')}</h3>
      <table className="sl-discovery__table" data-testid="column-samples">
        <thead>
          <tr>
            <th scope="col">{t('mapping.column')}</th>
            <th scope="col">{t('mapping.examples')}</th>
          </tr>
        </thead>
        <tbody>
          {preview.columns.map((column) => (
            <tr key={column.name}>
              <th scope="row">{column.name}</th>
              <td>{column.samples.join(' · ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
