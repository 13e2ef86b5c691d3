import type { z } from 'zod';
import type {
  actionSchema,
  annotationSchema,
  dismissedFindingSchema,
  effectSchema,
  flowSchema,
  followUpSchema,
  goalSchema,
  goalTargetSchema,
  laneSchema,
  measuredLogSchema,
  metaSchema,
  processMapSchema,
  rootCauseSchema,
  settingsSchema,
  sourceSchema,
  stateSchema,
  stepSchema,
} from './schema';

/** Types of the document, inferred from the zod schemas (the single source of truth). */
export type ProcessMap = z.output<typeof processMapSchema>;
export type MapMeta = z.output<typeof metaSchema>;
export type MapSettings = z.output<typeof settingsSchema>;
export type Lane = z.output<typeof laneSchema>;
export type Step = z.output<typeof stepSchema>;
export type Flow = z.output<typeof flowSchema>;
export type Annotation = z.output<typeof annotationSchema>;
export type Action = z.output<typeof actionSchema>;
export type Effect = z.output<typeof effectSchema>;
export type DismissedFinding = z.output<typeof dismissedFindingSchema>;
/** The graph part of a map: what the analysis reads, and what a future state holds. */
export type MapState = z.output<typeof stateSchema>;
export type RootCause = z.output<typeof rootCauseSchema>;
export type Goal = z.output<typeof goalSchema>;
export type GoalTarget = z.output<typeof goalTargetSchema>;
export type MapSource = z.output<typeof sourceSchema>;
export type MeasuredLog = z.output<typeof measuredLogSchema>;
export type FollowUp = z.output<typeof followUpSchema>;
