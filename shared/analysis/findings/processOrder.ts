import type { Flow, Step } from '../../model/types';
import type { AnalysisContext } from '../context';

/** Natural order for ties ("s2" before "s10"); fixed locale, so the same on every machine. */
const naturalIds = new Intl.Collator('en', { numeric: true });
const distanceCache = new WeakMap<AnalysisContext, Int32Array>();

/**
 * Fewest flows from the start step to each step index (breadth-first), -1 where no flow
 * leads. Texts list steps in this order so they read like the process ("registered,
 * checked, approved"), whatever the order of the steps in the file. Computed once per
 * context, when a text first needs it.
 */
function distancesFromStart(context: AnalysisContext): Int32Array {
  const cached = distanceCache.get(context);
  if (cached) return cached;
  const { graph } = context;
  const { steps } = context.input.state;
  const distances = new Int32Array(graph.stepCount).fill(-1);
  const queue = new Int32Array(graph.stepCount);
  let tail = 0;
  for (let s = 0; s < graph.stepCount; s++) {
    const step = steps[s] as Step;
    if (step.type === 'start' && graph.stepIndexById.get(step.id) === s) {
      distances[s] = 0;
      queue[tail++] = s;
    }
  }
  for (let head = 0; head < tail; head++) {
    const s = queue[head] as number;
    const next = (distances[s] as number) + 1;
    const end = graph.outOffsets[s + 1] as number;
    for (let e = graph.outOffsets[s] as number; e < end; e++) {
      const to = graph.flowTo[graph.outFlows[e] as number] as number;
      if (distances[to] !== -1) continue;
      distances[to] = next;
      queue[tail++] = to;
    }
  }
  distanceCache.set(context, distances);
  return distances;
}

/** Compares two step ids by their place in the process, then naturally by id. */
export function compareInProcess(context: AnalysisContext, a: string, b: string): number {
  const distances = distancesFromStart(context);
  const distanceOf = (stepId: string): number => {
    const distance = distances[context.graph.stepIndexById.get(stepId) ?? -1] ?? -1;
    return distance < 0 ? Number.POSITIVE_INFINITY : distance;
  };
  const distanceA = distanceOf(a);
  const distanceB = distanceOf(b);
  if (distanceA !== distanceB) return distanceA < distanceB ? -1 : 1;
  return naturalIds.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** Step ids in process order (a new array). */
export function inProcessOrder(context: AnalysisContext, stepIds: readonly string[]): string[] {
  return [...stepIds].sort((a, b) => compareInProcess(context, a, b));
}

/** Flows in process order of their source, then of their target, then by id (a new array). */
export function flowsInProcessOrder(context: AnalysisContext, flows: readonly Flow[]): Flow[] {
  return [...flows].sort(
    (a, b) =>
      compareInProcess(context, a.from, b.from) || compareInProcess(context, a.to, b.to) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
