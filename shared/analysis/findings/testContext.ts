import type { Flow, Lane, MapSettings, Step } from '../../model/types';
import type { Language } from '../../model/vocabulary';
import type { AnalysisContext } from '../context';
import { buildStepGraph, findStronglyConnectedComponents } from '../graph';
import type { Finding, LaneFigures, Metrics } from '../types';
import { detectFindings } from './index';

/**
 * Test support: an AnalysisContext built by hand, with visits given by the test (computed
 * on paper), so the detector tests do not depend on the visit solver. Metrics and lane
 * figures are derived from those visits with the formulas of domain.md section 3.
 */
export interface TestMapSpec {
  language?: Language;
  settings?: Partial<MapSettings>;
  lanes: Array<Pick<Lane, 'id'> & Partial<Lane>>;
  steps: Array<Pick<Step, 'id' | 'laneId'> & Partial<Step>>;
  flows: Array<Pick<Flow, 'id' | 'from' | 'to'> & Partial<Flow>>;
  /** Expected visits per step id; missing steps get 0 (unreachable). */
  visits: Record<string, number>;
}

export function makeStep(spec: Pick<Step, 'id' | 'laneId'> & Partial<Step>): Step {
  return {
    type: 'activity',
    label: spec.id,
    processTime: 0,
    waitTime: 0,
    completeAccurate: 1,
    valueType: 'business-required',
    activity: 'work',
    system: '',
    position: { x: 0, y: 0 },
    ...spec,
  };
}

function makeFlow(spec: Pick<Flow, 'id' | 'from' | 'to'> & Partial<Flow>): Flow {
  return { rework: false, medium: 'other', label: '', ...spec };
}

/** Effective probabilities per domain.md 2.2 (given ones kept, the rest of 1 shared equally). */
function effectiveProbabilities(flows: readonly Flow[], stepIds: readonly string[]): Map<string, number> {
  const result = new Map<string, number>();
  for (const stepId of stepIds) {
    const out = flows.filter((flow) => flow.from === stepId);
    const given = out.reduce((sum, flow) => sum + (flow.probability ?? 0), 0);
    const missing = out.filter((flow) => flow.probability === undefined);
    for (const flow of out) {
      const probability = flow.probability ?? Math.max(0, 1 - given) / missing.length;
      result.set(flow.id, missing.length === 0 && given > 0 ? probability / given : probability);
    }
  }
  return result;
}

/** Builds the context; `spec` may list steps and flows in any order. */
export function buildTestContext(spec: TestMapSpec): AnalysisContext {
  const settings: MapSettings = { casesPerYear: 1200, hoursPerDay: 8, currency: 'EUR', defaultHourlyCost: 45, workdayStart: '09:00', ...spec.settings };
  const lanes: Lane[] = spec.lanes.map((lane) => ({ name: lane.id, ...lane }));
  const steps = spec.steps.map(makeStep);
  const flows = spec.flows.map(makeFlow);
  const visits = new Map(steps.map((step) => [step.id, spec.visits[step.id] ?? 0]));
  const lanesById = new Map(lanes.map((lane) => [lane.id, lane]));
  const hourlyCostOf = (laneId: string): number => lanesById.get(laneId)?.hourlyCost ?? settings.defaultHourlyCost;
  const v = (step: Step): number => visits.get(step.id) ?? 0;

  const processTimeMinutes = steps.reduce((sum, step) => sum + v(step) * step.processTime, 0);
  const waitTimeMinutes = steps.reduce((sum, step) => sum + v(step) * step.waitTime, 0);
  const leadTimeMinutes = processTimeMinutes + waitTimeMinutes;
  const valueAddingMinutes = steps.filter((step) => step.valueType === 'value-adding').reduce((sum, step) => sum + v(step) * step.processTime, 0);
  const laneFigures: LaneFigures[] = lanes.map((lane) => {
    const minutes = steps.filter((step) => step.laneId === lane.id).reduce((sum, step) => sum + v(step) * step.processTime, 0);
    const annualEffortHours = (settings.casesPerYear * minutes) / 60;
    return { id: lane.id, annualEffortHours, annualCost: annualEffortHours * hourlyCostOf(lane.id), hourlyCost: hourlyCostOf(lane.id) };
  });
  const probability = effectiveProbabilities(flows, steps.map((step) => step.id));
  const metrics: Metrics = {
    processTimeMinutes,
    waitTimeMinutes,
    leadTimeMinutes,
    activityRatio: leadTimeMinutes > 0 ? processTimeMinutes / leadTimeMinutes : 0,
    processCycleEfficiency: leadTimeMinutes > 0 ? valueAddingMinutes / leadTimeMinutes : 0,
    handoffsPerCase: 0,
    rolledCompleteAccurate: 1,
    annualEffortHours: (settings.casesPerYear * processTimeMinutes) / 60,
    annualCost: laneFigures.reduce((sum, lane) => sum + lane.annualCost, 0),
    valueAddingShare: processTimeMinutes > 0 ? valueAddingMinutes / processTimeMinutes : 0,
    criticalPathProcessTimeMinutes: processTimeMinutes,
  };
  const graph = buildStepGraph(steps, flows);
  const flowIndexById = new Map<string, number>();
  flows.forEach((flow, index) => {
    if (!flowIndexById.has(flow.id)) flowIndexById.set(flow.id, index);
  });
  const flowProbability = Float64Array.from(flows, (flow) => probability.get(flow.id) ?? 0);
  const usable = Uint8Array.from(flowProbability, (p) => (p > 0 ? 1 : 0));
  const startIndex = steps.findIndex((step) => step.type === 'start');
  return {
    input: { state: { lanes, steps, flows, annotations: [] }, settings, language: spec.language ?? 'en' },
    graph,
    flowIndexById,
    visits: Float64Array.from(steps, (step) => visits.get(step.id) ?? 0),
    probability: flowProbability,
    components: findStronglyConnectedComponents(graph, startIndex, usable),
    everyFlowTaken: flows.every((_, f) => graph.flowFrom[f] === -1 || usable[f] === 1),
    lanesById,
    metrics,
    lanes: laneFigures,
    hourlyCostOf,
    parallel: null,
  };
}

