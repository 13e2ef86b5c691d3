import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryValidMap } from '../../tests/helpers/arbitraryMap';
import type { ProcessMap } from '../model/types';
import { analyseMap } from './analyseMap';
import { buildAnalysisContext } from './buildContext';
import { validateMap } from '../model/validateMap';

const RUNS = { numRuns: 200 };
/**
 * Hundreds of generated maps per test: well within a second alone, but several seconds on a
 * machine busy with other work, so the limit is far above Vitest's default of 5 s.
 */
const PROPERTY_TEST_TIMEOUT_MS = 60_000;

/** The exact engine without the finding detectors, so hundreds of runs stay fast. */
function analyseEngine(map: ProcessMap) {
  return buildAnalysisContext({ state: map, settings: map.settings, language: map.meta.language });
}

/** The same map with every lane, step and flow id replaced consistently. */
function renameIds(map: ProcessMap): ProcessMap {
  const rename = (id: string): string => `renamed:${id}:x`;
  return {
    ...map,
    lanes: map.lanes.map((lane) => ({ ...lane, id: rename(lane.id) })),
    steps: map.steps.map((step) => ({ ...step, id: rename(step.id), laneId: rename(step.laneId) })),
    flows: map.flows.map((flow) => ({ ...flow, id: rename(flow.id), from: rename(flow.from), to: rename(flow.to) })),
  };
}

describe('analysis properties over valid maps', { timeout: PROPERTY_TEST_TIMEOUT_MS }, () => {
  it('finishes every case: the visits of the ends (and dead ends) sum to 1', () => {
    fc.assert(
      fc.property(arbitraryValidMap(), (map) => {
        const analysis = analyseEngine(map);
        const outgoing = new Set(map.flows.map((flow) => flow.from));
        const finishing = map.steps.filter((step) => step.type === 'end' || !outgoing.has(step.id));
        const visits = new Map(analysis.steps.map((step) => [step.id, step.expectedVisits]));
        const finished = finishing.reduce((sum, step) => sum + (visits.get(step.id) ?? 0), 0);
        expect(finished).toBeCloseTo(1, 9);
      }),
      RUNS,
    );
  });

  it('satisfies v(s) = [s is start] + Σ_{f into s} v(from f)·p(f) for every step', () => {
    fc.assert(
      fc.property(arbitraryValidMap(), (map) => {
        const { visits, flowProbabilities } = analyseEngine(map);
        const inflow = new Map<string, number>(map.steps.map((step) => [step.id, step.type === 'start' ? 1 : 0]));
        for (const flow of map.flows) {
          const term = (visits.get(flow.from) ?? NaN) * (flowProbabilities.get(flow.id) ?? NaN);
          inflow.set(flow.to, (inflow.get(flow.to) ?? 0) + term);
        }
        for (const step of map.steps) {
          const expected = inflow.get(step.id) ?? NaN;
          expect(Math.abs((visits.get(step.id) ?? NaN) - expected)).toBeLessThan(1e-9 * Math.max(1, expected));
        }
      }),
      RUNS,
    );
  });

  it('gives finite, non-negative metrics with fractions in [0, 1] and no errors', () => {
    fc.assert(
      fc.property(arbitraryValidMap(), (map) => {
        const analysis = analyseEngine(map);
        expect(analysis.diagnostics.filter((d) => d.level === 'error')).toEqual([]);
        const metrics = analysis.metrics;
        expect(metrics).not.toBeNull();
        for (const value of Object.values(metrics ?? {})) {
          expect(Number.isFinite(value)).toBe(true);
          expect(value).toBeGreaterThanOrEqual(0);
        }
        for (const key of ['rolledCompleteAccurate', 'activityRatio', 'processCycleEfficiency', 'valueAddingShare'] as const) {
          expect(metrics?.[key]).toBeLessThanOrEqual(1 + 1e-12);
        }
        expect(metrics?.processCycleEfficiency).toBeLessThanOrEqual((metrics?.activityRatio ?? 0) + 1e-12);
        const laneCost = analysis.lanes.reduce((sum, lane) => sum + lane.annualCost, 0);
        expect(laneCost).toBeCloseTo(metrics?.annualCost ?? NaN, 6);
      }),
      RUNS,
    );
  });

  it('does not depend on the ids: renaming them consistently changes no number', () => {
    fc.assert(
      fc.property(arbitraryValidMap(), (map) => {
        const original = analyseEngine(map);
        const renamed = analyseEngine(renameIds(map));
        expect(renamed.metrics).toEqual(original.metrics);
        expect(renamed.steps.map((step) => step.expectedVisits)).toEqual(original.steps.map((step) => step.expectedVisits));
        expect([...renamed.flowProbabilities.values()]).toEqual([...original.flowProbabilities.values()]);
      }),
      RUNS,
    );
  });

  it('analyseMap returns the engine figures plus findings only when metrics are defined', () => {
    fc.assert(
      fc.property(arbitraryValidMap({ maxMiddleSteps: 12 }), (map) => {
        const analysis = analyseMap(map);
        const engine = analyseEngine(map);
        expect(analysis.metrics).toEqual(engine.metrics);
        expect(analysis.steps).toEqual(engine.steps);
        expect(analysis.lanes).toEqual(engine.lanes);
        for (const finding of analysis.findings) expect(Number.isFinite(finding.impactHoursPerYear)).toBe(true);
      }),
      { numRuns: 25 },
    );
  });

  it('analyses a generated future state with the same guarantees', () => {
    fc.assert(
      fc.property(arbitraryValidMap(), (map) => {
        if (!map.future) return;
        const { metrics } = analyseEngine({ ...map, ...map.future });
        expect(metrics).not.toBeNull();
        for (const value of Object.values(metrics ?? {})) expect(Number.isFinite(value) && value >= 0).toBe(true);
      }),
      RUNS,
    );
  });
});

