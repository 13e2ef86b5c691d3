import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../../shared/model/vocabulary';
import type { ActionContext } from '../commands/commandTypes';
import { useDocumentState } from '../../base/hooks';
import { ActionButton } from './CommandButton';
import { DocumentName } from './DocumentName';

interface ToolbarProps {
  context: ActionContext;
}

/** The top toolbar: document actions, undo/redo, view actions and the language switch. */
export function Toolbar({ context }: ToolbarProps) {
  const { t } = useTranslation('app');
  const undoLabel = useDocumentState((state) => state.undoLabel);
  const redoLabel = useDocumentState((state) => state.redoLabel);
  const current = context.language.current();
  return (
    <header className="sl-toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      <DocumentName />
      <div className="sl-toolbar__group">
        <ActionButton actionId="file.new" icon="new" context={context} enabled />
        <ActionButton actionId="file.newFromTemplate" icon="template" context={context} enabled />
        <ActionButton actionId="file.open" icon="open" context={context} enabled />
        <ActionButton actionId="file.save" icon="save" context={context} enabled />
        <ActionButton actionId="file.exportPlan" icon="exportPlan" context={context} enabled />
      </div>
      <div className="sl-toolbar__group">
        <ActionButton
          actionId="edit.undo"
          icon="undo"
          context={context}
          enabled={undoLabel !== null}
          {...(undoLabel ? { tooltip: t('toolbar.undoWhat', { what: t(undoLabel) }) } : {})}
        />
        <ActionButton
          actionId="edit.redo"
          icon="redo"
          context={context}
          enabled={redoLabel !== null}
          {...(redoLabel ? { tooltip: t('toolbar.redoWhat', { what: t(redoLabel) }) } : {})}
        />
      </div>
      <div className="sl-toolbar__group">
        <ActionButton actionId="view.autoLayout" icon="autoLayout" context={context} enabled />
        <ActionButton actionId="view.fitView" icon="fit" context={context} enabled />
      </div>
      <div className="sl-toolbar__group sl-toolbar__group--end" role="group" aria-label={t('toolbar.language')}>
        {LANGUAGES.map((language) => (
          <button
            key={language}
            type="button"
            className="sl-toolbar__language"
            data-language={language}
            aria-pressed={current === language}
            lang={language}
            aria-label={t(`toolbar.languageNames.${language}`)}
            title={t('toolbar.languageSwitchTo', { language: t(`toolbar.languageNames.${language}`) })}
            onClick={() => context.language.set(language)}
          >
            {language.toUpperCase()}
          </button>
        ))}
      </div>
    </header>
  );
}
