import type { StroomlijnPreloadApi } from '../../../shared/ipc/contract';

export type {
  DocumentTitle,
  MenuActionId,
  MenuState,
  OpenMapFileResult,
  Preferences,
  PreferencesPatch,
  SaveMapFileRequest,
  SaveMapFileResult,
  StroomlijnBridge,
} from '../../../shared/ipc/contract';
export { MENU_ACTION_IDS, MAX_MAP_FILE_BYTES } from '../../../shared/ipc/contract';

declare global {
  interface Window {
    /** Present only in Electron, exposed by the preload. Use createBridge(), never this directly. */
    readonly stroomlijn?: StroomlijnPreloadApi;
  }
}