describe('analysis properties over valid maps with parallel blocks (domain.md section 7)', { timeout: PROPERTY_TEST_TIMEOUT_MS }, () => {
  const withBlocks = arbitraryValidMap({ parallelBlocks: true, maxMiddleSteps: 12, withFuture: false });

  it('validates, analyses without errors, and keeps the lead time between the critical path and all the work', () => {
    fc.assert(
      fc.property(withBlocks, (map) => {
        expect(validateMap(map)).toEqual([]);
        const analysis = analyseEngine(map);
        expect(analysis.diagnostics.filter((d) => d.level === 'error')).toEqual([]);
        const metrics = analysis.metrics;
        if (!metrics) throw new Error('expected metrics');
        for (const value of Object.values(metrics)) expect(Number.isFinite(value) && value >= 0).toBe(true);
        // The critical path is part of the work; LT is at most all elapsed time (PT + WT).
        const tolerance = 1e-9 * Math.max(1, metrics.processTimeMinutes + metrics.waitTimeMinutes);
        expect(metrics.criticalPathProcessTimeMinutes).toBeLessThanOrEqual(metrics.processTimeMinutes + tolerance);
        expect(metrics.leadTimeMinutes).toBeLessThanOrEqual(metrics.processTimeMinutes + metrics.waitTimeMinutes + tolerance);
        expect(metrics.criticalPathProcessTimeMinutes).toBeLessThanOrEqual(metrics.leadTimeMinutes + tolerance);
        expect(metrics.activityRatio).toBeLessThanOrEqual(1 + 1e-12);
        expect(metrics.rolledCompleteAccurate).toBeLessThanOrEqual(1 + 1e-12);
        // v(ω) = v(σ) for every block, and every block is listed once.
        for (const block of analysis.parallelBlocks) {
          const split = analysis.visits.get(block.splitId) ?? NaN;
          expect(Math.abs((analysis.visits.get(block.joinId) ?? NaN) - split)).toBeLessThanOrEqual(1e-9 * Math.max(1, split));
        }
        expect(analysis.parallelBlocks.length).toBe(map.steps.filter((step) => step.type === 'parallel').length / 2);
      }),
      { numRuns: 150 },
    );
  });

  it('finishes every case: the visits of the ends sum to 1', () => {
    fc.assert(
      fc.property(withBlocks, (map) => {
        const analysis = analyseEngine(map);
        const outgoing = new Set(map.flows.map((flow) => flow.from));
        const finished = map.steps
          .filter((step) => step.type === 'end' || !outgoing.has(step.id))
          .reduce((sum, step) => sum + (analysis.visits.get(step.id) ?? 0), 0);
        expect(finished).toBeCloseTo(1, 9);
      }),
      { numRuns: 100 },
    );
  });
});
