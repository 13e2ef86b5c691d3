import type { Step } from '../../model/types';
import type { DetectorScope } from './scope';

/** The visited steps of a scope in id order (code units, as `compareIds`). */
interface StepIdOrder {
  /** Per step index, its place in that order; -1 for a step that is not visited. */
  placeOf: Int32Array;
  /** Per place, the step index. */
  stepAt: Int32Array;
}

const orders = new WeakMap<DetectorScope, StepIdOrder>();

/**
 * Sorts the ids of all visited steps once per scope (the default sort compares strings
 * without a function call per comparison), so that detectors which list thousands of steps
 * by id (handoffs between two lanes, all checks of a map) sort numbers instead of strings:
 * on a 100,000-step map the string sorts per lane pair cost more than one sort of every id,
 * as each comparison reads two strings scattered over the heap.
 */
function stepIdOrder(scope: DetectorScope): StepIdOrder {
  const known = orders.get(scope);
  if (known) return known;
  const { steps, visitedSteps, stepIndexById } = scope;
  const ids = new Array<string>(visitedSteps.length);
  for (let i = 0; i < visitedSteps.length; i++) ids[i] = (steps[visitedSteps[i] as number] as Step).id;
  ids.sort();
  const placeOf = new Int32Array(steps.length).fill(-1);
  const stepAt = new Int32Array(ids.length);
  for (let place = 0; place < ids.length; place++) {
    // Visited steps are each the first step with their id, which is what the lookup finds.
    const s = stepIndexById.get(ids[place] as string) as number;
    placeOf[s] = place;
    stepAt[place] = s;
  }
  const order = { placeOf, stepAt };
  orders.set(scope, order);
  return order;
}

/**
 * The visited steps `indices` in id order, each once (a new array); null when one of them is
 * not a visited step, whose place is unknown (the caller then sorts by id itself).
 */
export function visitedStepsInIdOrder(scope: DetectorScope, indices: readonly number[]): number[] | null {
  const { placeOf, stepAt } = stepIdOrder(scope);
  const places = new Int32Array(indices.length);
  for (let i = 0; i < indices.length; i++) {
    const place = placeOf[indices[i] as number];
    if (place === undefined || place < 0) return null;
    places[i] = place;
  }
  // A typed array sorts numerically, natively.
  places.sort();
  const ordered: number[] = [];
  for (let i = 0; i < places.length; i++) {
    if (i > 0 && places[i] === places[i - 1]) continue;
    ordered.push(stepAt[places[i] as number] as number);
  }
  return ordered;
}
