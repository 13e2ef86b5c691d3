import '../improve.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toAction, type SuggestedAction } from '../../../../shared/improve/playbook/index';
import type { Action } from '../../../../shared/model/types';
import { useDocuments, useDocumentState, useSession, useSessionState } from '../../../base/hooks';
import type { OpenAction } from '../../../base/session/sessionStore';
import { ActionEditor } from './ActionEditor';
import { ConfirmDeleteActionDialog } from './ConfirmDeleteActionDialog';
import { actionPatch, createBlankAction, losesHandEdits } from './actionDrafts';
import { SavingLine } from './SavingLine';
import { useActionsModel } from './useActionsModel';
import { ShowMoreButton, useShownCount } from '../../../base/ui/ShowMore';

/** The action the editor is open on, and whether saving adds or updates it. */
function editedAction(open: OpenAction, actions: readonly Action[], suggestions: readonly SuggestedAction[], blank: () => Action) {
  if (open === null) return null;
  if (open.kind === 'action') {
    const action = actions.find((candidate) => candidate.id === open.actionId);
    return action ? { action, mode: 'update' as const, key: action.id } : null;
  }
  if (open.kind === 'suggestion') {
    const suggestion = suggestions.find((candidate) => candidate.id === open.suggestionId);
    return suggestion ? { action: toAction(suggestion, 'proposed'), mode: 'add' as const, key: suggestion.id } : null;
  }
  return { action: blank(), mode: 'add' as const, key: 'new' };
}

/**
 * The improvement actions of the map: the playbook's suggestions to accept,
 * reject or edit; the map's own actions with what each saves; a form for a new action.
 * Everything is a command on the document, so every change can be undone.
 */
