import { z } from '../../shared/model/zodConfig';
import {
  IPC_CHANNELS,
  closeAnswerSchema,
  discardRecoveryRequestSchema,
  documentTitleSchema,
  exportFileRequestSchema,
  menuStateSchema,
  preferencesPatchSchema,
  printPlanToPdfRequestSchema,
  recentFileIdSchema,
  recoveryWriteRequestSchema,
  saveMapFileRequestSchema,
  type DocumentTitle,
  type ExportFileRequest,
  type ExportFileResult,
  type MenuState,
  type OpenExternalResult,
  type OpenMapFileResult,
  type Preferences,
  type PreferencesPatch,
  type PrintPlanToPdfRequest,
  type PrintPlanToPdfResult,
  type RecentFile,
  type RecoveredDocument,
  type RecoveryWriteRequest,
  type SaveMapFileRequest,
  type SaveMapFileResult,
  type WriteRecoveryResult,
} from '../../shared/ipc/contract';
import type { Language } from '../../shared/model/vocabulary';
import { createIpcRouter, type InvokeEvent, type IpcRoute, type IpcRouterOptions } from './ipc';

/** What the IPC routes call into; main.ts wires the real modules, tests use fakes. */
export interface IpcServices {
  getSystemLanguage(): Language;
  getPreferences(): Preferences;
  setPreferences(patch: PreferencesPatch): Preferences;
  openMapFile(event: InvokeEvent): Promise<OpenMapFileResult>;
  saveMapFile(event: InvokeEvent, request: SaveMapFileRequest): Promise<SaveMapFileResult>;
  setMenuState(state: MenuState): void;
  setDocumentTitle(event: InvokeEvent, title: DocumentTitle): void;
  /** `path` comes from the preload (webUtils.getPathForFile of a dropped File), never from page script. */
  openDroppedFile(event: InvokeEvent, path: string): Promise<OpenMapFileResult>;
  listRecent(): RecentFile[];
  openRecent(event: InvokeEvent, id: string): Promise<OpenMapFileResult>;
  writeRecovery(event: InvokeEvent, request: RecoveryWriteRequest): Promise<WriteRecoveryResult>;
  listRecovered(event: InvokeEvent): Promise<RecoveredDocument[]>;
  discardRecovery(documentId: string): Promise<void>;
  /** Bridge method openExternal: https only, after the user agreed (externalLinks.ts). */
  openLink(event: InvokeEvent, url: string): Promise<OpenExternalResult>;
  answerCloseRequest(event: InvokeEvent, allowed: boolean): void;
  listenForOpenRequests(event: InvokeEvent): void;
  listenForCloseRequests(event: InvokeEvent): void;
  /** Save dialog with the kind's filter, then a safe write (exportFiles.ts). */
  exportFile(event: InvokeEvent, request: ExportFileRequest): Promise<ExportFileResult>;
  /** The plan HTML printed to PDF in a hidden window without JavaScript (planPdf.ts). */
  printPlanToPdf(request: PrintPlanToPdfRequest): Promise<PrintPlanToPdfResult>;
}

/** Calls without an argument must really come without one. */
const noPayload = z.undefined();
/** Empty when the dropped item is not a file on disk; main answers that as a failed open. */
const droppedPathSchema = z.string().max(4096);
/** Checked for https again in main (externalLinks.ts); bounded here. */
const externalUrlPayloadSchema = z.string().min(1).max(2048);

/** One route per bridge method (shared/ipc/contract.ts). */
export function buildIpcRoutes(services: IpcServices, options: IpcRouterOptions): IpcRoute[] {
  const router = createIpcRouter(options);
  const route = router.route.bind(router);
  const done = <T>(run: (payload: T, event: InvokeEvent) => unknown) => async (payload: T, event: InvokeEvent) => {
    await run(payload, event);
    return null;
  };
  return [
    route(IPC_CHANNELS.getSystemLanguage, noPayload, () => services.getSystemLanguage()),
    route(IPC_CHANNELS.getPreferences, noPayload, () => services.getPreferences()),
    route(IPC_CHANNELS.setPreferences, preferencesPatchSchema, (patch) => services.setPreferences(patch)),
    route(IPC_CHANNELS.openMapFile, noPayload, (_payload, event) => services.openMapFile(event)),
    route(IPC_CHANNELS.saveMapFile, saveMapFileRequestSchema, (request, event) => services.saveMapFile(event, request)),
    route(IPC_CHANNELS.setMenuState, menuStateSchema, done((state) => services.setMenuState(state))),
    route(IPC_CHANNELS.setDocumentTitle, documentTitleSchema, done((title, event) => services.setDocumentTitle(event, title))),
    route(IPC_CHANNELS.openDroppedFile, droppedPathSchema, (path, event) => services.openDroppedFile(event, path)),
    route(IPC_CHANNELS.listRecent, noPayload, () => services.listRecent()),
    route(IPC_CHANNELS.openRecent, recentFileIdSchema, (id, event) => services.openRecent(event, id)),
    route(IPC_CHANNELS.writeRecovery, recoveryWriteRequestSchema, (request, event) => services.writeRecovery(event, request)),
    route(IPC_CHANNELS.listRecovered, noPayload, (_payload, event) => services.listRecovered(event)),
    route(IPC_CHANNELS.discardRecovery, discardRecoveryRequestSchema, done((documentId) => services.discardRecovery(documentId))),
    route(IPC_CHANNELS.openExternal, externalUrlPayloadSchema, (url, event) => services.openLink(event, url)),
    route(IPC_CHANNELS.answerCloseRequest, closeAnswerSchema, done((allowed, event) => services.answerCloseRequest(event, allowed))),
    route(IPC_CHANNELS.listenForOpenRequests, noPayload, done((_payload, event) => services.listenForOpenRequests(event))),
    route(IPC_CHANNELS.listenForCloseRequests, noPayload, done((_payload, event) => services.listenForCloseRequests(event))),
    route(IPC_CHANNELS.exportFile, exportFileRequestSchema, (request, event) => services.exportFile(event, request)),
    route(IPC_CHANNELS.printPlanToPdf, printPlanToPdfRequestSchema, (request) => services.printPlanToPdf(request)),
  ];
}
