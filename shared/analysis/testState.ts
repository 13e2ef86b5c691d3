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
