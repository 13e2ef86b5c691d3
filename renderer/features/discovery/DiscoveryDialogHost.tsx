import { lazy, Suspense, useSyncExternalStore } from 'react';
import type { DiscoveryController } from './discoveryController';

// The dialog (log statistics, column mapping, follow-up) loads when a log is first opened, not with the editor.
const DiscoveryDialog = lazy(() => import('./DiscoveryDialog').then((module) => ({ default: module.DiscoveryDialog })));

/** Shows the discovery dialog while Import event log… or the follow-up has a file open. */
export function DiscoveryDialogHost({ controller }: { controller: DiscoveryController }) {
  const open = useSyncExternalStore(controller.subscribe, controller.getOpen);
  return open ? (
    <Suspense fallback={null}>
      <DiscoveryDialog key={open.file.logId} controller={controller} open={open} />
    </Suspense>
  ) : null;
}
