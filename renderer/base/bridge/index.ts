import type { StroomlijnBridge } from '../../../shared/ipc/contract';
import { browserEnvironment, createBrowserBridge } from './browserBridge';
import { createElectronBridge } from './electronBridge';

/**
 * The platform bridge for this run: over IPC when the Electron preload exposed
 * `window.stroomlijn`, otherwise on web APIs. Call once at startup.
 */
export function createBridge(): StroomlijnBridge {
  const preloadApi = window.stroomlijn;
  return preloadApi === undefined ? createBrowserBridge(browserEnvironment()) : createElectronBridge(preloadApi);
}
