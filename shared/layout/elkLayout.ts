import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkRunner } from './laneLayout';

/**
 * ELK in this thread: on Node (the command line, tests) and inside the renderer's layout
 * worker. Kept apart from laneLayout.ts so the page itself never bundles ELK. Loading ELK
 * takes a few hundred milliseconds: make one runner and keep it.
 */
export function createElkRunner(): ElkRunner {
  const elk = new ELK();
  return (graph) => elk.layout(graph);
}
