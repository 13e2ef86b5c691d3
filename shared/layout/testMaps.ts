import type { Flow, MapState, Step } from '../model/types';
import { createStep } from '../model/elements';

/** Small states for the canvas unit tests. */
export function step(id: string, laneId: string, x: number, y: number, overrides: Partial<Step> = {}): Step {
  return { ...createStep({ id, type: 'activity', label: id, laneId, position: { x, y } }), ...overrides };
}

export function flow(id: string, from: string, to: string, overrides: Partial<Flow> = {}): Flow {
  return { id, from, to, rework: false, medium: 'other', label: '', ...overrides };
}

/**
 * The worked example of domain.md section 3: start → A → B → D → end, with rework D → A,
 * across two lanes (sec, mgr).
 */
export function workedExample(): MapState {
  return {
    lanes: [
      { id: 'sec', name: 'Secretariaat', hourlyCost: 42 },
      { id: 'mgr', name: 'Manager' },
    ],
    steps: [
      step('start', 'sec', 0, 50, { type: 'start', label: 'Start' }),
      step('A', 'sec', 220, 50, { processTime: 10 }),
      step('B', 'mgr', 440, 230, { processTime: 5, waitTime: 120, completeAccurate: 0.8, valueType: 'value-adding' }),
      step('D', 'mgr', 660, 230, { type: 'decision', processTime: 1 }),
      step('end', 'mgr', 880, 230, { type: 'end', label: 'Klaar' }),
    ],
    flows: [
      flow('f1', 'start', 'A'),
      flow('f2', 'A', 'B'),
      flow('f3', 'B', 'D'),
      flow('f4', 'D', 'end', { probability: 0.75, label: 'ja' }),
      flow('f5', 'D', 'A', { probability: 0.25, rework: true, label: 'nee' }),
    ],
    annotations: [{ id: 'a1', kind: 'kaizen', text: 'Sneller', position: { x: 300, y: 400 } }],
  };
}
