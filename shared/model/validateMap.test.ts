import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryValidMap } from '../../tests/helpers/arbitraryMap';
import { createEmptyMap } from './defaults';
import type { MapState, ProcessMap } from './types';
import { PROBABILITY_SUM_TOLERANCE, validateMap } from './validateMap';

/** start(lane1) → a(lane1) → end(lane2), ids of the new-map scheme. */
function smallMap(): ProcessMap {
  const map = createEmptyMap({ title: 'Klein', language: 'nl', now: '2026-11-26T10:00:00Z' });
  const [start, end] = map.steps as [ProcessMap['steps'][number], ProcessMap['steps'][number]];
  map.steps.splice(1, 0, { ...start, id: 'a', type: 'activity', label: 'Aanvraag beoordelen' });
  map.flows = [
    { ...map.flows[0]!, id: 'f-a', from: start.id, to: 'a' },
    { ...map.flows[0]!, id: 'f-end', from: 'a', to: end.id },
  ];
  return map;
}

function reachable(state: MapState, from: string[], forward: boolean): Set<string> {
  const seen = new Set(from);
  const queue = [...from];
  while (queue.length > 0) {
    const current = queue.pop()!;
    for (const flow of state.flows) {
      const [near, far] = forward ? [flow.from, flow.to] : [flow.to, flow.from];
      if (near === current && !seen.has(far)) {
        seen.add(far);
        queue.push(far);
      }
    }
  }
  return seen;
}

/** The promises of arbitraryValidMap that the analysis property tests rely on. */
function expectCompleteGraph(state: MapState): void {
  const starts = state.steps.filter((step) => step.type === 'start');
  const ends = state.steps.filter((step) => step.type === 'end');
  expect(starts).toHaveLength(1);
  expect(ends.length).toBeGreaterThan(0);
  expect(reachable(state, [starts[0]!.id], true).size).toBe(state.steps.length);
  expect(reachable(state, ends.map((step) => step.id), false).size).toBe(state.steps.length);
  for (const step of state.steps) {
    const outgoing = state.flows.filter((flow) => flow.from === step.id);
    if (step.type !== 'end') expect(outgoing.length).toBeGreaterThan(0);
    const given = outgoing.reduce((sum, flow) => sum + (flow.probability ?? 0), 0);
    expect(given).toBeLessThanOrEqual(1 + PROBABILITY_SUM_TOLERANCE);
    // Every flow keeps a positive effective probability, so every loop has an exit.
    if (outgoing.every((flow) => flow.probability !== undefined)) expect(outgoing.every((flow) => flow.probability! > 0)).toBe(true);
    else expect(given).toBeLessThan(1);
  }
}

/** Property tests share two cores with the rest of the suite: allow more than vitest's 5 s. */
const PROPERTY_TEST_TIMEOUT_MS = 30_000;

describe('arbitraryValidMap', () => {
  it('makes valid, complete maps (one start, ends reachable from every step, positive exits)', () => {
    fc.assert(
      fc.property(arbitraryValidMap(), (map) => {
        expect(validateMap(map)).toEqual([]);
        expectCompleteGraph(map);
        if (map.future !== null) expectCompleteGraph(map.future);
        expect(map.steps.length).toBeLessThanOrEqual(30);
      }),
      { numRuns: 200 },
    );
  }, PROPERTY_TEST_TIMEOUT_MS);

  it('covers rework, omitted and given probabilities, lanes with and without cost, extras, future states', () => {
    const maps = fc.sample(arbitraryValidMap(), { numRuns: 300, seed: 7 });
    const count = (predicate: (map: ProcessMap) => boolean): number => maps.filter(predicate).length;
    expect(count((map) => map.flows.some((flow) => flow.rework))).toBeGreaterThan(30);
    expect(count((map) => map.flows.some((flow) => flow.probability === undefined))).toBeGreaterThan(30);
    expect(count((map) => map.flows.some((flow) => flow.probability !== undefined))).toBeGreaterThan(30);
    expect(count((map) => map.lanes.some((lane) => lane.hourlyCost === undefined) && map.lanes.some((lane) => lane.hourlyCost !== undefined))).toBeGreaterThan(10);
    expect(count((map) => map.steps.some((step) => step.batchInterval !== undefined && step.wastes !== undefined))).toBeGreaterThan(30);
    expect(count((map) => JSON.stringify(map).includes('"x-'))).toBeGreaterThan(30);
    expect(count((map) => map.future !== null)).toBeGreaterThan(30);
    expect(count((map) => map.future === null)).toBeGreaterThan(30);
    expect(count((map) => map.actions.some((action) => action.effects.length > 0))).toBeGreaterThan(30);
  });
});