export function ActionsPanel() {
  const { t } = useTranslation('actions');
  const documents = useDocuments();
  const session = useSession();
  const map = useDocumentState((state) => state.map);
  const openAction = useSessionState((state) => state.openAction);
  const model = useActionsModel();
  const { shown: shownSuggestions, showMore: showMoreSuggestions } = useShownCount(model.suggestions.length);
  const [warning, setWarning] = useState<string | null>(null);
  /** The action waiting for "delete anyway?" because deleting it loses hand edits of the future. */
  const [deletionToConfirm, setDeletionToConfirm] = useState<Action | null>(null);

  const close = (): void => {
    setWarning(null);
    session.openAction(null);
  };
  const open = (next: OpenAction): void => {
    setWarning(null);
    session.openAction(next);
  };
  const addSuggestion = (suggestion: SuggestedAction, status: Action['status']): void => {
    documents.dispatch({ type: 'action/add', action: toAction(suggestion, status) });
  };
  const removeAction = (action: Action): void => {
    documents.dispatch({ type: 'action/delete', actionId: action.id });
    if (openAction?.kind === 'action' && openAction.actionId === action.id) close();
  };
  const deleteAction = (action: Action): void => {
    if (losesHandEdits(map, action, undefined)) setDeletionToConfirm(action);
    else removeAction(action);
  };
  const answerDeletion = (confirmed: boolean): void => {
    if (confirmed && deletionToConfirm) removeAction(deletionToConfirm);
    setDeletionToConfirm(null);
  };

  const editing = editedAction(openAction, map.actions, model.suggestions, () => createBlankAction(map));
  const save = (edited: Action): void => {
    if (!editing) return;
    if (editing.mode === 'add') {
      documents.dispatch({ type: 'action/add', action: edited });
      close();
      return;
    }
    if (warning === null && losesHandEdits(map, editing.action, edited)) {
      setWarning(t('actions.rebuildWarning'));
      return;
    }
    documents.dispatch({ type: 'action/update', actionId: edited.id, patch: actionPatch(editing.action, edited) });
    close();
  };

  if (editing) {
    return (
      <section className="sl-improve sl-improve--panel" aria-label={t('actions.panelLabel')} data-testid="actions-panel">
        <h3 className="sl-improve__heading">{editing.mode === 'add' && editing.key === 'new' ? t('actions.newActionTitle') : editing.action.title || t('actions.untitled')}</h3>
        <ActionEditor
          key={editing.key}
          map={map}
          action={editing.action}
          findings={model.findings}
          mode={editing.mode}
          onSave={save}
          onCancel={close}
          warning={warning}
        />
      </section>
    );
  }

  const findingTitle = new Map(model.findings.map((finding) => [finding.id, finding.title]));
  return (
    <section className="sl-improve sl-improve--panel" aria-label={t('actions.panelLabel')} data-testid="actions-panel">
      <div className="sl-improve__header">
        <h3 className="sl-improve__heading">{t('actions.actionsHeading')}</h3>
        <button type="button" className="sl-improve__button" data-testid="new-action" onClick={() => open({ kind: 'new' })}>
          {t('actions.newAction')}
        </button>
      </div>
      {map.actions.length === 0 ? <p className="sl-improve__muted">{t('actions.noActions')}</p> : null}
      <ul className="sl-improve__cards">
        {map.actions.map((action) => (
          <li key={action.id} className={`sl-action-card sl-action-card--${action.status}`} data-testid="action-card" data-action-id={action.id}>
            <div className="sl-action-card__top">
              <span className={`sl-improve__badge sl-improve__badge--${action.status}`}>{t(`playbook:status.${action.status}`)}</span>
              <span className="sl-improve__chip">{t(`playbook:effort.${action.effort}`)}</span>
            </div>
            <p className="sl-action-card__title">{action.title || t('actions.untitled')}</p>
            <SavingLine saving={model.savingsByActionId.get(action.id)} />
            {action.findingIds.length > 0 ? (
              <p className="sl-improve__muted sl-action-card__answers">
                {t('actions.answers', { findings: action.findingIds.map((id) => findingTitle.get(id) ?? id).join('; ') })}
              </p>
            ) : null}
            <div className="sl-action-card__buttons">
              <button type="button" className="sl-improve__button" data-testid="action-edit" onClick={() => open({ kind: 'action', actionId: action.id })}>
                {t('actions.edit')}
              </button>
              <button type="button" className="sl-improve__button sl-improve__button--quiet" data-testid="action-delete" onClick={() => deleteAction(action)}>
                {t('actions.delete')}
              </button>
            </div>
          </li>
        ))}
      </ul>

      {deletionToConfirm ? <ConfirmDeleteActionDialog action={deletionToConfirm} onAnswer={answerDeletion} /> : null}

      <h3 className="sl-improve__heading">{t('actions.suggestionsHeading')}</h3>
      <p className="sl-improve__muted">{t('actions.suggestionsIntro')}</p>
      {!model.analysed ? <p className="sl-improve__muted" role="status">{t('actions.analysisPending')}</p> : null}
      {model.analysed && model.computing ? (
        <p className="sl-improve__muted" role="status" data-testid="suggestions-computing">
          {t('actions.suggestionsComputing')}
        </p>
      ) : null}
      {model.analysed && !model.computing && model.suggestions.length === 0 ? <p className="sl-improve__muted">{t('actions.noSuggestions')}</p> : null}
      <ul className="sl-improve__cards">
        {model.suggestions.slice(0, shownSuggestions).map((suggestion) => (
          <li key={suggestion.id} className="sl-action-card sl-action-card--suggestion" data-testid="suggestion" data-suggestion-id={suggestion.id}>
            <div className="sl-action-card__top">
              <span className="sl-improve__chip">{t(`playbook:ecrs.${suggestion.ecrs}`)}</span>
              <span className="sl-improve__chip">{t(`playbook:effort.${suggestion.effort}`)}</span>
            </div>
            <p className="sl-action-card__title">{suggestion.title}</p>
            <SavingLine saving={model.suggestionSavings.get(suggestion.id)} />
            {model.conflictingSuggestionIds.has(suggestion.id) ? (
              <p className="sl-improve__conflict" data-testid="suggestion-conflict">
                {t('actions.conflict')}
              </p>
            ) : null}
            <div className="sl-action-card__buttons">
              <button type="button" className="sl-improve__button sl-improve__button--primary" data-testid="suggestion-accept" onClick={() => addSuggestion(suggestion, 'accepted')}>
                {t('actions.accept')}
              </button>
              <button type="button" className="sl-improve__button" data-testid="suggestion-reject" onClick={() => addSuggestion(suggestion, 'rejected')}>
                {t('actions.reject')}
              </button>
              <button type="button" className="sl-improve__button sl-improve__button--quiet" data-testid="suggestion-edit" onClick={() => open({ kind: 'suggestion', suggestionId: suggestion.id })}>
                {t('actions.edit')}
              </button>
            </div>
          </li>
        ))}
      </ul>
      <ShowMoreButton shown={shownSuggestions} total={model.suggestions.length} onClick={showMoreSuggestions} />
    </section>
  );
}
