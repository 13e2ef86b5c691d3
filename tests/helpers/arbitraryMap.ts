import fc from 'fast-check';
import {
  ACTION_STATUSES,
  ACTIVITY_KINDS,
  ANNOTATION_KINDS,
  ECRS,
  EFFORTS,
  FLOW_MEDIA,
  GOAL_METRICS,
  LANGUAGES,
  VALUE_TYPES,
  WASTES,
} from '../../shared/model/vocabulary';
import type { Action, Annotation, Effect, Flow, Lane, MapState, ProcessMap, Step } from '../../shared/model/types';
import { addParallelBlocks, blockPlan } from './arbitraryParallelBlocks';

/**
 * fast-check arbitraries for VALID process maps (domain.md section 1.1): exactly one start,
 * at least one end, every step reachable from the start, every non-end step with at least
 * one outgoing flow, an end reachable from every step (rework loops always have an exit),
 * per step the given outgoing probabilities summing to at most 1.
 *
 * How: steps are ordered start, middle steps, ends. Every step after the start gets a
 * "parent" flow from an earlier non-end step (so it is reachable), every non-end step gets
 * at least one forward flow (so following forward flows always reaches an end), and rework
 * flows only ever go backwards. Every flow has a positive effective probability, so the
 * case leaves every loop.
 */

export interface ArbitraryMapOptions {
  /** Maximum number of activity/decision steps (start and ends come on top). Default 24. */
  maxMiddleSteps?: number;
  /** Whether a future state may be generated. Default true. */
  withFuture?: boolean;
  /**
   * Whether the current state gets one to three well-structured parallel blocks (domain.md
   * section 7), some nested, some with a rework loop or an empty branch. Default false.
   */
  parallelBlocks?: boolean;
}

/** fast-check sometimes makes null-prototype records; documents are plain JSON objects. */
function record<Value extends object>(model: { [Key in keyof Value]: fc.Arbitrary<Value[Key]> }): fc.Arbitrary<Value> {
  return fc.record(model).map((value) => ({ ...value }));
}

/** A number that survives a JSON round trip unchanged (no NaN, no infinities, no -0). */
const nonNegative = (maxValue: number): fc.Arbitrary<number> =>
  fc
    .oneof(fc.integer({ min: 0, max: Math.floor(maxValue) }), fc.double({ min: 0, max: maxValue, noNaN: true }))
    .map((value) => value + 0);
const fraction = fc.double({ min: 0, max: 1, noNaN: true }).map((value) => value + 0);
const coordinate = fc.integer({ min: -2000, max: 4000 });
const text = fc.string({ maxLength: 24 });
/** Titles are trimmed by the schema, so only trimmed non-empty titles round-trip unchanged. */
const title = fc
  .string({ minLength: 1, maxLength: 30 })
  .map((value) => value.trim())
  .filter((value) => value.length > 0);

/** Unknown extra fields: keys that no schema knows, values of any JSON shape. */
const extraValue: fc.Arbitrary<unknown> = fc.oneof(
  text,
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.record({ note: text, level: fc.integer({ min: 0, max: 9 }) }, { noNullPrototype: true }),
);
const extras: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  { weight: 4, arbitrary: fc.constant({}) },
  {
    weight: 1,
    arbitrary: fc.dictionary(fc.string({ minLength: 1, maxLength: 6 }).map((key) => `x-${key}`), extraValue, {
      minKeys: 1,
      maxKeys: 2,
      noNullPrototype: true,
    }),
  },
);

/** `count` distinct ids; sometimes plain (`s1`), sometimes arbitrary printable strings. */
function uniqueIds(count: number, prefix: string): fc.Arbitrary<string[]> {
  const plain = fc.constant(Array.from({ length: count }, (_, index) => `${prefix}${index + 1}`));
  const free = fc.uniqueArray(fc.string({ minLength: 1, maxLength: 8 }), { minLength: count, maxLength: count });
  return fc.oneof({ weight: 2, arbitrary: plain }, { weight: 1, arbitrary: free });
}

const laneFields = fc.record(
  { name: text, hourlyCost: nonNegative(150), extra: extras },
  { requiredKeys: ['name', 'extra'], noNullPrototype: true },
);

