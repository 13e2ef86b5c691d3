import { z } from './zodConfig';
import {
  ACTION_STATUSES,
  ACTIVITY_KINDS,
  ANNOTATION_KINDS,
  ECRS,
  EFFORTS,
  FLOW_MEDIA,
  GOAL_METRICS,
  LANGUAGES,
  STEP_TYPES,
  VALUE_TYPES,
  WASTES,
} from './vocabulary';

/**
 * zod schemas of schemaVersion 2: the single source of truth for the file format
 * (domain.md section 1). Version 2 adds variability, the working day's start, a lead-time
 * target, where a map came from (`source`), measured figures per step, root causes and a
 * goal; every version-1 file opens through the migration in `shared/migrations/`. Objects are loose so unknown extra fields survive a save.
 * Only structure and ranges live here; cross-references and graph rules are checked
 * in `validateMap.ts`.
 */
export const FORMAT_ID = 'stroomlijn-map';
export const CURRENT_SCHEMA_VERSION = 2;

const id = z.string().min(1, 'must be a non-empty id');
/**
 * Bounds of every number, to what an office process can mean: far beyond any
 * real map, small enough that no sum, product or chart of them overflows to ∞ or NaN.
 * Times: 10 years of minutes (10 × 366 days × 24 h × 60 min = 5,270,400), whatever the
 * working day. Cases per year and counted cases: 10⁹. Money per hour: 100,000. Canvas
 * coordinates: 10⁷ px either way. Goal targets (minutes, euros, hours, counts): 10¹².
 */
export const MAX_MINUTES = 10 * 366 * 24 * 60;
export const MAX_CASES_PER_YEAR = 1e9;
export const MAX_HOURLY_COST = 100_000;
export const MAX_COORDINATE = 1e7;
export const MAX_GOAL_VALUE = 1e12;
const minutes = z.number().min(0).max(MAX_MINUTES);
const fraction = z.number().min(0).max(1);
const coordinate = z.number().min(-MAX_COORDINATE).max(MAX_COORDINATE);
const hourlyCost = z.number().min(0).max(MAX_HOURLY_COST);
const position = z.looseObject({ x: coordinate, y: coordinate });
/**
 * A coefficient of variation (standard deviation / mean). Above 10 a gamma distribution is
 * so skewed that almost every draw is 0 and a few are huge: no office step varies like that.
 */
export const MAX_COEFFICIENT_OF_VARIATION = 10;
const coefficientOfVariation = z.number().min(0).max(MAX_COEFFICIENT_OF_VARIATION);
/** "HH:MM" on a 24-hour clock, e.g. "08:30". */
const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time of day written as HH:MM, e.g. 09:00');

export const metaSchema = z.looseObject({
  title: z.string().trim().min(1, 'must not be empty'),
  description: z.string().default(''),
  organisation: z.string().default(''),
  author: z.string().default(''),
  language: z.enum(LANGUAGES).default('nl'),
  createdAt: z.string().default(''),
  updatedAt: z.string().default(''),
});

export const settingsSchema = z.looseObject({
  casesPerYear: z.number().min(0).max(MAX_CASES_PER_YEAR).default(0),
  hoursPerDay: z.number().gt(0).max(24).default(8),
  currency: z.string().regex(/^[A-Z]{3}$/, 'must be a three-letter ISO 4217 code such as EUR').default('EUR'),
  defaultHourlyCost: hourlyCost.default(45),
  /** When a working day starts; used to turn timestamps into working minutes (event logs). */
  workdayStart: clockTime.default('09:00'),
  /** The lead time a case should take at most; the distribution reports the share within it. */
  leadTimeTargetMinutes: z.number().gt(0).max(MAX_MINUTES).optional(),
});

export const laneSchema = z.looseObject({
  id,
  name: z.string(),
  hourlyCost: hourlyCost.optional(),
});

export const stepSchema = z.looseObject({
  id,
  type: z.enum(STEP_TYPES),
  label: z.string().default(''),
  laneId: id,
  processTime: minutes.default(0),
  waitTime: minutes.default(0),
  completeAccurate: fraction.default(1),
  valueType: z.enum(VALUE_TYPES).default('business-required'),
  activity: z.enum(ACTIVITY_KINDS).default('work'),
  system: z.string().default(''),
  batchInterval: z.number().gt(0).max(MAX_MINUTES).optional(),
  wastes: z.array(z.enum(WASTES)).optional(),
  note: z.string().optional(),
  position: position.default({ x: 0, y: 0 }),
  /** How much the wait varies between visits (coefficient of variation); absent means 0. */
  waitVariability: coefficientOfVariation.optional(),
  /** How much the work varies between visits (coefficient of variation); absent means 0. */
  processVariability: coefficientOfVariation.optional(),
  /** Figures measured from an event log by discovery, in working minutes. */
  measured: z
    .looseObject({
      instances: z.number().int().min(0).max(MAX_CASES_PER_YEAR),
      processTimeMedian: minutes,
      waitTimeMedian: minutes,
    })
    .optional(),
});

export const flowSchema = z.looseObject({
  id,
  from: id,
  to: id,
  probability: fraction.optional(),
  rework: z.boolean().default(false),
  medium: z.enum(FLOW_MEDIA).default('other'),
  label: z.string().default(''),
});