/** Test support: the findings of one rule (e.g. 'waiting/long-wait') for a hand-built map. */
export function findingsOfRule(spec: TestMapSpec, rule: string): Finding[] {
  return detectFindings(buildTestContext(spec)).filter((finding) => finding.rule === rule);
}

/**
 * domain.md section 3's worked example: start(sec) → A(sec, pt 10) → B(mgr, pt 5, wait 120,
 * ca 0.8) → D(mgr, pt 1) → end(mgr) (p 0.75) or back to A as rework (p 0.25).
 * v(A) = v(B) = v(D) = 4/3; PT = 21.33, WT = 160, LT = 181.33 minutes.
 */
export function workedExample(language: Language = 'en'): TestMapSpec {
  return {
    language,
    lanes: [
      { id: 'sec', name: language === 'nl' ? 'Secretariaat' : 'Secretariat', hourlyCost: 42 },
      { id: 'mgr', name: 'Manager', hourlyCost: 80 },
    ],
    steps: [
      { id: 'start', laneId: 'sec', type: 'start' },
      { id: 'A', laneId: 'sec', processTime: 10 },
      { id: 'B', laneId: 'mgr', processTime: 5, waitTime: 120, completeAccurate: 0.8 },
      { id: 'D', laneId: 'mgr', type: 'decision', processTime: 1 },
      { id: 'end', laneId: 'mgr', type: 'end' },
    ],
    flows: [
      { id: 'f1', from: 'start', to: 'A' },
      { id: 'f2', from: 'A', to: 'B' },
      { id: 'f3', from: 'B', to: 'D' },
      { id: 'f4', from: 'D', to: 'end', probability: 0.75 },
      { id: 'f5', from: 'D', to: 'A', probability: 0.25, rework: true },
    ],
    visits: { start: 1, A: 4 / 3, B: 4 / 3, D: 4 / 3, end: 1 },
  };
}

/**
 * start → the given steps in order → end, each visited `visits[id]` times (default 1);
 * lanes sec (€42/h) and mgr (€80/h); flows f1, f2, … in order.
 */
export function lineMap(steps: TestMapSpec['steps'], visits: Record<string, number> = {}): TestMapSpec {
  const all: TestMapSpec['steps'] = [{ id: 'start', laneId: 'sec', type: 'start' }, ...steps, { id: 'end', laneId: 'sec', type: 'end' }];
  return {
    lanes: [{ id: 'sec', name: 'Secretariat', hourlyCost: 42 }, { id: 'mgr', name: 'Manager', hourlyCost: 80 }],
    steps: all,
    flows: all.slice(1).map((step, index) => ({ id: `f${index + 1}`, from: all[index]?.id ?? '', to: step.id })),
    visits: Object.fromEntries(all.map((step) => [step.id, visits[step.id] ?? 1])),
  };
}
