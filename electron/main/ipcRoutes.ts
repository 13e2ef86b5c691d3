import { z } from '../../shared/model/zodConfig';
import {
  IPC_CHANNELS,
  documentTitleSchema,
  menuStateSchema,
  preferencesPatchSchema,
  saveMapFileRequestSchema,
  type DocumentTitle,
  type MenuState,
  type OpenMapFileResult,
  type Preferences,
  type PreferencesPatch,
  type SaveMapFileRequest,
  type SaveMapFileResult,
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
}

/** Calls without an argument must really come without one. */
const noPayload = z.undefined();

/** One route per bridge method (shared/ipc/contract.ts). */
export function buildIpcRoutes(services: IpcServices, options: IpcRouterOptions): IpcRoute[] {
  const router = createIpcRouter(options);
  const route = router.route.bind(router);
  return [
    route(IPC_CHANNELS.getSystemLanguage, noPayload, () => services.getSystemLanguage()),
    route(IPC_CHANNELS.getPreferences, noPayload, () => services.getPreferences()),
    route(IPC_CHANNELS.setPreferences, preferencesPatchSchema, (patch) => services.setPreferences(patch)),
    route(IPC_CHANNELS.openMapFile, noPayload, (_payload, event) => services.openMapFile(event)),
    route(IPC_CHANNELS.saveMapFile, saveMapFileRequestSchema, (request, event) => services.saveMapFile(event, request)),
    route(IPC_CHANNELS.setMenuState, menuStateSchema, (state) => {
      services.setMenuState(state);
      return null;
    }),
    route(IPC_CHANNELS.setDocumentTitle, documentTitleSchema, (title, event) => {
      services.setDocumentTitle(event, title);
      return null;
    }),
  ];
}
