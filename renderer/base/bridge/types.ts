import type { StroomlijnPreloadApi } from '../../../shared/ipc/contract';

declare global {
  interface Window {
    /** Present only in Electron, exposed by the preload. Use createBridge(), never this directly. */
    readonly stroomlijn?: StroomlijnPreloadApi;
  }
}
