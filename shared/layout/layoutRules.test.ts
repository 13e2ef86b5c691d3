import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryValidMap } from '../../tests/helpers/arbitraryMap';
import type { Position } from '../commands/types';
import type { MapState } from '../model/types';
import { createElkRunner } from './elkLayout';
import { STEP_GAP_PX, STEP_HEIGHT_PX, STEP_WIDTH_PX } from './geometry';
import { forwardFlows, layOutState, positionsFromElk } from './laneLayout';
import { flow, step } from './testMaps';

const runElk = createElkRunner();

/**
 * The scenario "declaraties verwerken": four lanes, an incompleteness loop back to
 * the employee (whose correction step only the rework flow reaches) and an approval with a
 * rejection end. The correction step comes first in the document, as when a user adds it
 * early: that is what put it left of the start.
 */
function declaraties(): MapState {
  return {
    lanes: [
      { id: 'med', name: 'Medewerker' },
      { id: 'sec', name: 'Secretariaat' },
      { id: 'mgr', name: 'Manager' },
      { id: 'fin', name: 'Financiën' },
    ],
    steps: [
      step('aanvullen', 'med', 0, 50),
      step('start', 'med', 300, 50, { type: 'start' }),
      step('indienen', 'med', 500, 50),
      step('controleren', 'sec', 700, 230),
      step('compleet', 'sec', 900, 230, { type: 'decision' }),
      step('goedkeuren', 'mgr', 1100, 410, { type: 'decision' }),
      step('afgewezen', 'mgr', 1300, 410, { type: 'end' }),
      step('uitbetalen', 'fin', 1300, 590),
      step('klaar', 'fin', 1500, 590, { type: 'end' }),
    ],
    flows: [
      flow('f1', 'start', 'indienen'),
      flow('f2', 'indienen', 'controleren'),
      flow('f3', 'controleren', 'compleet'),
      flow('f4', 'compleet', 'goedkeuren', { probability: 0.8, label: 'ja' }),
      flow('f5', 'compleet', 'aanvullen', { probability: 0.2, rework: true, label: 'nee' }),
      flow('f6', 'aanvullen', 'controleren'),
      flow('f7', 'goedkeuren', 'uitbetalen', { probability: 0.9 }),
      flow('f8', 'goedkeuren', 'afgewezen', { probability: 0.1 }),
      flow('f9', 'uitbetalen', 'klaar'),
    ],
    annotations: [],
  };
}

/** The layout rules of issue 11 item 5. */
function expectLayoutRules(state: MapState, positions: Record<string, Position>): void {
  const boxes = state.steps.map((s) => {
    const position = positions[s.id] as Position;
    return { step: s, left: position.x, right: position.x + STEP_WIDTH_PX[s.type], top: position.y, bottom: position.y + STEP_HEIGHT_PX };
  });
  const start = boxes.find((box) => box.step.type === 'start');
  // The start is leftmost and the map begins at x = 0 (nothing left of it, under the lane names).
  if (start) {
    expect(start.left).toBe(0);
    for (const box of boxes) if (box !== start) expect(box.left, box.step.id).toBeGreaterThan(start.left);
  }
  for (const box of boxes) expect(box.left).toBeGreaterThanOrEqual(0);
  // Ends are rightmost: every end begins right of every other step.
  const lastRight = Math.max(...boxes.filter((box) => box.step.type !== 'end').map((box) => box.right));
  for (const box of boxes) if (box.step.type === 'end') expect(box.left, box.step.id).toBeGreaterThanOrEqual(lastRight + STEP_GAP_PX);
  // Every forward flow runs left to right, with room for the inventory triangle.
  const byId = new Map(boxes.map((box) => [box.step.id, box]));
  for (const f of forwardFlows(state)) {
    expect((byId.get(f.to)?.left ?? 0) - (byId.get(f.from)?.right ?? 0), f.id).toBeGreaterThanOrEqual(STEP_GAP_PX);
  }
  // No two boxes overlap.
  for (const [index, a] of boxes.entries()) {
    for (const b of boxes.slice(index + 1)) {
      const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      expect(overlap, `${a.step.id} / ${b.step.id}`).toBe(false);
    }
  }
}

describe('auto-layout rules', () => {
  it('lays out the declaraties scenario: start leftmost, the correction step after it, ends last', async () => {
    const state = declaraties();
    const positions = await layOutState(state, runElk);
    expectLayoutRules(state, positions);
    // Every non-rework flow of this map is a forward flow (no loop without the rework flag).
    expect(forwardFlows(state).map((f) => f.id)).toEqual(['f1', 'f2', 'f3', 'f4', 'f6', 'f7', 'f8', 'f9']);
    expect(positions.aanvullen?.x).toBeGreaterThan(positions.start?.x ?? 0);
  });

  it('keeps the rules for any column order ELK might return (random valid maps)', () => {
    fc.assert(
      fc.property(arbitraryValidMap({ maxMiddleSteps: 16, withFuture: false }), fc.array(fc.integer({ min: -50, max: 3000 }), { minLength: 30, maxLength: 30 }), (map, keys) => {
        const laidOut = { id: 'root', children: map.steps.map((s, index) => ({ id: s.id, x: keys[index % keys.length] ?? 0 })) };
        expectLayoutRules(map, positionsFromElk(map, laidOut));
      }),
      { numRuns: 150 },
    );
  });
});
