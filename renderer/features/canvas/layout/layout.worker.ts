import { createElkRunner } from '../../../../shared/layout/elkLayout';
import { buildWarmUpElkGraph } from '../../../../shared/layout/laneLayout';
import type { LayoutRequest, LayoutResponse } from './layoutProtocol';

/**
 * Runs ELK off the main thread. The bundled ELK build installs its own `self.onmessage`
 * when it detects a worker; this module's handler is assigned after the import and
 * replaces it, so only LayoutRequest messages are handled.
 */
const runElk = createElkRunner();
// Lay out a small graph at once, so the first real layout finds ELK loaded and compiled
// (requests that arrive meanwhile wait their turn; a failure here only loses the warm-up).
void runElk(buildWarmUpElkGraph()).catch(() => undefined);

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
