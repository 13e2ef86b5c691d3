import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../../shared/model/vocabulary';
import type { AppCommandContext } from '../commands/commandTypes';
import { useDocumentState, useSessionState } from '../../base/hooks';
import { CommandButton } from './CommandButton';
import { DocumentName } from './DocumentName';

interface ToolbarProps {
  context: AppCommandContext;
}

/** The top toolbar: document commands, undo/redo, view commands and the language switch. */
export function Toolbar({ context }: ToolbarProps) {
  const { t } = useTranslation('app');
  const undoLabel = useDocumentState((state) => state.undoLabel);
  const redoLabel = useDocumentState((state) => state.redoLabel);
  const current = context.language.current();
  const criticalPathShown = useSessionState((session) => session.criticalPathShown);
  return (
    <header className="sl-toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      <DocumentName />
      <div className="sl-toolbar__group">
        <CommandButton commandId="file.new" icon="new" context={context} enabled />
        <CommandButton commandId="file.newFromTemplate" icon="template" context={context} enabled />
        <CommandButton commandId="file.open" icon="open" context={context} enabled />
        <CommandButton commandId="file.importMap" icon="importMap" context={context} enabled />
        <CommandButton commandId="file.importEventLog" icon="importLog" context={context} enabled />
        <CommandButton commandId="file.save" icon="save" context={context} enabled />
        <CommandButton commandId="file.exportPlan" icon="exportPlan" context={context} enabled />
      </div>
      <div className="sl-toolbar__group">
        <CommandButton
          commandId="edit.undo"
          icon="undo"
          context={context}
          enabled={undoLabel !== null}
          {...(undoLabel ? { tooltip: t('toolbar.undoWhat', { what: t(undoLabel) }) } : {})}
        />
        <CommandButton
          commandId="edit.redo"
          icon="redo"
          context={context}
          enabled={redoLabel !== null}
          {...(redoLabel ? { tooltip: t('toolbar.redoWhat', { what: t(redoLabel) }) } : {})}
        />
      </div>
      <div className="sl-toolbar__group">
        <CommandButton commandId="view.autoLayout" icon="autoLayout" context={context} enabled />
        <CommandButton commandId="view.fitView" icon="fit" context={context} enabled />
        <CommandButton commandId="view.criticalPath" icon="criticalPath" context={context} enabled pressed={criticalPathShown} />
        <CommandButton commandId="edit.quickEntry" icon="quickEntry" context={context} enabled />
        <CommandButton commandId="view.present" icon="present" context={context} enabled />
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
