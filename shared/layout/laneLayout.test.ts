import { describe, expect, it } from 'vitest';
import type { MapState } from '../model/types';
import { createElkRunner } from './elkLayout';
import { STEP_GAP_PX, STEP_WIDTH_PX, defaultStepY } from './geometry';
import { buildElkGraph, forwardFlows, layOutState, positionsFromElk } from './laneLayout';
import { flow, step, workedExample } from './testMaps';

const runElk = createElkRunner();

/** A chain of `count` steps zig-zagging over three lanes, with long rework links back. */
function chainWithRework(count: number): MapState {
  const lanes = [
    { id: 'l0', name: 'Nul' },
    { id: 'l1', name: 'Een' },
    { id: 'l2', name: 'Twee' },
  ];
  const steps = Array.from({ length: count }, (_, index) =>
    step(`s${index}`, `l${(index * 7) % 3}`, (count - index) * 37, 0, {
      type: index === 0 ? 'start' : index === count - 1 ? 'end' : index % 5 === 0 ? 'decision' : 'activity',
    }),
  );
  const flows = steps.slice(1).map((_, index) => flow(`f${index}`, `s${index}`, `s${index + 1}`));
  for (let index = 10; index < count - 1; index += 10) {
    flows.push(flow(`r${index}`, `s${index}`, `s${index - 9}`, { rework: true, probability: 0.2 }));
  }
  return { lanes, steps, flows, annotations: [] };
}

function expectLanesAndOrder(state: MapState, positions: Record<string, { x: number; y: number }>): void {
  const laneIndex = new Map(state.lanes.map((lane, index) => [lane.id, index]));
  for (const s of state.steps) {
    expect(positions[s.id]?.y).toBe(defaultStepY(laneIndex.get(s.laneId) ?? -1));
  }
  const typeOf = new Map(state.steps.map((s) => [s.id, s.type]));
  for (const f of forwardFlows(state)) {
    const from = positions[f.from];
    const to = positions[f.to];
    expect(to && from && to.x >= from.x + STEP_WIDTH_PX[typeOf.get(f.from) ?? 'activity'] + STEP_GAP_PX).toBe(true);
  }
  // No two boxes of one lane overlap.
  for (const lane of state.lanes) {
    const boxes = state.steps
      .filter((s) => s.laneId === lane.id)
      .map((s) => ({ left: positions[s.id]?.x ?? 0, right: (positions[s.id]?.x ?? 0) + STEP_WIDTH_PX[s.type] }))
      .sort((a, b) => a.left - b.left);
    for (let index = 1; index < boxes.length; index += 1) {
      expect((boxes[index]?.left ?? 0) - (boxes[index - 1]?.right ?? 0)).toBeGreaterThanOrEqual(STEP_GAP_PX);
    }
  }
}

describe('forwardFlows', () => {
  it('drops rework flows and flows that close a cycle', () => {
    const state = workedExample();
    expect(forwardFlows(state).map((f) => f.id)).toEqual(['f1', 'f2', 'f3', 'f4']);
    // The same loop without the rework flag: the back link is still left out.
    state.flows[4] = flow('f5', 'D', 'A');
    expect(forwardFlows(state).map((f) => f.id)).toEqual(['f1', 'f2', 'f3', 'f4']);
  });

  it('gives ELK only the forward flows', () => {
    const graph = buildElkGraph(workedExample());
    expect(graph.edges?.map((edge) => edge.id)).toEqual(['f1', 'f2', 'f3', 'f4']);
    expect(graph.children?.find((child) => child.id === 'D')).toMatchObject({ width: STEP_WIDTH_PX.decision });
  });
});

describe('auto-layout', { timeout: 60_000 }, () => {
  it('keeps every step in its lane and moves right along every forward flow', async () => {
    const state = workedExample();
    const positions = await layOutState(state, runElk);
    expect(Object.keys(positions).sort()).toEqual(['A', 'B', 'D', 'end', 'start']);
    expectLanesAndOrder(state, positions);
  });

  it('ignores rework: the same map with or without its rework flows gets the same positions', async () => {
    const state = chainWithRework(60);
    const withoutRework = { ...state, flows: state.flows.filter((f) => !f.rework) };
    const [a, b] = await Promise.all([layOutState(state, runElk), layOutState(withoutRework, runElk)]);
    expect(a).toEqual(b);
    expectLanesAndOrder(state, a);
  });

  it('lays out 300 steps with rework loops', async () => {
    const state = chainWithRework(300);
    expectLanesAndOrder(state, await layOutState(state, runElk));
  });

  it('separates parallel branches that land in one lane and column', () => {
    const state: MapState = {
      lanes: [{ id: 'l', name: 'L' }],
      steps: [step('s', 'l', 0, 50, { type: 'start' }), step('a', 'l', 0, 50), step('b', 'l', 0, 50), step('e', 'l', 0, 50, { type: 'end' })],
      flows: [flow('1', 's', 'a'), flow('2', 's', 'b'), flow('3', 'a', 'e'), flow('4', 'b', 'e')],
      annotations: [],
    };
    // A fake ELK result that puts a and b in the same column.
    const laidOut = { id: 'root', children: [{ id: 's', x: 0 }, { id: 'a', x: 220 }, { id: 'b', x: 220 }, { id: 'e', x: 440 }] };
    const positions = positionsFromElk(state, laidOut);
    expectLanesAndOrder(state, positions);
    expect(positions.a?.x).toBe(220);
    expect(positions.b?.x).toBe(440);
    expect(positions.e?.x).toBe(660);
  });
});
