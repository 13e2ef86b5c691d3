import { z } from './zodConfig';
import {
  ACTION_STATUSES,
  ACTIVITY_KINDS,
  ANNOTATION_KINDS,
  ECRS,
  EFFORTS,
  FLOW_MEDIA,
  LANGUAGES,
  STEP_TYPES,
  VALUE_TYPES,
  WASTES,
} from './vocabulary';

/**
 * zod schemas of schemaVersion 1: the single source of truth for the file format
 * (domain.md section 1). Objects are loose so unknown extra fields survive a save.
 * Only structure and ranges live here; cross-references and graph rules are checked
 * in `validateMap.ts`.
 */
export const FORMAT_ID = 'stroomlijn-map';
export const CURRENT_SCHEMA_VERSION = 1;

const id = z.string().min(1, 'must be a non-empty id');
const minutes = z.number().min(0);
const fraction = z.number().min(0).max(1);
const position = z.looseObject({ x: z.number(), y: z.number() });

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
  casesPerYear: z.number().min(0).default(0),
  hoursPerDay: z.number().gt(0).max(24).default(8),
  currency: z.string().regex(/^[A-Z]{3}$/, 'must be a three-letter ISO 4217 code such as EUR').default('EUR'),
  defaultHourlyCost: z.number().min(0).default(45),
});

export const laneSchema = z.looseObject({
  id,
  name: z.string(),
  hourlyCost: z.number().min(0).optional(),
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
  batchInterval: z.number().gt(0).optional(),
  wastes: z.array(z.enum(WASTES)).optional(),
  note: z.string().optional(),
  position: position.default({ x: 0, y: 0 }),
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
  settings: settingsSchema.default({ casesPerYear: 0, hoursPerDay: 8, currency: 'EUR', defaultHourlyCost: 45 }),
  lanes: z.array(laneSchema),
  steps: z.array(stepSchema),
  flows: z.array(flowSchema),
  annotations: z.array(annotationSchema).default([]),
  actions: z.array(actionSchema).default([]),
  dismissedFindings: z.array(dismissedFindingSchema).default([]),
  future: stateSchema.nullable().default(null),
});
