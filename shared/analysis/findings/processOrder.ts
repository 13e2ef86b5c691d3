import type { Flow } from '../../model/types';
import type { AnalysisContext } from '../context';

/** Natural order for ties ("s2" before "s10"); fixed locale, so the same on every machine. */
const naturalIds = new Intl.Collator('en', { numeric: true });
const distanceCache = new WeakMap<AnalysisContext, ReadonlyMap<string, number>>();

/**
 * Fewest flows from the start step to each step (breadth-first). Texts list steps in this
 * order so they read like the process ("registered, checked, approved"), whatever the order
 * of the steps in the file. Computed once per context; unreachable steps are absent.
 */
function distancesFromStart(context: AnalysisContext): ReadonlyMap<string, number> {
  const cached = distanceCache.get(context);
  if (cached) return cached;
  const distances = new Map<string, number>();
  const queue: string[] = [];
  for (const step of context.stepsById.values()) {
    if (step.type === 'start') {
      distances.set(step.id, 0);
      queue.push(step.id);
    }
  }
  for (let head = 0; head < queue.length; head++) {
    const stepId = queue[head] as string;
    const next = (distances.get(stepId) ?? 0) + 1;
    for (const flow of context.outgoing.get(stepId) ?? []) {
      if (!distances.has(flow.to) && context.stepsById.has(flow.to)) {
        distances.set(flow.to, next);
        queue.push(flow.to);
      }
    }
  }
  distanceCache.set(context, distances);
  return distances;
}

/** Compares two step ids by their place in the process, then naturally by id. */
export function compareInProcess(context: AnalysisContext, a: string, b: string): number {
  const distances = distancesFromStart(context);
  const distanceA = distances.get(a) ?? Number.POSITIVE_INFINITY;
  const distanceB = distances.get(b) ?? Number.POSITIVE_INFINITY;
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
