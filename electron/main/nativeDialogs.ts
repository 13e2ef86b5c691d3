import { dialog, type BrowserWindow, type MessageBoxOptions, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import { EVENT_LOG_EXTENSIONS, MAP_FILE_EXTENSION } from '../../shared/ipc/contract';
import { getTranslator } from '../../shared/i18n/translator';
import type { Language } from '../../shared/model/vocabulary';
import type { DocumentDialogs } from './documentFiles';
import type { EventLogDialogs } from './eventLogFiles';
import type { ExportDialogs } from './exportFiles';
import { EXPORT_FILE_TYPES } from '../../shared/ipc/exportFileKinds';
import { bareExtensions, fileFormat, formatsOf } from '../../shared/formats/registry';

/** Open/save dialogs titled in the app language, as sheets of the asking window. */
export function nativeFileDialogs(language: () => Language): DocumentDialogs<BrowserWindow | null> {
  const texts = () => {
    const t = getTranslator(language());
    return {
      openTitle: t('openDialogTitle', { ns: 'menu' }),
      saveTitle: t('saveDialogTitle', { ns: 'menu' }),
      openFilters: [{ name: t('mapFileFilter', { ns: 'menu' }), extensions: bareExtensions(fileFormat('stroomlijn')) }],
      saveFilters: [{ name: t('mapFileFilter', { ns: 'menu' }), extensions: [MAP_FILE_EXTENSION] }],
    };
  };
  return {
    async chooseFileToOpen(owner) {
      const { openTitle, openFilters } = texts();
      const options: OpenDialogOptions = { title: openTitle, filters: openFilters, properties: ['openFile'] };
      const result = owner === null ? await dialog.showOpenDialog(options) : await dialog.showOpenDialog(owner, options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseFileToSave(owner, defaultPath) {
      const { saveTitle, saveFilters } = texts();
      const options: SaveDialogOptions = { title: saveTitle, defaultPath, filters: saveFilters, properties: ['createDirectory', 'showOverwriteConfirmation'] };
      const result = owner === null ? await dialog.showSaveDialog(options) : await dialog.showSaveDialog(owner, options);
      return result.canceled || result.filePath === undefined || result.filePath === '' ? null : result.filePath;
    },
  };
}

/**
 * Close anyway or keep editing: main's own question, used only while the page does not
 * answer close requests itself (it never subscribed, or it crashed). True closes.
 */
export function confirmDiscardChanges(window: BrowserWindow, language: Language): boolean {
  const t = getTranslator(language);
  const choice = dialog.showMessageBoxSync(window, {
    type: 'warning',
    message: t('unsavedChangesMessage', { ns: 'menu' }),
    detail: t('unsavedChangesDetail', { ns: 'menu' }),
    buttons: [t('keepEditing', { ns: 'menu' }), t('closeWithoutSaving', { ns: 'menu' })],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  });
  return choice === 1;
}

/** "Open this link in your web browser?" with the full address; Cancel is the default. */
export async function confirmOpenLink(owner: BrowserWindow | null, url: string, language: Language): Promise<boolean> {
  const t = getTranslator(language);
  const options: MessageBoxOptions = {
    type: 'question',
    message: t('openLinkMessage', { ns: 'menu' }),
    detail: url,
    buttons: [t('cancel', { ns: 'menu' }), t('openLinkButton', { ns: 'menu' })],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  };
  const result = owner === null ? await dialog.showMessageBox(options) : await dialog.showMessageBox(owner, options);
  return result.response === 1;
}

/** The save dialog of an export, with the filter of its kind (Word document, PNG image…). */
export function nativeExportDialogs(language: () => Language): ExportDialogs<BrowserWindow | null> {
  return {
    async chooseExportPath(owner, kind, defaultPath) {
      const t = getTranslator(language());
      const options: SaveDialogOptions = {
        title: t('exportDialogTitle', { ns: 'menu' }),
        defaultPath,
        filters: [{ name: t(`exportFilter_${kind}`, { ns: 'menu' }), extensions: [EXPORT_FILE_TYPES[kind].extension] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const result = owner === null ? await dialog.showSaveDialog(options) : await dialog.showSaveDialog(owner, options);
      return result.canceled || result.filePath === undefined || result.filePath === '' ? null : result.filePath;
    },
  };
}

/** The open dialog of an event log (CSV, Excel, XES, also gzipped XES). */
export function nativeEventLogDialogs(language: () => Language): EventLogDialogs<BrowserWindow | null> {
  return {
    async chooseEventLog(owner) {
      const t = getTranslator(language());
      const options: OpenDialogOptions = {
        title: t('eventLogDialogTitle', { ns: 'menu' }),
        filters: [{ name: t('eventLogFilter', { ns: 'menu' }), extensions: [...new Set(EVENT_LOG_EXTENSIONS.map((extension) => extension.slice(extension.lastIndexOf('.') + 1)))] }],
        properties: ['openFile'],
      };
      const result = owner === null ? await dialog.showOpenDialog(options) : await dialog.showOpenDialog(owner, options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseImportFile(owner) {
      const t = getTranslator(language());
      // One filter with every importable map format first, then one per format: all from the registry.
      const formats = formatsOf('map', 'read').filter((format) => format.id !== 'stroomlijn');
      const options: OpenDialogOptions = {
        title: t('importMapDialogTitle', { ns: 'menu' }),
        filters: [
          { name: t('importMapFilter', { ns: 'menu' }), extensions: [...new Set(formats.flatMap(bareExtensions))] },
          ...formats.map((format) => ({ name: t(`formats:name.${format.id}`), extensions: bareExtensions(format) })),
        ],
        properties: ['openFile'],
      };
      const result = owner === null ? await dialog.showOpenDialog(options) : await dialog.showOpenDialog(owner, options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  };
}
