import type { ElkNode } from 'elkjs/lib/elk-api';

/** Messages between the canvas and layout.worker.ts. */
export interface LayoutRequest {
  requestId: number;
  graph: ElkNode;
}

export type LayoutResponse =
  | { requestId: number; ok: true; graph: ElkNode }
  | { requestId: number; ok: false; message: string };
