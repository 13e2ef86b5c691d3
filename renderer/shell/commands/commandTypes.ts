import type { DroppedFile, MenuCommandId, OpenFileRequest } from '../../../shared/ipc/contract';
import type { ProcessMap } from '../../../shared/model/types';
import type { Language } from '../../../shared/model/vocabulary';
import type { CanvasApi } from '../../base/canvasController';
import type { SessionStore } from '../../base/session/sessionStore';
import type { DocumentStore } from '../../base/store/documentStore';
import type { EditorClipboard } from './clipboard';
import type { Shortcut } from './shortcuts';

/** App commands only the renderer knows (no native menu item). */
export const APP_ONLY_COMMAND_IDS = ['step.addAfterSelected', 'step.rename', 'selection.clear', 'language.toggle', 'view.criticalPath', 'view.present'] as const;
export type AppOnlyCommandId = (typeof APP_ONLY_COMMAND_IDS)[number];
export type AppCommandId = MenuCommandId | AppOnlyCommandId;

/** The file operations behind the File commands (renderer/shell/documents). */
export interface FileCommands {
  newDocument(): Promise<void>;
  chooseTemplate(): Promise<void>;
  openDocument(): Promise<void>;
  /** Resolves true when the document was saved. */
  save(options?: { saveAs?: boolean }): Promise<boolean>;
  /** A file the platform asks to open (double-click, command line, Open Recent). */
  openRequested(request: OpenFileRequest): Promise<void>;
  /** A file dropped on the window. */
  openDropped(file: DroppedFile): Promise<void>;
  /** Opens a map made here (from an event log) as a new, unsaved document; false when the user kept the old one. */
  openNewMap(map: ProcessMap): Promise<boolean>;
  /** Asks Save / Don't save / Cancel when there are unsaved changes; true when the document may go. */
  confirmClose(): Promise<boolean>;
}

export interface LanguageCommands {
  current(): Language;
  set(language: Language): void;
}

/** Everything an app command may use; built once at startup (appServices.ts). */
export interface AppCommandContext {
  documents: DocumentStore;
  session: SessionStore;
  canvas: CanvasApi;
  files: FileCommands;
  clipboard: EditorClipboard;
  language: LanguageCommands;
  showAbout(): void;
  /** Import event log…: choose a log and make the current state from it (renderer/features/discovery). */
  importEventLog(): Promise<void>;
  /** Import…: a BPMN file or step list as a new map, with a preview first (renderer/features/mapFiles). */
  importMap(): Promise<void>;
  /** Map as file: the map as BPMN or a step list (renderer/features/mapFiles). */
  exportMap(): void;
}

/**
 * One app command (style.md principle 7): the toolbar, the keyboard, and the Electron
 * menu all run commands by id through this registry, never their own copies.
 */
export interface AppCommand {
  id: AppCommandId;
  /** i18n key of the short label (namespace app). */
  labelKey: string;
  /** The first shortcut is the one shown in tooltips. */
  shortcuts: readonly Shortcut[];
  isEnabled(context: AppCommandContext): boolean;
  run(context: AppCommandContext): void | Promise<unknown>;
}
