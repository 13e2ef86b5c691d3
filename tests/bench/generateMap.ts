import { DEFAULT_STEP_OFFSET_PX, LANE_HEIGHT_PX, STEP_SPACING_PX } from '../../shared/model/layout';
import type { Flow, Lane, ProcessMap, Step } from '../../shared/model/types';
import { ACTIVITY_KINDS, FLOW_MEDIA, VALUE_TYPES, WASTES } from '../../shared/model/vocabulary';

/** A small, fast, seedable PRNG (mulberry32): the same seed gives the same map on every machine. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

export const SYSTEMS = ['Outlook', 'Excel', 'AFAS', 'Exact', 'SharePoint', 'Teams', 'Papier', ''];
export const LANES: Lane[] = [
  { id: 'sec', name: 'Secretariaat', hourlyCost: 42 },
  { id: 'mgr', name: 'Manager', hourlyCost: 85 },
  { id: 'fin', name: 'Financiële administratie', hourlyCost: 55 },
  { id: 'hr', name: 'HR', hourlyCost: 58 },
  { id: 'it', name: 'IT' },
  { id: 'dir', name: 'Directie', hourlyCost: 95 },
];
/** Share of steps that send work back (rework) and of steps that branch forward. */
export const REWORK_SHARE = 0.1;
export const DECISION_SHARE = 0.08;
export const MAX_REWORK_DISTANCE = 8;
const STEPS_PER_ROW = 40_000;

/**
 * Step `index` of a generated map: an activity or decision gets 1–60 minutes of work, often a
 * wait of up to three days, sometimes a %C&A below 1 and a batch interval; the value type,
 * kind of activity and system are drawn. Draws from `random` in a fixed order.
 */
export function generateStep(index: number, type: Step['type'], laneIndex: number, random: () => number): Step {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const isInner = type === 'activity' || type === 'decision';
  const step: Step = {
    id: `s${index}`,
    type,
    label: type === 'parallel' ? '' : `Stap ${index}`,
    laneId: LANES[laneIndex]?.id ?? 'sec',
    processTime: isInner ? Math.round(1 + random() * 59) : 0,
    waitTime: isInner && random() < 0.6 ? Math.round(random() * 1440) : 0,
    completeAccurate: isInner && random() < 0.3 ? Math.round((0.75 + random() * 0.25) * 100) / 100 : 1,
    valueType: pick(VALUE_TYPES),
    activity: pick(ACTIVITY_KINDS),
    system: pick(SYSTEMS),
    // Positions stay within the file format's bound (MAX_COORDINATE): a 100,000-step map starts a new row of columns every 40,000 steps.
    position: { x: (index % STEPS_PER_ROW) * STEP_SPACING_PX, y: laneIndex * LANE_HEIGHT_PX + DEFAULT_STEP_OFFSET_PX },
  };
  if (isInner && random() < 0.05) step.batchInterval = pick([480, 960, 2400]);
  return step;
}

export interface GeneratedMapOptions {
  stepCount: number;
  seed?: number;
}

/**
 * A valid, realistic-looking map of `stepCount` steps for the benchmark: one start, a
 * spine of activities across six lanes, one end. About 8 % of the steps are decisions that
 * branch to the next step or skip one (the branches rejoin), about 10 % send work back
 * 1–8 steps (rework), so strongly connected components stay small as in real maps. Batch
 * intervals, paper flows, systems and user tags give every finding detector work.
 */
export function generateMap({ stepCount, seed = 20261126 }: GeneratedMapOptions): ProcessMap {
  if (stepCount < 3) throw new Error('a generated map needs at least 3 steps');
  const random = createRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const steps: Step[] = [];
  const flows: Flow[] = [];
  let laneIndex = 0;

  for (let index = 0; index < stepCount; index += 1) {
    const type = index === 0 ? 'start' : index === stepCount - 1 ? 'end' : random() < DECISION_SHARE ? 'decision' : 'activity';
    // Work usually stays in a lane for a few steps before it is handed over.
    if (random() < 0.35) laneIndex = Math.floor(random() * LANES.length);
    const step = generateStep(index, type, laneIndex, random);
    if (type !== 'start' && type !== 'end' && random() < 0.03) step.wastes = [pick(WASTES)];
    steps.push(step);
  }

  const addFlow = (from: number, to: number, probability?: number, rework = false): void => {
    const flow: Flow = {
      id: `f${flows.length}`,
      from: `s${from}`,
      to: `s${to}`,
      rework,
      medium: pick(FLOW_MEDIA),
      label: '',
    };
    if (probability !== undefined) flow.probability = probability;
    flows.push(flow);
  };

  for (let index = 0; index < stepCount - 1; index += 1) {
    const step = steps[index];
    const canSkip = index + 2 <= stepCount - 1;
    if (step?.type === 'decision' && canSkip) {
      addFlow(index, index + 1, 0.6);
      addFlow(index, index + 2, 0.4);
    } else if (index >= 2 && step?.type !== 'start' && random() < REWORK_SHARE) {
      const distance = 1 + Math.floor(random() * Math.min(MAX_REWORK_DISTANCE, index - 1));
      const reworkProbability = Math.round((0.05 + random() * 0.25) * 100) / 100;
      addFlow(index, index + 1);
      addFlow(index, index - distance, reworkProbability, true);
    } else {
      addFlow(index, index + 1);
    }
  }

  return {
    format: 'stroomlijn-map',
    schemaVersion: 2,
    meta: {
      title: `Benchmark ${stepCount} stappen`,
      description: '',
      organisation: '',
      author: 'generateMap',
      language: 'nl',
      createdAt: '2026-11-26T10:00:00Z',
      updatedAt: '2026-11-26T10:00:00Z',
    },
    settings: { casesPerYear: 2400, hoursPerDay: 8, currency: 'EUR', defaultHourlyCost: 45, workdayStart: '09:00' },
    lanes: LANES.map((lane) => ({ ...lane })),
    steps,
    flows,
    annotations: [],
    actions: [],
    dismissedFindings: [],
    rootCauses: [],
    future: null,
  };
}

/**
 * `generateMap` plus one rework flow from the step before the end back to the first step
 * (probability 0.05): every step lies on one loop, so the visits are one system of
 * `stepCount` equations, which the analysis solves with its sparse solver (linearSolve.ts)
 * instead of many small dense ones.
 */
export function generateLoopMap({ stepCount, seed }: GeneratedMapOptions): ProcessMap {
  const map = generateMap(seed === undefined ? { stepCount } : { stepCount, seed });
  map.flows.push({ id: `f${map.flows.length}`, from: `s${stepCount - 2}`, to: 's1', probability: 0.05, rework: true, medium: 'other', label: '' });
  map.meta.title = `Benchmark ${stepCount} stappen, één grote lus`;
  return map;
}
