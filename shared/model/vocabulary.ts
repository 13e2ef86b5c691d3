/**
 * Closed vocabularies of the file format (domain.md section 1). `parallel` (schema 2,
 * section 7) is a gateway: a split where every outgoing flow is taken, or the join where
 * those branches meet again.
 */
export const STEP_TYPES = ['start', 'activity', 'decision', 'end', 'parallel'] as const;
export const VALUE_TYPES = ['value-adding', 'business-required', 'non-value-adding'] as const;
export const ACTIVITY_KINDS = ['work', 'approval', 'check', 'data-entry', 'transport', 'search', 'communication'] as const;
export const FLOW_MEDIA = ['email', 'paper', 'system', 'verbal', 'phone', 'chat', 'other'] as const;
/** The eight lean wastes, DOWNTIME order. */
export const WASTES = [
  'defects',
  'overproduction',
  'waiting',
  'non-utilized-talent',
  'transport',
  'inventory',
  'motion',
  'extra-processing',
] as const;
export const FINDING_CATEGORIES = [...WASTES, 'handoff'] as const;
export const ANNOTATION_KINDS = ['note', 'kaizen'] as const;
export const LANGUAGES = ['nl', 'en'] as const;
export const ECRS = ['eliminate', 'combine', 'rearrange', 'simplify'] as const;
export const EFFORTS = ['low', 'medium', 'high'] as const;
export const ACTION_STATUSES = ['proposed', 'accepted', 'rejected', 'done'] as const;
/** Metrics a goal can set a target for (CLI keys of the analysis, in their file units). */
export const GOAL_METRICS = [
  'leadTimeMinutes',
  'processTimeMinutes',
  'handoffsPerCase',
  'rolledCompleteAccurate',
  'annualEffortHours',
  'annualCost',
] as const;

export type StepType = (typeof STEP_TYPES)[number];
export type ValueType = (typeof VALUE_TYPES)[number];
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];
export type FlowMedium = (typeof FLOW_MEDIA)[number];
export type Waste = (typeof WASTES)[number];
export type FindingCategory = (typeof FINDING_CATEGORIES)[number];
export type AnnotationKind = (typeof ANNOTATION_KINDS)[number];
export type Language = (typeof LANGUAGES)[number];
export type Ecrs = (typeof ECRS)[number];
export type Effort = (typeof EFFORTS)[number];
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export type GoalMetric = (typeof GOAL_METRICS)[number];