export const annotationSchema = z.looseObject({
  id,
  kind: z.enum(ANNOTATION_KINDS),
  text: z.string().default(''),
  position: position.default({ x: 0, y: 0 }),
});

export const effectSchema = z.discriminatedUnion('type', [
  z.looseObject({ type: z.literal('remove-step'), stepId: id }),
  z.looseObject({ type: z.literal('merge-steps'), stepIds: z.array(id).min(2) }),
  z.looseObject({ type: z.literal('move-to-lane'), stepId: id, laneId: id }),
  z.looseObject({ type: z.literal('set-process-time'), stepId: id, minutes }),
  z.looseObject({ type: z.literal('set-wait-time'), stepId: id, minutes }),
  z.looseObject({ type: z.literal('set-complete-accurate'), stepId: id, value: fraction }),
  z.looseObject({ type: z.literal('set-medium'), flowId: id, medium: z.enum(FLOW_MEDIA) }),
  z.looseObject({ type: z.literal('remove-flow'), flowId: id }),
  // The other flows of the step are scaled to keep the sum (domain.md section 5).
  z.looseObject({ type: z.literal('set-probability'), flowId: id, probability: fraction }),
  // null: the work is no longer collected in rounds.
  z.looseObject({ type: z.literal('set-batch-interval'), stepId: id, minutes: z.number().gt(0).nullable() }),
]);

export const actionSchema = z.looseObject({
  id,
  title: z.string(),
  description: z.string().default(''),
  findingIds: z.array(z.string()).default([]),
  ecrs: z.enum(ECRS),
  owner: z.string().default(''),
  dueDate: z.string().default(''),
  effort: z.enum(EFFORTS).default('medium'),
  status: z.enum(ACTION_STATUSES).default('proposed'),
  effects: z.array(effectSchema).default([]),
});

export const dismissedFindingSchema = z.looseObject({
  findingId: z.string().min(1),
  reason: z.string().default(''),
});

/** The answers to "why?" (at most five) behind a finding; the last one is its root cause. */
export const MAX_WHYS = 5;
export const rootCauseSchema = z.looseObject({
  findingId: z.string().min(1),
  whys: z.array(z.string()).max(MAX_WHYS, `holds at most ${MAX_WHYS} answers`).default([]),
});

/** One target of the improvement goal: a metric (CLI key, in its file unit) to reach by a date. */
export const goalTargetSchema = z.looseObject({
  metric: z.enum(GOAL_METRICS),
  value: z.number().min(0).max(MAX_GOAL_VALUE),
  dueDate: z.string().default(''),
});

export const goalSchema = z.looseObject({
  text: z.string().default(''),
  targets: z.array(goalTargetSchema).default([]),
});

/**
 * Figures measured on an event log (discovery, domain.md section 11): means per case in
 * working minutes, over `cases` cases between `from` and `to` (ISO 8601).
 */
export const measuredLogSchema = z.looseObject({
  cases: z.number().int().min(0).max(MAX_CASES_PER_YEAR),
  from: z.string().default(''),
  to: z.string().default(''),
  leadTimeMinutes: minutes,
  processTimeMinutes: minutes,
  waitTimeMinutes: minutes,
  handoffsPerCase: z.number().min(0).max(MAX_CASES_PER_YEAR),
  casesPerYear: z.number().min(0).max(MAX_CASES_PER_YEAR),
});

/** Where an imported or discovered map came from (an event log, a BPMN file, a step list). */
export const sourceSchema = z.looseObject({
  kind: z.string().min(1),
  file: z.string().default(''),
  cases: z.number().int().min(0).max(MAX_CASES_PER_YEAR).optional(),
  events: z.number().int().min(0).max(MAX_CASES_PER_YEAR).optional(),
  from: z.string().optional(),
  to: z.string().optional(),
  /** The discovery filters (fractions) and what they dropped. */
  filters: z.looseObject({ minActivityShare: fraction, variantCoverage: fraction }).optional(),
  /** The log's own figures, for the follow-up's "before". */
  measured: measuredLogSchema.optional(),
});

/** A second event log, of the process after the changes, measured for the follow-up (section 11, point 8). */
export const followUpSchema = z.looseObject({
  file: z.string().default(''),
  measuredAt: z.string().default(''),
  measured: measuredLogSchema,
});

export const stateSchema = z.looseObject({
  lanes: z.array(laneSchema),
  steps: z.array(stepSchema),
  flows: z.array(flowSchema),
  annotations: z.array(annotationSchema).default([]),
});

export const processMapSchema = z.looseObject({
  format: z.literal(FORMAT_ID),
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  meta: metaSchema,
  settings: settingsSchema.default(() => settingsSchema.parse({})),
  lanes: z.array(laneSchema),
  steps: z.array(stepSchema),
  flows: z.array(flowSchema),
  annotations: z.array(annotationSchema).default([]),
  actions: z.array(actionSchema).default([]),
  dismissedFindings: z.array(dismissedFindingSchema).default([]),
  rootCauses: z.array(rootCauseSchema).default([]),
  goal: goalSchema.optional(),
  source: sourceSchema.optional(),
  followUp: followUpSchema.optional(),
  future: stateSchema.nullable().default(null),
});
