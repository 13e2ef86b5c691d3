import { useTranslation } from 'react-i18next';
import { APP_COMMANDS, runAppCommand } from '../commands/commandRegistry';
import type { AppCommandContext, AppCommandId } from '../commands/commandTypes';
import { formatShortcut } from '../commands/shortcuts';
import { ToolbarIcon, type ToolbarIconName } from './ToolbarIcon';

interface CommandButtonProps {
  commandId: AppCommandId;
  icon: ToolbarIconName;
  context: AppCommandContext;
  /** Whether the command can run now; the parent reads it from the store so the button re-renders. */
  enabled: boolean;
  /** Tooltip text instead of the label, e.g. "Undo: add step". */
  tooltip?: string;
  /** For a command that switches something on and off: whether it is on (aria-pressed). */
  pressed?: boolean;
}

/** A toolbar button for one command of the registry: icon, text, and a tooltip with its shortcut. */
export function CommandButton({ commandId, icon, context, enabled, tooltip, pressed }: CommandButtonProps) {
  const { t } = useTranslation('app');
  const command = APP_COMMANDS[commandId];
  const label = t(command.labelKey);
  const hint = tooltip ?? t(`app:commandHints.${commandId}`, { defaultValue: label });
  const shortcut = command.shortcuts[0];
  const title = shortcut ? t('toolbar.shortcut', { label: hint, shortcut: formatShortcut(shortcut) }) : hint;
  return (
    <button
      type="button"
      className="sl-toolbar__button"
      data-command={commandId}
      title={title}
      aria-keyshortcuts={shortcut ? formatShortcut(shortcut, false).replace(/Ctrl/, 'Control') : undefined}
      disabled={!enabled}
      aria-pressed={pressed}
      onClick={() => runAppCommand(commandId, context)}
    >
      <ToolbarIcon name={icon} />
      <span className="sl-toolbar__label">{label}</span>
    </button>
  );
}
