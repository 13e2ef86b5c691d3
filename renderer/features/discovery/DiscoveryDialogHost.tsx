import { useSyncExternalStore } from 'react';
import type { DiscoveryController } from './discoveryController';
import { DiscoveryDialog } from './DiscoveryDialog';

/** Shows the discovery dialog while Import event log… or the follow-up has a file open. */
export function DiscoveryDialogHost({ controller }: { controller: DiscoveryController }) {
  const open = useSyncExternalStore(controller.subscribe, controller.getOpen);
  return open ? <DiscoveryDialog key={open.file.logId} controller={controller} open={open} /> : null;
}
