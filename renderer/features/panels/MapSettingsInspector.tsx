import { useTranslation } from 'react-i18next';
import type { MapMeta, MapSettings } from '../../../shared/model/types';
import { LANGUAGES } from '../../../shared/model/vocabulary';
import { NumberInput } from './fields/NumberInput';
import { SelectField } from './fields/SelectField';
import { TextField } from './fields/TextField';
import { hoursPerDayRange, nonNegative } from './fields/validation';
import { usePanelEditing } from './usePanelEditing';

interface MapSettingsInspectorProps {
  meta: MapMeta;
  settings: MapSettings;
}

const CURRENCY_CODE = /^[A-Z]{3}$/;

/** Shown when nothing is selected: what the map is about and the numbers every figure depends on. */
export function MapSettingsInspector({ meta, settings }: MapSettingsInspectorProps) {
  const { t } = useTranslation('panels');
  const editing = usePanelEditing();
  const setMeta = (field: keyof MapMeta, patch: Partial<MapMeta>, coalesce = true): void =>
    editing.commit({ type: 'map/set-meta', patch }, coalesce ? `map:meta:${field}` : undefined);
  const setSettings = (field: keyof MapSettings, patch: Partial<MapSettings>): void =>
    editing.commit({ type: 'map/set-settings', patch }, `map:settings:${field}`);

  return (
    <section className="sl-inspector__section" aria-labelledby="inspector-map-settings" data-testid="map-settings-inspector">
      <h2 className="sl-inspector__heading" id="inspector-map-settings">
        {t('inspector.settingsHeading')}
      </h2>
      <p className="sl-inspector__note">{t('inspector.settingsIntro')}</p>
      <TextField
        label={t('settings.title')}
        tip={t('settings.titleTip')}
        value={meta.title}
        validate={(title) => (title.trim() === '' ? 'validation.titleRequired' : null)}
        onCommit={(title) => setMeta('title', { title })}
        onEditEnd={editing.endEdit}
        testId="field-title"
      />
      <TextField
        label={t('settings.description')}
        tip={t('settings.descriptionTip')}
        value={meta.description}
        multiline
        onCommit={(description) => setMeta('description', { description })}
        onEditEnd={editing.endEdit}
        testId="field-description"
      />
      <TextField
          label={t('settings.organisation')}
          value={meta.organisation}
          onCommit={(organisation) => setMeta('organisation', { organisation })}
          onEditEnd={editing.endEdit}
          testId="field-organisation"
        />
        <TextField
          label={t('settings.author')}
          value={meta.author}
          onCommit={(author) => setMeta('author', { author })}
          onEditEnd={editing.endEdit}
          testId="field-author"
        />
      <SelectField
        label={t('settings.language')}
        tip={t('settings.languageTip')}
        value={meta.language}
        options={LANGUAGES.map((language) => ({ value: language, label: t(`settings.languages.${language}`) }))}
        onChange={(language) => setMeta('language', { language }, false)}
        testId="field-language"
      />
      <NumberInput
        label={t('settings.casesPerYear')}
        tip={t('settings.casesPerYearTip')}
        value={settings.casesPerYear}
        rule={nonNegative}
        onCommit={(casesPerYear) => casesPerYear !== null && setSettings('casesPerYear', { casesPerYear })}
        onEditEnd={editing.endEdit}
        testId="field-casesPerYear"
      />
      <NumberInput
        label={t('settings.hoursPerDay')}
        tip={t('settings.hoursPerDayTip')}
        value={settings.hoursPerDay}
        rule={hoursPerDayRange}
        onCommit={(hoursPerDay) => hoursPerDay !== null && setSettings('hoursPerDay', { hoursPerDay })}
        onEditEnd={editing.endEdit}
        testId="field-hoursPerDay"
      />
      <div className="sl-field-pair">
        <TextField
          label={t('settings.currency')}
          tip={t('settings.currencyTip')}
          value={settings.currency}
          maxLength={3}
          normalise={(text) => text.trim().toUpperCase()}
          validate={(currency) => (CURRENCY_CODE.test(currency) ? null : 'validation.currencyCode')}
          onCommit={(currency) => setSettings('currency', { currency })}
          onEditEnd={editing.endEdit}
          testId="field-currency"
        />
        <NumberInput
          label={t('settings.defaultHourlyCost')}
          tip={t('settings.defaultHourlyCostTip')}
          value={settings.defaultHourlyCost}
          rule={nonNegative}
          maximumFractionDigits={2}
          onCommit={(defaultHourlyCost) => defaultHourlyCost !== null && setSettings('defaultHourlyCost', { defaultHourlyCost })}
          onEditEnd={editing.endEdit}
          testId="field-defaultHourlyCost"
        />
      </div>
    </section>
  );
}
