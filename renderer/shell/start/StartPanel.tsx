import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentState, useSession, useSessionState } from '../../base/hooks';
import { runAppCommand } from '../commands/commandRegistry';
import type { AppCommandContext, AppCommandId } from '../commands/commandTypes';
import { ToolbarIcon, type ToolbarIconName } from '../toolbar/ToolbarIcon';
import './startPanel.css';

interface Choice {
  id: string;
  icon: ToolbarIconName;
  run: () => void;
}

/**
 * "How do you want to start?" on the right, above the properties, while the document is the
 * blank map the app opened with (or File → New made) and nothing is drawn yet: an empty map,
 * an example, a saved map, a BPMN file or step list from another program, typing the steps in a workshop, or the current state from an event
 * log. It covers nothing of the canvas; drawing, opening or closing it makes it go away.
 */
export function StartPanel({ context }: { context: AppCommandContext }) {
  const { t } = useTranslation('app');
  const session = useSession();
  const offered = useSessionState((state) => state.startOfferedForLoad);
  const loadCount = useDocumentState((state) => state.loadCount);
  const untouched = useDocumentState((state) => !state.dirty && state.fileName === null && state.fileHandle === null);
  const quickEntryOpen = useSessionState((state) => state.quickEntryOpen);
  const shown = offered !== null && offered === loadCount && untouched && !quickEntryOpen;

  // Once the map is drawn on (or another document came), the offer is over, also after undo.
  useEffect(() => {
    if (offered !== null && (offered !== loadCount || !untouched)) session.dismissStart();
  }, [session, offered, loadCount, untouched]);

  if (!shown) return null;
  const dismissStart = (): void => session.dismissStart();
  const command = (id: AppCommandId) => () => {
    dismissStart();
    runAppCommand(id, context);
  };
  const choices: Choice[] = [
    { id: 'blank', icon: 'new', run: dismissStart },
    { id: 'template', icon: 'template', run: command('file.newFromTemplate') },
    { id: 'open', icon: 'open', run: command('file.open') },
    { id: 'importMap', icon: 'importMap', run: command('file.importMap') },
    {
      id: 'quickEntry',
      icon: 'quickEntry',
      run: () => {
        dismissStart();
        session.setQuickEntryOpen(true);
      },
    },
    { id: 'eventLog', icon: 'importLog', run: command('file.importEventLog') },
  ];
  return (
    <section className="sl-start" aria-labelledby="sl-start-title" data-testid="start-panel">
      <div className="sl-start__header">
        <h2 id="sl-start-title" className="sl-start__title">
          {t('start.title')}
        </h2>
        <button type="button" className="sl-start__close" aria-label={t('start.close')} title={t('start.close')} onClick={dismissStart}>
          ×
        </button>
      </div>
      <ul className="sl-start__choices">
        {choices.map((choice) => (
          <li key={choice.id}>
            <button type="button" className="sl-start__choice" data-start={choice.id} onClick={choice.run}>
              <ToolbarIcon name={choice.icon} />
              <span>
                <strong>{t(`start.${choice.id}.label`)}</strong>
                <span className="sl-start__hint">{t(`start.${choice.id}.hint`)}</span>
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
