import type { Command } from '../../../shared/commands/types';

/**
 * i18n key (namespace `app`, group `history`) of the history label of a command:
 * "step/add" → "app:history.stepAdd", shown as "Undo: add step". Derived from the type so
 * a new command family only needs its texts in renderer/base/i18n/locales/app.ts (a test checks).
 */
export function historyLabelKeyOf(command: { type: Command['type'] | (string & {}) }): string {
  const camelCase = command.type.replace(/[/-]([a-z])/g, (_match, letter: string) => letter.toUpperCase());
  return `app:history.${camelCase}`;
}