describe('validateMap', () => {
  it('accepts an unfinished map: removing any flow leaves dead ends or unreachable steps, not errors', () => {
    fc.assert(
      fc.property(arbitraryValidMap({ maxMiddleSteps: 10, withFuture: false }), fc.nat(), (map, seed) => {
        const flowId = map.flows[seed % map.flows.length]!.id;
        const unfinished = { ...map, flows: map.flows.filter((flow) => flow.id !== flowId), actions: [] };
        expect(validateMap(unfinished)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  }, PROPERTY_TEST_TIMEOUT_MS);

  it('finds repeated ids of lanes, flows, notes and actions', () => {
    const map = smallMap();
    map.lanes[1]!.id = map.lanes[0]!.id;
    map.flows[1]!.id = map.flows[0]!.id;
    map.annotations = [0, 1].map(() => ({ id: 'n1', kind: 'note' as const, text: '', position: { x: 0, y: 0 } }));
    map.actions = [0, 1].map(() => ({ id: 'act', title: 'Sneller', description: '', findingIds: [], ecrs: 'simplify' as const, owner: '', dueDate: '', effort: 'low' as const, status: 'proposed' as const, effects: [] }));
    const problems = validateMap(map, { language: 'en' });
    expect(problems.filter((problem) => problem.code === 'duplicate-id').map((problem) => problem.pathText)).toEqual([
      'lanes[1].id',
      'flows[1].id',
      'annotations[1].id',
      'actions[1].id',
    ]);
    expect(problems.find((problem) => problem.pathText === 'lanes[1].id')?.message).toBe(
      'Lane "Manager" (lane1): the id "lane1" is also used by another lane (no. 1, "Secretariaat"); every lane needs its own id.',
    );
  });

  it('needs a start step', () => {
    const map = smallMap();
    map.steps[0]!.type = 'activity';
    const [problem] = validateMap(map, { language: 'nl' });
    expect(problem?.code).toBe('no-start');
    expect(problem?.message).toBe('De kaart heeft geen startstap. Markeer precies één stap als start.');
  });

  it('applies the same rules to the future state, naming it', () => {
    const map = smallMap();
    const future = structuredClone({ lanes: map.lanes, steps: map.steps, flows: map.flows, annotations: map.annotations });
    future.steps[2]!.type = 'activity';
    future.steps[1]!.laneId = 'nowhere';
    future.flows.push({ ...future.flows[0]!, id: 'f-x', probability: 1.2 });
    map.future = future;
    const problems = validateMap(map, { language: 'en' });
    expect(problems.map((problem) => [problem.code, problem.pathText])).toEqual([
      ['unknown-lane', 'future.steps[1].laneId'],
      ['no-end', 'future.steps'],
      ['probabilities-above-one', 'future.steps[0]'],
    ]);
    expect(problems[0]?.message).toMatch(/^Future state – Step "Aanvraag beoordelen" \(a\): the lane "nowhere" does not exist/);
    expect(problems[1]?.message).toBe('Future state: The map has no end step. Mark at least one step as an end.');
  });

  it('accepts effects that name steps, flows or lanes that no longer exist (they are skipped when the future is computed)', () => {
    const map = smallMap();
    map.actions = [
      {
        id: 'act1',
        title: 'Overdracht schrappen',
        description: '',
        findingIds: [],
        ecrs: 'eliminate',
        owner: '',
        dueDate: '',
        effort: 'low',
        status: 'accepted',
        effects: [
          { type: 'remove-flow', flowId: 'gone' },
          { type: 'move-to-lane', stepId: 'a', laneId: 'team-x' },
          { type: 'merge-steps', stepIds: ['a', 'b'] },
          { type: 'set-medium', flowId: 'f-a', medium: 'system' },
        ],
      },
    ];
    expect(validateMap(map, { language: 'en' })).toEqual([]);
  });
});