const stepFields = fc.record(
  {
    label: text,
    processTime: nonNegative(480),
    waitTime: nonNegative(4800),
    completeAccurate: fraction,
    valueType: fc.constantFrom(...VALUE_TYPES),
    activity: fc.constantFrom(...ACTIVITY_KINDS),
    system: fc.constantFrom('', 'Excel', 'Outlook', 'SAP', 'Exact Online', 'papier'),
    decision: fc.boolean(),
    batchInterval: fc.integer({ min: 1, max: 9600 }),
    wastes: fc.subarray([...WASTES]),
    note: text,
    waitVariability: fc.double({ min: 0, max: 3, noNaN: true }).map((value) => value + 0),
    processVariability: fc.double({ min: 0, max: 3, noNaN: true }).map((value) => value + 0),
    measured: record({ instances: fc.integer({ min: 0, max: 5000 }), processTimeMedian: nonNegative(480), waitTimeMedian: nonNegative(4800) }),
    jitter: fc.option(fc.record({ x: coordinate, y: coordinate }, { noNullPrototype: true }), { nil: undefined }),
    extra: extras,
  },
  {
    requiredKeys: ['label', 'processTime', 'waitTime', 'completeAccurate', 'valueType', 'activity', 'system', 'decision', 'extra'],
    noNullPrototype: true,
  },
);

const flowFields = fc.record(
  {
    given: fc.boolean(),
    weight: fc.integer({ min: 1, max: 20 }),
    medium: fc.constantFrom(...FLOW_MEDIA),
    label: fc.constantFrom('', 'ja', 'nee', 'ok', 'afgekeurd'),
    extra: extras,
  },
  { noNullPrototype: true },
);

interface Shape {
  laneCount: number;
  middleCount: number;
  endCount: number;
}

/** The graph part (lanes, steps, flows, annotations) of a valid map or future state. */
function arbitraryValidState(maxMiddleSteps: number): fc.Arbitrary<MapState> {
  const shape: fc.Arbitrary<Shape> = fc.record({
    laneCount: fc.integer({ min: 1, max: 5 }),
    middleCount: fc.integer({ min: 0, max: maxMiddleSteps }),
    endCount: fc.integer({ min: 1, max: 3 }),
  });
  return shape.chain(({ laneCount, middleCount, endCount }) => {
    const stepCount = 1 + middleCount + endCount;
    const lastNonEnd = middleCount;
    return fc
      .record({
        laneIds: uniqueIds(laneCount, 'lane'),
        lanes: fc.array(laneFields, { minLength: laneCount, maxLength: laneCount }),
        stepIds: uniqueIds(stepCount, 's'),
        steps: fc.array(stepFields, { minLength: stepCount, maxLength: stepCount }),
        stepLane: fc.array(fc.nat(), { minLength: stepCount, maxLength: stepCount }),
        parents: fc.array(fc.nat(), { minLength: stepCount, maxLength: stepCount }),
        exits: fc.array(fc.nat(), { minLength: stepCount, maxLength: stepCount }),
        forward: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: Math.ceil(stepCount / 3) }),
        rework: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(9)), { maxLength: Math.ceil(middleCount / 2) }),
        underfilled: fc.array(fc.nat(9), { minLength: stepCount, maxLength: stepCount }),
        annotations: fc.array(
          record({ kind: fc.constantFrom(...ANNOTATION_KINDS), text, x: coordinate, y: coordinate, extra: extras }),
          { maxLength: 3 },
        ),
        annotationIds: uniqueIds(3, 'a'),
      })
      .chain((drawn) => {
        const isEnd = (index: number): boolean => index > lastNonEnd;
        const edges: Array<{ from: number; to: number; rework: boolean }> = [];
        const seen = new Set<string>();
        const addEdge = (from: number, to: number, rework: boolean): void => {
          const key = `${from}>${to}`;
          if (seen.has(key)) return;
          seen.add(key);
          edges.push({ from, to, rework });
        };
        // Parent flows make every step reachable from the start (index 0).
        for (let to = 1; to < stepCount; to += 1) {
          addEdge((drawn.parents[to] ?? 0) % (Math.min(to - 1, lastNonEnd) + 1), to, false);
        }
        for (const [a, b] of drawn.forward) {
          const from = a % (lastNonEnd + 1);
          addEdge(from, from + 1 + (b % (stepCount - from - 1)), false);
        }
        // Every non-end step needs a forward exit; parents gave most of them one already.
        for (let from = 0; from <= lastNonEnd; from += 1) {
          if (!edges.some((edge) => edge.from === from)) {
            addEdge(from, from + 1 + ((drawn.exits[from] ?? 0) % (stepCount - from - 1)), false);
          }
        }
        // Rework goes back to an earlier (or the same) non-end step; mostly flagged as rework.
        for (const [a, b, flag] of drawn.rework) {
          const from = 1 + (a % middleCount);
          addEdge(from, b % (from + 1), flag < 8);
        }
        return fc
          .record({
            flowIds: uniqueIds(edges.length, 'f'),
            flows: fc.array(flowFields, { minLength: edges.length, maxLength: edges.length }),
          })
          .map(({ flowIds, flows }): MapState => {
            const laneIndexOf = (stepIndex: number): number => (drawn.stepLane[stepIndex] ?? 0) % laneCount;
            const lanes: Lane[] = drawn.laneIds.map((laneId, index) => {
              const fields = drawn.lanes[index]!;
              const lane: Lane = { id: laneId, name: fields.name, ...fields.extra };
              if (fields.hourlyCost !== undefined) lane.hourlyCost = fields.hourlyCost;
              return lane;
            });
            const steps: Step[] = drawn.stepIds.map((stepId, index) => {
              const fields = drawn.steps[index]!;
              const type = index === 0 ? 'start' : isEnd(index) ? 'end' : fields.decision ? 'decision' : 'activity';
              // Horizontal swimlanes 160 px high; the order of the steps runs left to right.
              const position = fields.jitter ?? { x: 80 + index * 200, y: laneIndexOf(index) * 160 + 50 };
              const step: Step = {
                id: stepId,
                type,
                label: fields.label,
                laneId: drawn.laneIds[laneIndexOf(index)]!,
                processTime: fields.processTime,
                waitTime: fields.waitTime,
                completeAccurate: fields.completeAccurate,
                valueType: fields.valueType,
                activity: fields.activity,
                system: fields.system,
                position,
                ...fields.extra,
              };
              if (fields.batchInterval !== undefined) step.batchInterval = fields.batchInterval;
              if (fields.wastes !== undefined) step.wastes = fields.wastes;
              if (fields.note !== undefined) step.note = fields.note;
              if (fields.waitVariability !== undefined) step.waitVariability = fields.waitVariability;
              if (fields.processVariability !== undefined) step.processVariability = fields.processVariability;
              if (fields.measured !== undefined) step.measured = fields.measured;
              return step;
            });
            const flowList: Flow[] = edges.map((edge, index) => {
              const fields = flows[index]!;
              const flow: Flow = {
                id: flowIds[index]!,
                from: drawn.stepIds[edge.from]!,
                to: drawn.stepIds[edge.to]!,
                rework: edge.rework,
                medium: fields.medium,
                label: fields.label,
                ...fields.extra,
              };
              const probability = probabilityOf(index);
              if (probability !== undefined) flow.probability = probability;
              return flow;
            });
            function probabilityOf(flowIndex: number): number | undefined {
              const edge = edges[flowIndex]!;
              if (!flows[flowIndex]!.given) return undefined;
              const siblings = edges.flatMap((other, index) => (other.from === edge.from ? [index] : []));
              const totalWeight = siblings.reduce((sum, index) => sum + flows[index]!.weight, 0);
              const allGiven = siblings.every((index) => flows[index]!.given);
              // All given: they sum to 1, or sometimes to 0.8 (the analysis rescales and warns).
              // Some omitted: the omitted flows' weight stays unassigned, so the given sum < 1.
              const scale = allGiven && (drawn.underfilled[edge.from] ?? 0) === 0 ? 0.8 : 1;
              return (flows[flowIndex]!.weight / totalWeight) * scale;
            }
            const annotations: Annotation[] = drawn.annotations.map((note, index) => ({
              id: drawn.annotationIds[index]!,
              kind: note.kind,
              text: note.text,
              position: { x: note.x, y: note.y },
              ...note.extra,
            }));
            return { lanes, steps, flows: flowList, annotations };
          });
      });
  });
}

