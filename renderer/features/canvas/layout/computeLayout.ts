import type { ElkNode } from 'elkjs/lib/elk-api';
import type { Position } from '../../../../shared/commands/types';
import type { MapState } from '../../../../shared/model/types';
import { layOutState } from '../../../../shared/layout/laneLayout';

/** Runs ELK somewhere (a Web Worker in the app, directly in tests) and can be stopped. */
export interface LayoutEngine {
  layout(graph: ElkNode): Promise<ElkNode>;
  /** Stops a running layout (terminates the worker); the pending promise is abandoned. */
  cancel(): void;
}

export type LayoutOutcome =
  | { ok: true; positions: Record<string, Position>; durationMs: number }
  | { ok: false; reason: 'timeout' | 'failed'; durationMs: number; detail: string };

/** Past this, a layout is given up and the document stays as it is. */
export const LAYOUT_TIMEOUT_MS = 5000;

/**
 * Lays out a state with `engine`, giving up after `timeoutMs` (the engine is cancelled so a
 * runaway ELK run does not keep a core busy). Never rejects: failures are outcomes.
 */
export async function computeLayout(
  state: MapState,
  engine: LayoutEngine,
  timeoutMs: number = LAYOUT_TIMEOUT_MS,
  now: () => number = () => performance.now(),
): Promise<LayoutOutcome> {
  const startedAt = now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  try {
    const result = await Promise.race([layOutState(state, (graph) => engine.layout(graph)), timeout]);
    if (result === 'timeout') {
      engine.cancel();
      return { ok: false, reason: 'timeout', durationMs: now() - startedAt, detail: `no result after ${timeoutMs} ms` };
    }
    return { ok: true, positions: result, durationMs: now() - startedAt };
  } catch (error) {
    return { ok: false, reason: 'failed', durationMs: now() - startedAt, detail: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
  }
}
