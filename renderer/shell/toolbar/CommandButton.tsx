import { useTranslation } from 'react-i18next';
import { ACTIONS, runAction } from '../commands/commandRegistry';
import type { ActionContext, ActionId } from '../commands/commandTypes';
import { formatShortcut } from '../commands/shortcuts';
import { ToolbarIcon, type ToolbarIconName } from './ToolbarIcon';

interface ActionButtonProps {
  actionId: ActionId;
  icon: ToolbarIconName;
  context: ActionContext;
  /** Whether the action can run now; the parent reads it from the store so the button re-renders. */
  enabled: boolean;
  /** Tooltip text instead of the label, e.g. "Undo: add step". */
  tooltip?: string;
}

/** A toolbar button for one action of the registry: icon, text, and a tooltip with its shortcut. */
export function ActionButton({ actionId, icon, context, enabled, tooltip }: ActionButtonProps) {
  const { t } = useTranslation('app');
  const action = ACTIONS[actionId];
  const label = t(action.labelKey);
  const hint = tooltip ?? t(`app:actionHints.${actionId}`, { defaultValue: label });
  const shortcut = action.shortcuts[0];
  const title = shortcut ? t('toolbar.shortcut', { label: hint, shortcut: formatShortcut(shortcut) }) : hint;
  return (
    <button
      type="button"
      className="sl-toolbar__button"
      data-action={actionId}
      title={title}
      aria-keyshortcuts={shortcut ? formatShortcut(shortcut, false).replace(/Ctrl/, 'Control') : undefined}
      disabled={!enabled}
      onClick={() => runAction(actionId, context)}
    >
      <ToolbarIcon name={icon} />
      <span className="sl-toolbar__label">{label}</span>
    </button>
  );
}