/** Improvement actions whose effects name steps, flows and lanes of `state`. */
function arbitraryActions(state: MapState): fc.Arbitrary<Action[]> {
  const middleStepIds = state.steps.filter((step) => step.type !== 'start' && step.type !== 'end').map((step) => step.id);
  const stepIds = state.steps.map((step) => step.id);
  const flowIds = state.flows.map((flow) => flow.id);
  const laneIds = state.lanes.map((lane) => lane.id);
  const anyStep = fc.constantFrom(...stepIds);
  // Removing or merging the start or an end would not leave a map, so those use middle steps only.
  const effectChoices: Array<fc.Arbitrary<Effect>> = [
    record({ type: fc.constant('set-process-time' as const), stepId: anyStep, minutes: nonNegative(480) }),
    record({ type: fc.constant('set-wait-time' as const), stepId: anyStep, minutes: nonNegative(4800) }),
    record({ type: fc.constant('set-complete-accurate' as const), stepId: anyStep, value: fraction }),
    record({ type: fc.constant('move-to-lane' as const), stepId: anyStep, laneId: fc.constantFrom(...laneIds) }),
  ];
  if (middleStepIds.length > 0) {
    effectChoices.push(record({ type: fc.constant('remove-step' as const), stepId: fc.constantFrom(...middleStepIds) }));
  }
  if (middleStepIds.length > 1) {
    effectChoices.push(
      record({
        type: fc.constant('merge-steps' as const),
        stepIds: fc.uniqueArray(fc.constantFrom(...middleStepIds), { minLength: 2, maxLength: 3 }),
      }),
    );
  }
  if (flowIds.length > 0) {
    const anyFlow = fc.constantFrom(...flowIds);
    effectChoices.push(record({ type: fc.constant('set-medium' as const), flowId: anyFlow, medium: fc.constantFrom(...FLOW_MEDIA) }));
    effectChoices.push(record({ type: fc.constant('remove-flow' as const), flowId: anyFlow }));
  }
  const action = record({
    title: text,
    description: text,
    findingIds: fc.array(fc.string({ minLength: 1, maxLength: 12 }), { maxLength: 2 }),
    ecrs: fc.constantFrom(...ECRS),
    owner: text,
    dueDate: fc.constantFrom('', '2027-01-31', '2027-03-15'),
    effort: fc.constantFrom(...EFFORTS),
    status: fc.constantFrom(...ACTION_STATUSES),
    effects: fc.array(fc.oneof(...effectChoices), { maxLength: 3 }),
    extra: extras,
  });
  return fc.tuple(fc.array(action, { maxLength: 3 }), uniqueIds(3, 'act')).map(([actions, ids]) =>
    actions.map(({ extra, ...fields }, index) => ({ id: ids[index]!, ...fields, ...extra })),
  );
}

