import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../../shared/analysis/types';
import { describeEffect } from '../../../../shared/improve/describe';
import { currentStateOf } from '../../../../shared/improve/futureState';
import type { Action, ProcessMap } from '../../../../shared/model/types';
import { ACTION_STATUSES, ECRS, EFFORTS, type ActionStatus, type Ecrs, type Effort } from '../../../../shared/model/vocabulary';
import { useUiLanguage } from '../../../base/i18n/useUiLanguage';
import { DateInput } from '../../../base/ui/DateInput';

interface ActionEditorProps {
  map: ProcessMap;
  /** The action as it is now (or the suggestion / blank action to add). */
  action: Action;
  findings: readonly Finding[];
  /** 'add' for a suggestion or a new action, 'update' for an action of the map. */
  mode: 'add' | 'update';
  /** The panel either stores the change or first shows `warning` (the change would lose hand edits). */
  onSave: (edited: Action) => void;
  onCancel: () => void;
  /** Shown above the buttons when saving needs a confirmation; the next Save confirms. */
  warning: string | null;
}

/**
 * Title, description, ECRS, owner, due date, effort, status and the findings an action
 * answers; its effects shown in plain words (they come from the playbook and are not edited
 * here). Edits stay in the form until Save: one save is one undo step.
 */
export function ActionEditor({ map, action, findings, mode, onSave, onCancel, warning }: ActionEditorProps) {
  const { t } = useTranslation('actions');
  const language = useUiLanguage();
  const [draft, setDraft] = useState<Action>(action);
  const [titleMissing, setTitleMissing] = useState(false);
  const set = <Key extends keyof Action>(key: Key, value: Action[Key]): void => setDraft((previous) => ({ ...previous, [key]: value }));

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (draft.title.trim() === '') {
      setTitleMissing(true);
      return;
    }
    onSave({ ...draft, title: draft.title.trim() });
  };

  const toggleFinding = (findingId: string, checked: boolean): void =>
    set('findingIds', checked ? [...draft.findingIds, findingId] : draft.findingIds.filter((id) => id !== findingId));
  const knownIds = new Set(findings.map((finding) => finding.id));
  const goneIds = draft.findingIds.filter((id) => !knownIds.has(id));
  const describeOptions = { state: currentStateOf(map), language, hoursPerDay: map.settings.hoursPerDay };

  return (
    <form className="sl-action-editor" data-testid="action-editor" onSubmit={submit} noValidate>
      <label className="sl-action-editor__field">
        <span>{t('actions.field.title')}</span>
        <input
          data-testid="action-title"
          value={draft.title}
          aria-invalid={titleMissing}
          onChange={(event) => {
            setTitleMissing(false);
            set('title', event.target.value);
          }}
          autoFocus
        />
        {titleMissing ? <span className="sl-action-editor__error">{t('actions.titleRequired')}</span> : null}
      </label>
      <label className="sl-action-editor__field">
        <span>{t('actions.field.description')}</span>
        <textarea data-testid="action-description" rows={4} value={draft.description} onChange={(event) => set('description', event.target.value)} />
      </label>
      <div className="sl-action-editor__row">
        <label className="sl-action-editor__field">
          <span>{t('actions.field.ecrs')}</span>
          <select data-testid="action-ecrs" value={draft.ecrs} onChange={(event) => set('ecrs', event.target.value as Ecrs)}>
            {ECRS.map((ecrs) => (
              <option key={ecrs} value={ecrs}>
                {t(`playbook:ecrs.${ecrs}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="sl-action-editor__field">
          <span>{t('actions.field.effort')}</span>
          <select data-testid="action-effort" value={draft.effort} onChange={(event) => set('effort', event.target.value as Effort)}>
            {EFFORTS.map((effort) => (
              <option key={effort} value={effort}>
                {t(`playbook:effort.${effort}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="sl-action-editor__row">
        <label className="sl-action-editor__field">
          <span>{t('actions.field.owner')}</span>
          <input data-testid="action-owner" value={draft.owner} onChange={(event) => set('owner', event.target.value)} />
        </label>
        <label className="sl-action-editor__field">
          <span>{t('actions.field.dueDate')}</span>
          <DateInput testId="action-due-date" className="" value={draft.dueDate} onChange={(iso) => set('dueDate', iso)} />
        </label>
      </div>
      <label className="sl-action-editor__field">
        <span>{t('actions.field.status')}</span>
        <select data-testid="action-status" value={draft.status} onChange={(event) => set('status', event.target.value as ActionStatus)}>
          {ACTION_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`playbook:status.${status}`)}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="sl-action-editor__findings" data-testid="action-findings">
        <legend>{t('actions.field.findings')}</legend>
        {findings.length === 0 && goneIds.length === 0 ? <p className="sl-improve__muted">{t('actions.noFindings')}</p> : null}
        {findings.map((finding) => (
          <label key={finding.id} className="sl-action-editor__check">
            <input type="checkbox" checked={draft.findingIds.includes(finding.id)} onChange={(event) => toggleFinding(finding.id, event.target.checked)} />
            <span>{finding.title}</span>
          </label>
        ))}
        {goneIds.map((findingId) => (
          <label key={findingId} className="sl-action-editor__check sl-improve__muted">
            <input type="checkbox" checked onChange={(event) => toggleFinding(findingId, event.target.checked)} />
            <span>{findingId}</span>
          </label>
        ))}
      </fieldset>
      <div className="sl-action-editor__effects">
        <h4>{t('actions.field.effects')}</h4>
        {draft.effects.length === 0 ? (
          <p className="sl-improve__muted">{t('actions.effectsNone')}</p>
        ) : (
          <ul data-testid="action-effects">
            {draft.effects.map((effect, index) => (
              <li key={index}>{describeEffect(effect, describeOptions)}</li>
            ))}
          </ul>
        )}
      </div>
      {warning ? (
        <p className="sl-improve__warning" role="alert">
          {warning}
        </p>
      ) : null}
      <div className="sl-action-editor__buttons">
        <button type="submit" className="sl-improve__button sl-improve__button--primary" data-testid="action-save">
          {warning ? t('actions.confirmRebuild') : mode === 'add' ? t('actions.add') : t('actions.save')}
        </button>
        <button type="button" className="sl-improve__button" onClick={onCancel}>
          {t('actions.cancel')}
        </button>
      </div>
    </form>
  );
}
