import { MENU_COMMAND_IDS } from '../../../shared/ipc/contract';
import { isSelectionEmpty } from '../../base/session/selection';
import type { SessionStore } from '../../base/session/sessionStore';
import { readShownState } from '../../base/session/shownState';
import { historyLabelKeyOf } from '../../base/store/commandLabels';
import type { DocumentStore } from '../../base/store/documentStore';
import { planDeletion } from './deleteElements';
import { APP_ONLY_COMMAND_IDS, type AppCommandContext, type AppCommandId, type AppCommand } from './commandTypes';

const always = (): boolean => true;
const hasSelection = (session: SessionStore): boolean => !isSelectionEmpty(session.getState().selection);

/**
 * Whether the canvas with its selection is on screen: the current or the future tab (the
 * future is on the canvas whether stored or derived; an edit of a derived one stores it).
 * The comparison and the payoff-and-effort chart show no selection, so Delete there would
 * remove something the user cannot see.
 */
function isSelectionShown(session: SessionStore): boolean {
  const { view } = session.getState();
  return view === 'current' || view === 'future';
}

/** The one selected step that a new step can follow (not an end). */
function selectedSourceStepId(documents: DocumentStore, session: SessionStore): string | null {
  const { selection } = session.getState();
  if (selection.stepIds.length !== 1 || selection.flowIds.length > 0 || selection.annotationIds.length > 0) return null;
  const stepId = selection.stepIds[0];
  const step = readShownState(documents, session).steps.find((candidate) => candidate.id === stepId);
  return step && step.type !== 'end' ? step.id : null;
}

function define(id: AppCommandId, command: Omit<AppCommand, 'id' | 'labelKey'>): AppCommand {
  return { id, labelKey: `app:commands.${id}`, ...command };
}

