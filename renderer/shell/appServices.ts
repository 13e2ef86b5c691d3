import type { i18n } from 'i18next';
import { MAX_MAP_FILE_BYTES, type StroomlijnBridge } from '../../shared/ipc/contract';
import type { Language } from '../../shared/model/vocabulary';
import type { Editor } from '../base/editor';
import { uiLanguageOf } from '../base/i18n';
import { createDiscoveryController, type DiscoveryController } from '../features/discovery/discoveryController';
import { createExportController, type ExportController } from '../features/export/exportController';
import { createMapImportController, type MapImportController } from '../features/mapFiles/mapImportController';
import { createMapExportStore, type MapExportStore } from '../features/mapFiles/ExportMapDialog';
import { importReportLines } from '../../shared/formats/reportText';
import { createDialogController, type DialogController } from './dialogs/dialogController';
import { createDocumentController } from './documents/documentController';
import { startRecovery, type RecoveryService } from './documents/recovery';
import { loadTemplates, type TemplateEntry } from './documents/templates';
import { createEditorClipboard } from './commands/clipboard';
import type { AppCommandContext } from './commands/commandTypes';

/** Everything the app shell needs, created once at startup (main.tsx). */
export interface AppServices {
  editor: Editor;
  bridge: StroomlijnBridge;
  i18n: i18n;
  dialogs: DialogController;
  templates: readonly TemplateEntry[];
  recovery: RecoveryService;
  commandContext: AppCommandContext;
  exports: ExportController;
  discovery: DiscoveryController;
  mapImport: MapImportController;
  mapExport: MapExportStore;
}

function writeSystemClipboard(text: string): void {
  // Best effort: the internal clipboard works even where the system one is not allowed.
  navigator.clipboard?.writeText(text).catch(() => undefined);
}

export function createAppServices(options: { editor: Editor; bridge: StroomlijnBridge; i18n: i18n }): AppServices {
  const { editor, bridge, i18n } = options;
  const { documents, session, canvas } = editor;
  const dialogs = createDialogController();
  const templates = loadTemplates();
  const setLanguage = (language: Language): void => {
    if (uiLanguageOf(i18n) !== language) void i18n.changeLanguage(language);
    document.documentElement.lang = language;
    bridge.setPreferences({ language }).catch((error: unknown) => console.error('Could not store the language preference', error));
  };
  const files = createDocumentController({ documents, bridge, dialogs, templates, uiLanguage: () => uiLanguageOf(i18n), t: i18n.t });
  const discovery = createDiscoveryController({
    bridge,
    openMap: (map) => files.openNewMap(map),
    setFollowUp: (followUp) => documents.dispatch({ type: 'map/set-follow-up', followUp }),
    showOpenFailure: (result) => {
      const line =
        result.reason === 'tooLarge'
          ? i18n.t('importLog:tooLarge', { file: result.fileName, size: Math.round(result.sizeBytes / 1048576), limit: Math.round(result.limitBytes / 1048576) })
          : i18n.t('importLog:failed', { message: result.message });
      return dialogs.showMessage({ titleKey: 'importLog:openFailedTitle', lines: [line] });
    },
  });
  const mapImport = createMapImportController({
    bridge,
    language: () => uiLanguageOf(i18n),
    openMap: (map) => files.openNewMap(map),
    showFailure: (lines) => dialogs.showMessage({ titleKey: 'mapFiles:failedTitle', lines }),
    showReport: (result) => dialogs.showMessage({ titleKey: 'mapFiles:reportTitle', lines: importReportLines(result.report, i18n.t) }),
    describeOpenFailure: (reason) =>
      reason.kind === 'tooLarge'
        ? i18n.t('mapFiles:tooLarge', { file: reason.fileName, size: Math.round(reason.sizeBytes / 1048576), limit: Math.round(MAX_MAP_FILE_BYTES / 1048576) })
        : i18n.t('mapFiles:openFailed', { message: reason.message }),
  });
  const mapExport = createMapExportStore();
  const commandContext: AppCommandContext = {
    documents,
    session,
    canvas,
    clipboard: createEditorClipboard(documents, session, writeSystemClipboard),
    files,
    language: { current: () => uiLanguageOf(i18n), set: setLanguage },
    showAbout: () => void dialogs.showAbout(),
    importEventLog: () => discovery.importLog('log'),
    importMap: () => mapImport.start(),
    exportMap: () => mapExport.open(),
  };
  const recovery = startRecovery({
    documents,
    bridge,
    dialogs,
    uiLanguage: () => uiLanguageOf(i18n),
    documentId: crypto.randomUUID(),
    subscribeBlur: (listener) => {
      window.addEventListener('blur', listener);
      return () => window.removeEventListener('blur', listener);
    },
  });
  return { ...options, dialogs, templates, recovery, commandContext, exports: createExportController({ documents, bridge, insights: editor.insights }), discovery, mapImport, mapExport };
}
