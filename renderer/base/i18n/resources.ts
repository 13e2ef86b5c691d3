import { sharedResources } from '../../../shared/i18n/locales';
import { actionsEn, actionsNl } from './locales/actions';
import { appEn, appNl } from './locales/app';
import { canvasEn, canvasNl } from './locales/canvas';
import { captureEn, captureNl } from './locales/capture';
import { exportEn, exportNl } from './locales/export';
import { importLogEn, importLogNl } from './locales/importLog';
import { improveEn, improveNl } from './locales/improve';
import { mapFilesEn, mapFilesNl } from './locales/mapFiles';
import { panelsEn, panelsNl } from './locales/panels';

/**
 * Every namespace the renderer shows, per language: the shared ones (findings, diagnostics,
 * problems, common…) plus one file per renderer area. Register a new area here with one
 * line per language; the completeness test then checks it automatically.
 */
export const rendererResources = {
  nl: { ...sharedResources.nl, actions: actionsNl, app: appNl, canvas: canvasNl, capture: captureNl, export: exportNl, improve: improveNl, importLog: importLogNl, mapFiles: mapFilesNl, panels: panelsNl },
  en: { ...sharedResources.en, actions: actionsEn, app: appEn, canvas: canvasEn, capture: captureEn, export: exportEn, improve: improveEn, importLog: importLogEn, mapFiles: mapFilesEn, panels: panelsEn },
} as const;

