import type { Flow, Lane, MapSettings, ProcessMap, Step } from '../model/types';
import type { Language } from '../model/vocabulary';
import type { AnalysisInput } from './types';

/**
 * Test support for the analysis engine: terse states for hand-computed examples.
 * Steps default to an 'activity' in lane "L" with the schema defaults; a flow is
 * `[from, to]` or `[from, to, { probability, rework, … }]`, ids f1, f2… unless given.
 */
export interface TestStateSpec {
  language?: Language;
  settings?: Partial<MapSettings>;
  /** Defaults to one lane per distinct laneId of the steps, without hourlyCost. */
  lanes?: Array<Pick<Lane, 'id'> & Partial<Lane>>;
  steps: Array<Pick<Step, 'id'> & Partial<Step>>;
  flows: Array<[string, string] | [string, string, Partial<Flow>]>;
}

/** A complete step with the schema defaults, in lane "L", labelled with its id. */
export function buildTestStep(spec: Pick<Step, 'id'> & Partial<Step>): Step {
  return {
    type: 'activity',
    label: spec.id,
    laneId: 'L',
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

/** An `AnalysisInput` (casesPerYear 1000, defaultHourlyCost 45, English unless given). */
export function buildTestInput(spec: TestStateSpec): AnalysisInput {
  const steps = spec.steps.map(buildTestStep);
  const laneIds = [...new Set(steps.map((step) => step.laneId))];
  const lanes: Lane[] = (spec.lanes ?? laneIds.map((id) => ({ id }))).map((lane) => ({ name: lane.id, ...lane }));
  const flows: Flow[] = spec.flows.map(([from, to, extra], index) => ({
    id: `f${index + 1}`,
    from,
    to,
    rework: false,
    medium: 'other',
    label: '',
    ...extra,
  }));
  const settings: MapSettings = { casesPerYear: 1000, hoursPerDay: 8, currency: 'EUR', defaultHourlyCost: 45, workdayStart: '09:00', ...spec.settings };
  return { state: { lanes, steps, flows, annotations: [] }, settings, language: spec.language ?? 'en' };
}

/** The same as a whole `ProcessMap`, for `analyseMap`. */
export function buildTestMap(spec: TestStateSpec): ProcessMap {
  const input = buildTestInput(spec);
  return {
    format: 'stroomlijn-map',
    schemaVersion: 2,
    meta: { title: 'Test', description: '', organisation: '', author: '', language: input.language, createdAt: '', updatedAt: '' },
    settings: input.settings,
    ...input.state,
    actions: [],
    dismissedFindings: [],
    rootCauses: [],
    future: null,
  };
}

/**
 * Maps for the simulation's tests. REWORK_WITH_GAMMAS: start → A (wait 40, c = 2: shape ¼ < 1;
 * work 10, c = 0.5) → D (work 2, c = 0.3) → end (0.6) or back to A (0.4).
 */
export const REWORK_WITH_GAMMAS: TestStateSpec = {
  steps: [
    { id: 'start', type: 'start' },
    { id: 'A', waitTime: 40, waitVariability: 2, processTime: 10, processVariability: 0.5 },
    { id: 'D', type: 'decision', processTime: 2, processVariability: 0.3 },
    { id: 'end', type: 'end' },
  ],
  flows: [['start', 'A'], ['A', 'D'], ['D', 'end', { probability: 0.6 }], ['D', 'A', { probability: 0.4, rework: true }]],
};

/** A parallel block with rework inside (B ↔ Q) and around it (D → A), and gammas of both kinds. */
export const PARALLEL_WITH_REWORK: TestStateSpec = {
  steps: [
    { id: 'start', type: 'start' },
    { id: 'A', processTime: 10, processVariability: 0.5, waitTime: 60, waitVariability: 1.5 },
    { id: 's', type: 'parallel' },
    { id: 'B', processTime: 20, processVariability: 0.3, waitTime: 30, waitVariability: 0.8 },
    { id: 'Q', type: 'decision', processTime: 2, processVariability: 2 },
    { id: 'C', processTime: 15, waitTime: 100, waitVariability: 1.2 },
    { id: 'j', type: 'parallel' },
    { id: 'D', type: 'decision', processTime: 5, processVariability: 0.4 },
    { id: 'end', type: 'end' },
  ],
  flows: [
    ['start', 'A'], ['A', 's'], ['s', 'B'], ['s', 'C'], ['B', 'Q'], ['Q', 'j', { probability: 0.7 }], ['Q', 'B', { probability: 0.3, rework: true }],
    ['C', 'j'], ['j', 'D'], ['D', 'end', { probability: 0.8 }], ['D', 'A', { probability: 0.2, rework: true }],
  ],
};