/** A valid map of at most `maxMiddleSteps + 4` steps, with every optional part sometimes present. */
export function arbitraryValidMap(options: ArbitraryMapOptions = {}): fc.Arbitrary<ProcessMap> {
  const maxMiddleSteps = options.maxMiddleSteps ?? 24;
  const future = options.withFuture === false ? fc.constant(null) : fc.option(arbitraryValidState(Math.min(maxMiddleSteps, 8)), { nil: null });
  const current = options.parallelBlocks
    ? fc.tuple(arbitraryValidState(maxMiddleSteps), fc.array(blockPlan, { minLength: 1, maxLength: 3 })).map(([state, plans]) => addParallelBlocks(state, plans))
    : arbitraryValidState(maxMiddleSteps);
  return current.chain((state) =>
    fc
      .record({
        meta: record({
          title,
          description: text,
          organisation: text,
          author: text,
          language: fc.constantFrom(...LANGUAGES),
          createdAt: fc.constantFrom('', '2026-11-26T10:00:00Z'),
          updatedAt: fc.constantFrom('', '2026-11-27T16:30:00Z'),
          extra: extras,
        }),
        settings: record({
          casesPerYear: nonNegative(100000),
          hoursPerDay: fc.integer({ min: 1, max: 24 }),
          currency: fc.constantFrom('EUR', 'USD', 'GBP'),
          defaultHourlyCost: nonNegative(150),
          workdayStart: fc.constantFrom('09:00', '08:30', '07:00'),
          extra: extras,
        }),
        leadTimeTarget: fc.option(fc.integer({ min: 1, max: 48000 }), { nil: undefined }),
        rootCauses: fc.array(record({ findingId: fc.string({ minLength: 1, maxLength: 12 }), whys: fc.array(text, { maxLength: 5 }) }), {
          maxLength: 2,
        }),
        goal: fc.option(
          record({
            text,
            targets: fc.array(
              record({ metric: fc.constantFrom(...GOAL_METRICS), value: nonNegative(10000), dueDate: fc.constantFrom('', '2027-06-30') }),
              { maxLength: 2 },
            ),
          }),
          { nil: undefined },
        ),
        actions: arbitraryActions(state),
        dismissedFindings: fc.array(record({ findingId: fc.string({ minLength: 1, maxLength: 12 }), reason: text }), {
          maxLength: 2,
        }),
        future,
        extra: extras,
      })
      .map(({ meta, settings, leadTimeTarget, actions, dismissedFindings, rootCauses, goal, future: futureState, extra }): ProcessMap => {
        const { extra: metaExtra, ...metaFields } = meta;
        const { extra: settingsExtra, ...settingsFields } = settings;
        const map: ProcessMap = {
          format: 'stroomlijn-map',
          schemaVersion: 2,
          meta: { ...metaFields, ...metaExtra },
          settings: { ...settingsFields, ...(leadTimeTarget === undefined ? {} : { leadTimeTargetMinutes: leadTimeTarget }), ...settingsExtra },
          ...state,
          actions,
          dismissedFindings,
          rootCauses,
          future: futureState,
          ...extra,
        };
        if (goal !== undefined) map.goal = goal;
        return map;
      }),
  );
}

/** Exposed for tests that need only the graph part (e.g. future-state computations). */
export { arbitraryValidState };
