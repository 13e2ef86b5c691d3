import { createElkRunner } from '../../../../shared/layout/elkLayout';
import type { LayoutRequest, LayoutResponse } from './layoutProtocol';

/**
 * Runs ELK off the main thread. The bundled ELK build installs its own `self.onmessage`
 * when it detects a worker; this module's handler is assigned after the import and
 * replaces it, so only LayoutRequest messages are handled.
 */
const runElk = createElkRunner();

function reply(response: LayoutResponse): void {
  self.postMessage(response);
}

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const { requestId, graph } = event.data;
  runElk(graph).then(
    (laidOut) => reply({ requestId, ok: true, graph: laidOut }),
    (error: unknown) => reply({ requestId, ok: false, message: error instanceof Error ? error.message : String(error) }),
  );
};
