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

/** Fewest flows from the start to the step with this id; Infinity when none leads there. */
function distanceOf(context: AnalysisContext, distances: Int32Array, stepId: string): number {
  const distance = distances[context.graph.stepIndexById.get(stepId) ?? -1] ?? -1;
  return distance < 0 ? Number.POSITIVE_INFINITY : distance;
}

/** Ties in distance: naturally by id, then by code units (ids that differ only in case). */
function compareNaturally(a: string, b: string): number {
  return naturalIds.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** Step ids in process order (a new array); each distance is looked up once. */
export function inProcessOrder(context: AnalysisContext, stepIds: readonly string[]): string[] {
  const distances = distancesFromStart(context);
  const keys = stepIds.map((stepId) => distanceOf(context, distances, stepId));
  return keys
    .map((_, index) => index)
    .sort((a, b) => {
      const distanceA = keys[a] as number;
      const distanceB = keys[b] as number;
      if (distanceA !== distanceB) return distanceA < distanceB ? -1 : 1;
      return compareNaturally(stepIds[a] as string, stepIds[b] as string);
    })
    .map((index) => stepIds[index] as string);
}

/** Flows in process order of their source, then of their target, then by id (a new array). */
export function flowsInProcessOrder(context: AnalysisContext, flows: readonly Flow[]): Flow[] {
  const distances = distancesFromStart(context);
  const fromKeys = flows.map((flow) => distanceOf(context, distances, flow.from));
  const toKeys = flows.map((flow) => distanceOf(context, distances, flow.to));
  const byPlace = (keys: readonly number[], a: number, b: number, idA: string, idB: string): number => {
    const distanceA = keys[a] as number;
    const distanceB = keys[b] as number;
    if (distanceA !== distanceB) return distanceA < distanceB ? -1 : 1;
    return compareNaturally(idA, idB);
  };
  return flows
    .map((_, index) => index)
    .sort((a, b) => {
      const flowA = flows[a] as Flow;
      const flowB = flows[b] as Flow;
      return (
        byPlace(fromKeys, a, b, flowA.from, flowB.from) ||
        byPlace(toKeys, a, b, flowA.to, flowB.to) ||
        (flowA.id < flowB.id ? -1 : flowA.id > flowB.id ? 1 : 0)
      );
    })
    .map((index) => flows[index] as Flow);
}
