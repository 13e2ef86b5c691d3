import type { TFunction } from 'i18next';
import type { OpenFileRequest, OpenMapFileResult, SaveMapFileResult, StroomlijnBridge } from '../../../shared/ipc/contract';
import { createEmptyMap } from '../../../shared/model/defaults';
import { parseMap, tooLargeValues } from '../../../shared/model/parse';
import { prepareMapForSave } from '../../../shared/model/saveText';
import type { ProcessMap } from '../../../shared/model/types';
import type { Language } from '../../../shared/model/vocabulary';
import type { FileCommands } from '../commands/commandTypes';
import type { DialogController } from '../dialogs/dialogController';
import type { DocumentStore } from '../../base/store/documentStore';
import type { TemplateEntry } from './templates';

/** At most this many problems are listed when a file is refused; the rest are counted. */
const MAX_LISTED_PROBLEMS = 8;

export interface DocumentControllerDependencies {
  documents: DocumentStore;
  bridge: StroomlijnBridge;
  dialogs: DialogController;
  templates: readonly TemplateEntry[];
  uiLanguage: () => Language;
  /** Translator of the UI (for dialog texts built here). */
  t: TFunction;
  now?: () => string;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * New, template, open and save. Replacing a document with unsaved changes asks first
 * (Save / Don't save / Cancel, where Cancel vetoes). Nothing here throws at the UI:
 * every failure becomes a dialog in the UI language.
 */
export function createDocumentController(dependencies: DocumentControllerDependencies): FileCommands {
  const { documents, bridge, dialogs, t } = dependencies;
  const now = dependencies.now ?? (() => new Date().toISOString());

  function showPlatformError(titleKey: string, error: unknown): Promise<void> {
    return dialogs.showMessage({ titleKey, lines: [t('app:dialogs.platformErrorBody', { message: errorMessage(error) })] });
  }

  async function writeFile(request: { handle: string | null; saveAs: boolean; force: boolean; text: string; suggestedName: string }): Promise<SaveMapFileResult | null> {
    const { force, ...rest } = request;
    try {
      return await bridge.saveMapFile(force ? { ...rest, force: true } : rest);
    } catch (error) {
      await showPlatformError('app:dialogs.saveFailedTitle', error);
      return null;
    }
  }

  async function save(options: { saveAs?: boolean } = {}): Promise<boolean> {
    const { map, fileHandle } = documents.getState();
    const updatedAt = now();
    // Checked with the open path before anything is written: never a file the app refuses.
    const prepared = prepareMapForSave({ ...map, meta: { ...map.meta, updatedAt } }, dependencies.uiLanguage());
    if (!prepared.ok) {
      const listed = prepared.problems.slice(0, MAX_LISTED_PROBLEMS).map((problem) => problem.message);
      await dialogs.showMessage({ titleKey: 'app:dialogs.saveFailedTitle', intro: t('app:dialogs.saveRefusedIntro'), lines: listed, hiddenCount: prepared.problems.length - listed.length });
      return false;
    }
    const request = {
      handle: options.saveAs ? null : fileHandle,
      suggestedName: map.meta.title.trim() || t('app:document.untitled'),
      text: prepared.text,
      saveAs: options.saveAs === true || fileHandle === null,
      force: false,
    };
    let result = await writeFile(request);
    if (result && !result.ok && result.reason === 'conflict') {
      // Someone changed the file on disk since it was opened: never overwrite silently.
      const choice = await dialogs.confirmOverwrite(result.fileName);
      if (choice === 'cancel') return false;
      result = await writeFile(choice === 'overwrite' ? { ...request, force: true } : { ...request, handle: null, saveAs: true });
    }
    if (!result) return false;
    if (result.ok) {
      documents.markSaved({ handle: result.handle, name: result.fileName, updatedAt });
      return true;
    }
    if (result.reason === 'failed') {
      await dialogs.showMessage({ titleKey: 'app:dialogs.saveFailedTitle', lines: [t('app:dialogs.saveFailedBody', { message: result.message })] });
    }
    return false;
  }

  /** True when the open document may be replaced: it is saved, or the user chose. */
  async function ensureCanReplace(): Promise<boolean> {
    const { dirty, map } = documents.getState();
    if (!dirty) return true;
    const choice = await dialogs.confirmDiscard(map.meta.title);
    if (choice === 'cancel') return false;
    return choice === 'discard' || (await save());
  }

  function loadAsNewDocument(map: ProcessMap): void {
    const stamp = now();
    documents.loadDocument({ ...map, meta: { ...map.meta, createdAt: stamp, updatedAt: stamp } }, { handle: null, name: null });
  }

  async function showOpenProblems(fileName: string, problems: readonly { message: string }[]): Promise<void> {
    const listed = problems.slice(0, MAX_LISTED_PROBLEMS).map((problem) => problem.message);
    await dialogs.showMessage({
      titleKey: 'app:dialogs.openFailedTitle',
      intro: t('app:dialogs.openFailedIntro', { fileName }),
      lines: listed,
      hiddenCount: problems.length - listed.length,
    });
  }

  /** Loads what an open gave: the map, or a dialog saying why not. */
  async function loadOpenResult(result: OpenMapFileResult, knownFileName?: string): Promise<void> {
    if (result.ok) {
      const parsed = parseMap(result.text, { language: dependencies.uiLanguage() });
      if (parsed.ok) documents.loadDocument(parsed.map, { handle: result.handle, name: result.fileName });
      else await showOpenProblems(result.fileName, parsed.problems);
      return;
    }
    if (result.reason === 'tooLarge') {
      // The real size to 0.1 MB, as the file refusal of parseMap and the command line say it.
      const { sizeMb, limitMb } = tooLargeValues(result.sizeBytes, dependencies.uiLanguage());
      await dialogs.showMessage({
        titleKey: 'app:dialogs.openFailedTitle',
        lines: [t('app:dialogs.fileTooLarge', { fileName: result.fileName, size: sizeMb, limit: limitMb })],
      });
    } else if (result.reason === 'failed') {
      const fileName = result.fileName ?? knownFileName;
      await dialogs.showMessage({
        titleKey: 'app:dialogs.openFailedTitle',
        ...(fileName ? { intro: t('app:dialogs.openFailedFile', { fileName }) } : {}),
        lines: [t('app:dialogs.openErrorBody', { message: result.message })],
      });
    }
  }

  return {
    save,

    async openNewMap(map) {
      if (!(await ensureCanReplace())) return false;
      loadAsNewDocument(map);
      return true;
    },

    async newDocument() {
      if (!(await ensureCanReplace())) return;
      const stamp = now();
      documents.loadDocument(createEmptyMap({ title: '', language: dependencies.uiLanguage(), now: stamp }), { handle: null, name: null });
    },

    async chooseTemplate() {
      const choice = await dialogs.chooseTemplate();
      if (!choice || !(await ensureCanReplace())) return;
      if (choice.kind === 'empty') {
        loadAsNewDocument(createEmptyMap({ title: '', language: dependencies.uiLanguage(), now: now() }));
        return;
      }
      const template = dependencies.templates.find((entry) => entry.id === choice.templateId);
      if (template) loadAsNewDocument(structuredClone(template.map));
    },

    async openDocument() {
      if (!(await ensureCanReplace())) return;
      try {
        await loadOpenResult(await bridge.openMapFile());
      } catch (error) {
        await showPlatformError('app:dialogs.openFailedTitle', error);
      }
    },

    async openRequested(request: OpenFileRequest) {
      if (!(await ensureCanReplace())) return;
      await loadOpenResult(request);
    },

    async openDropped(file) {
      if (!(await ensureCanReplace())) return;
      try {
        await loadOpenResult(await bridge.openDroppedFile(file), file.name);
      } catch (error) {
        await showPlatformError('app:dialogs.openFailedTitle', error);
      }
    },

    confirmClose: ensureCanReplace,
  };
}