const commandList: AppCommand[] = [
  define('file.new', {
    shortcuts: [{ key: 'n', mod: true }],
    isEnabled: always,
    // A new blank map offers the start choices again (an example, a saved map, typing, an event log).
    run: async (context) => {
      const before = context.documents.getState().loadCount;
      await context.files.newDocument();
      const after = context.documents.getState().loadCount;
      if (after !== before) context.session.offerStart(after);
    },
  }),
  define('file.newFromTemplate', { shortcuts: [], isEnabled: always, run: (context) => context.files.chooseTemplate() }),
  define('file.open', { shortcuts: [{ key: 'o', mod: true }], isEnabled: always, run: (context) => context.files.openDocument() }),
  define('file.importEventLog', { shortcuts: [], isEnabled: always, run: (context) => context.importEventLog() }),
  define('file.importMap', { shortcuts: [{ key: 'i', mod: true }], isEnabled: always, run: (context) => context.importMap() }),
  define('file.exportMap', { shortcuts: [], isEnabled: always, run: (context) => context.exportMap() }),
  define('file.save', { shortcuts: [{ key: 's', mod: true }], isEnabled: always, run: (context) => context.files.save() }),
  define('file.saveAs', {
    shortcuts: [{ key: 's', mod: true, shift: true }],
    isEnabled: always,
    run: (context) => context.files.save({ saveAs: true }),
  }),
  define('file.exportPlan', { shortcuts: [{ key: 'e', mod: true }], isEnabled: always, run: (context) => context.session.setExportDialog('plan') }),
  define('file.exportImage', { shortcuts: [], isEnabled: always, run: (context) => context.session.setExportDialog('image') }),
  define('edit.undo', {
    shortcuts: [{ key: 'z', mod: true }],
    isEnabled: (context) => context.documents.getState().canUndo,
    run: (context) => context.documents.undo(),
  }),
  define('edit.redo', {
    shortcuts: [
      { key: 'z', mod: true, shift: true },
      { key: 'y', mod: true },
    ],
    isEnabled: (context) => context.documents.getState().canRedo,
    run: (context) => context.documents.redo(),
  }),
  define('edit.cut', { shortcuts: [{ key: 'x', mod: true }], isEnabled: (context) => context.clipboard.canCopy(), run: (context) => void context.clipboard.cut() }),
  define('edit.copy', { shortcuts: [{ key: 'c', mod: true }], isEnabled: (context) => context.clipboard.canCopy(), run: (context) => void context.clipboard.copy() }),
  define('edit.paste', { shortcuts: [{ key: 'v', mod: true }], isEnabled: (context) => context.clipboard.hasContent(), run: (context) => void context.clipboard.paste() }),
  define('edit.delete', {
    shortcuts: [{ key: 'Delete' }, { key: 'Backspace' }],
    isEnabled: (context) => hasSelection(context.session) && isSelectionShown(context.session),
    // A step between two others is bridged (planDeletion); deleting and reconnecting are one undo step.
    run: ({ documents, session }) => {
      const { selection, target } = session.getState();
      const commands = planDeletion(readShownState(documents, session), { target, ...selection });
      documents.transact(historyLabelKeyOf({ type: 'elements/delete' }), () => {
        for (const command of commands) documents.dispatch(command);
      });
    },
  }),
  define('edit.selectAll', {
    shortcuts: [{ key: 'a', mod: true }],
    isEnabled: always,
    run: ({ documents, session }) => {
      const graph = readShownState(documents, session);
      session.select({
        stepIds: graph.steps.map((step) => step.id),
        flowIds: graph.flows.map((flow) => flow.id),
        annotationIds: graph.annotations.map((annotation) => annotation.id),
      });
    },
  }),
  define('view.zoomIn', { shortcuts: [{ key: '=', mod: true }, { key: '+', mod: true, shift: true }], isEnabled: always, run: (context) => context.canvas.zoomIn() }),
  define('view.zoomOut', { shortcuts: [{ key: '-', mod: true }], isEnabled: always, run: (context) => context.canvas.zoomOut() }),
  define('view.fitView', { shortcuts: [{ key: '0', mod: true }], isEnabled: always, run: (context) => context.canvas.fitView() }),
  define('view.autoLayout', { shortcuts: [{ key: 'l', mod: true, shift: true }], isEnabled: always, run: (context) => context.canvas.autoLayout() }),
  define('view.criticalPath', {
    // K as in "kritiek"/"critical"; Ctrl+Shift+K is free in Chromium and Electron, and with Shift the key reads the same on every layout.
    shortcuts: [{ key: 'k', mod: true, shift: true }],
    isEnabled: always,
    run: ({ session }) => session.setCriticalPathShown(!session.getState().criticalPathShown),
  }),
  define('view.languageNl', { shortcuts: [], isEnabled: always, run: (context) => context.language.set('nl') }),
  define('view.languageEn', { shortcuts: [], isEnabled: always, run: (context) => context.language.set('en') }),
  define('help.about', { shortcuts: [], isEnabled: always, run: (context) => context.showAbout() }),
  define('step.addAfterSelected', {
    shortcuts: [{ key: 'Enter' }, { key: 'Tab' }],
    isEnabled: (context) => isSelectionShown(context.session) && selectedSourceStepId(context.documents, context.session) !== null,
    // With one step selected the canvas adds the new step after it, connected, and starts editing its name.
    run: (context) => context.canvas.addElement('activity'),
  }),
  define('step.rename', {
    shortcuts: [{ key: 'F2' }],
    isEnabled: (context) => {
      const { selection } = context.session.getState();
      return selection.stepIds.length + selection.annotationIds.length === 1;
    },
    run: (context) => context.canvas.editSelectedLabel(),
  }),
  define('selection.clear', {
    shortcuts: [{ key: 'Escape' }],
    isEnabled: (context) => hasSelection(context.session),
    run: (context) => context.session.clearSelection(),
  }),
  // E as in "enter the steps"; with Shift it is free in Chromium and Electron and reads the same on every layout.
  define('edit.quickEntry', { shortcuts: [{ key: 'e', mod: true, shift: true }], isEnabled: always, run: (context) => context.session.setQuickEntryOpen(!context.session.getState().quickEntryOpen) }),
  define('view.present', { shortcuts: [{ key: 'F5' }], isEnabled: always, run: (context) => context.session.setPresenting(true) }),
  define('language.toggle', {
    shortcuts: [],
    isEnabled: always,
    run: (context) => context.language.set(context.language.current() === 'nl' ? 'en' : 'nl'),
  }),
];

/** Every app command by id; TypeScript and the test make sure each id has exactly one. */
export const APP_COMMANDS: Readonly<Record<AppCommandId, AppCommand>> = Object.fromEntries(commandList.map((command) => [command.id, command])) as Record<
  AppCommandId,
  AppCommand
>;

export const ALL_APP_COMMAND_IDS: readonly AppCommandId[] = [...MENU_COMMAND_IDS, ...APP_ONLY_COMMAND_IDS];

/** Runs an app command when it is enabled; returns whether it ran. Errors are reported, not thrown. */
export function runAppCommand(id: AppCommandId, context: AppCommandContext, onError: (error: unknown) => void = console.error): boolean {
  const command = APP_COMMANDS[id];
  if (!command.isEnabled(context)) return false;
  try {
    const result = command.run(context);
    if (result instanceof Promise) result.catch(onError);
  } catch (error) {
    onError(error);
  }
  return true;
}
