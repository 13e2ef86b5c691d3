import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryValidMap } from '../../tests/helpers/arbitraryMap';
import { buildAnalysisContext } from '../analysis/buildContext';
import type { Effect, MapState, ProcessMap } from '../model/types';
import { FLOW_MEDIA } from '../model/vocabulary';
import { validateMap } from '../model/validateMap';
import { applyEffects } from './effects';

/** Property tests share two cores with the rest of the suite: allow more than vitest's 5 s. */
const PROPERTY_TEST_TIMEOUT_MS = 30_000;

function visitsOf(map: ProcessMap, state: MapState): Map<string, number> {
  const result = buildAnalysisContext({ state, settings: map.settings, language: 'en' });
  expect(result.metrics).not.toBeNull();
  return new Map(result.steps.map((step) => [step.id, step.expectedVisits]));
}

function stateOf(map: ProcessMap): MapState {
  return { lanes: map.lanes, steps: map.steps, flows: map.flows, annotations: map.annotations };
}

/** A random effect naming ids of the map (or an unknown one now and then). */
function arbitraryEffect(map: ProcessMap): fc.Arbitrary<Effect> {
  const stepId = fc.constantFrom(...map.steps.map((step) => step.id), 'unknown-step');
  const flowId = fc.constantFrom(...map.flows.map((flow) => flow.id), 'unknown-flow');
  const laneId = fc.constantFrom(...map.lanes.map((lane) => lane.id));
  return fc.oneof(
    stepId.map((id): Effect => ({ type: 'remove-step', stepId: id })),
    fc.uniqueArray(stepId, { minLength: 2, maxLength: 3 }).map((ids): Effect => ({ type: 'merge-steps', stepIds: ids })),
    fc.tuple(stepId, laneId).map(([id, lane]): Effect => ({ type: 'move-to-lane', stepId: id, laneId: lane })),
    fc.tuple(stepId, fc.nat(600)).map(([id, minutes]): Effect => ({ type: 'set-wait-time', stepId: id, minutes })),
    fc.tuple(flowId, fc.constantFrom(...FLOW_MEDIA)).map(([id, medium]): Effect => ({ type: 'set-medium', flowId: id, medium })),
    flowId.map((id): Effect => ({ type: 'remove-flow', flowId: id })),
  );
}

describe('applyEffects on random valid maps', () => {
  it('remove-step keeps the expected visits of every other step', () => {
    fc.assert(
      fc.property(arbitraryValidMap({ maxMiddleSteps: 12, withFuture: false }), fc.nat(), (map, seed) => {
        const removable = map.steps.filter((step) => step.type === 'activity' || step.type === 'decision');
        if (removable.length === 0) return;
        const removed = removable[seed % removable.length]!;
        const before = visitsOf(map, stateOf(map));
        const result = applyEffects(stateOf(map), [{ type: 'remove-step', stepId: removed.id }]);
        expect(result.skipped).toEqual([]);
        const after = visitsOf(map, result.state);
        for (const [stepId, visits] of after) {
          const expected = before.get(stepId) ?? NaN;
          expect(Math.abs(visits - expected)).toBeLessThanOrEqual(1e-6 * Math.max(1, expected));
        }
      }),
      { numRuns: 150 },
    );
  }, PROPERTY_TEST_TIMEOUT_MS);

  it('any sequence of effects leaves a state that validates and can be analysed', () => {
    fc.assert(
      fc.property(
        arbitraryValidMap({ maxMiddleSteps: 10, withFuture: false }).chain((map) => fc.tuple(fc.constant(map), fc.array(arbitraryEffect(map), { maxLength: 6 }))),
        ([map, effects]) => {
          const result = applyEffects(stateOf(map), effects);
          expect(validateMap({ ...map, actions: [], future: result.state })).toEqual([]);
          const analysis = buildAnalysisContext({ state: result.state, settings: map.settings, language: 'en' });
          expect(analysis.diagnostics.filter((diagnostic) => diagnostic.level === 'error')).toEqual([]);
        },
      ),
      { numRuns: 150 },
    );
  }, PROPERTY_TEST_TIMEOUT_MS);

  it('effects on a map with parallel blocks keep every block well structured (or are skipped as parallel-block)', () => {
    fc.assert(
      fc.property(
        arbitraryValidMap({ parallelBlocks: true, maxMiddleSteps: 10, withFuture: false }).chain((map) =>
          fc.tuple(fc.constant(map), fc.array(arbitraryEffect(map), { maxLength: 6 })),
        ),
        ([map, effects]) => {
          const result = applyEffects(stateOf(map), effects);
          expect(validateMap({ ...map, actions: [], future: result.state })).toEqual([]);
          const analysis = buildAnalysisContext({ state: result.state, settings: map.settings, language: 'en' });
          expect(analysis.diagnostics.filter((diagnostic) => diagnostic.level === 'error')).toEqual([]);
          // A split keeps its number of branches: a decision is never pulled up into a split.
          const branchCount = (state: MapState, splitId: string): number => state.flows.filter((flow) => flow.from === splitId).length;
          for (const step of map.steps.filter((candidate) => candidate.type === 'parallel' && branchCount(map, candidate.id) >= 2)) {
            expect(branchCount(result.state, step.id)).toBe(branchCount(map, step.id));
          }
        },
      ),
      { numRuns: 150 },
    );
  }, PROPERTY_TEST_TIMEOUT_MS);

  it('remove-step inside a branch keeps the expected visits of every other step', () => {
    fc.assert(
      fc.property(arbitraryValidMap({ parallelBlocks: true, maxMiddleSteps: 8, withFuture: false }), fc.nat(), (map, seed) => {
        const inBranches = map.steps.filter((step) => step.type === 'activity' && step.id.startsWith('par-'));
        if (inBranches.length === 0) return;
        const removed = inBranches[seed % inBranches.length]!;
        const result = applyEffects(stateOf(map), [{ type: 'remove-step', stepId: removed.id }]);
        if (result.skipped.length > 0) {
          expect(result.skipped.map((skipped) => skipped.reason)).toEqual(['parallel-block']);
          return;
        }
        const before = visitsOf(map, stateOf(map));
        for (const [stepId, visits] of visitsOf(map, result.state)) {
          const expected = before.get(stepId) ?? NaN;
          expect(Math.abs(visits - expected)).toBeLessThanOrEqual(1e-6 * Math.max(1, expected));
        }
      }),
      { numRuns: 150 },
    );
  }, PROPERTY_TEST_TIMEOUT_MS);
});
