import type { Action, Annotation, Flow, FollowUp, GoalTarget, Lane, MapMeta, MapSettings, Step } from '../model/types';

/**
 * Edits of the document as plain data (style.md principle 6). Every command is applied by
 * a pure function under Immer's produceWithPatches; one command is one undo step.
 * Graph commands carry `target`: the current state (the map's own lanes/steps/flows) or the
 * future state (`map.future`); absent means 'current'.
 */
export type EditTarget = 'current' | 'future';

export interface Position {
  x: number;
  y: number;
}

/** What happens to the steps of a lane that is deleted. */
export type LaneDeletion = { mode: 'delete-steps' } | { mode: 'move-steps'; toLaneId: string };

/**
 * `T` without the keys `Drop`. Unlike `Omit`, this keeps the types of the known fields of
 * the documents' loose zod objects (which carry an index signature for unknown fields):
 * `Omit` would collapse them to `{}`, so a patch like `{ processTime: 'x' }` would typecheck.
 */
type Without<T, Drop extends PropertyKey> = { [Key in keyof T as Key extends Drop ? never : Key]: T[Key] };

export type StepPatch = Partial<Without<Step, 'id'>>;
export type FlowPatch = Partial<Without<Flow, 'id'>>;
/** `hourlyCost: null` removes the lane's own rate, so the map default applies. */
export type LanePatch = Partial<Without<Lane, 'id' | 'hourlyCost'>> & { hourlyCost?: number | null };
export type AnnotationPatch = Partial<Without<Annotation, 'id'>>;
export type ActionPatch = Partial<Without<Action, 'id'>>;

export type Command =
  | { type: 'map/set-meta'; patch: Partial<MapMeta> }
  | { type: 'map/set-settings'; patch: Partial<MapSettings> }
  /** The measured follow-up (a second event log, domain.md section 11 point 8); null removes it. */
  | { type: 'map/set-follow-up'; followUp: FollowUp | null }
  | { type: 'lane/add'; target?: EditTarget; lane: Lane; index?: number }
  | { type: 'lane/update'; target?: EditTarget; laneId: string; patch: LanePatch }
  | { type: 'lane/move'; target?: EditTarget; laneId: string; toIndex: number }
  | { type: 'lane/delete'; target?: EditTarget; laneId: string; deletion: LaneDeletion }
  | { type: 'step/add'; target?: EditTarget; step: Step; connectFrom?: { stepId: string; flowId: string } }
  | { type: 'step/update'; target?: EditTarget; stepId: string; patch: StepPatch }
  /** A drag gesture: every moved step's new position (and lane, when dropped in another band). */
  | { type: 'step/move'; target?: EditTarget; moves: { stepId: string; position: Position; laneId?: string }[] }
  | { type: 'flow/add'; target?: EditTarget; flow: Flow }
  | { type: 'flow/update'; target?: EditTarget; flowId: string; patch: FlowPatch }
  | { type: 'annotation/add'; target?: EditTarget; annotation: Annotation }
  | { type: 'annotation/update'; target?: EditTarget; annotationId: string; patch: AnnotationPatch }
  | { type: 'annotation/move'; target?: EditTarget; annotationId: string; position: Position }
  /** Deletes steps (with every flow touching them), flows and annotations in one step. */
  | { type: 'elements/delete'; target?: EditTarget; stepIds: string[]; flowIds: string[]; annotationIds: string[] }
  /** Inserts copied elements; their ids are already fresh and their flows only join pasted steps. */
  | { type: 'elements/paste'; target?: EditTarget; steps: Step[]; flows: Flow[]; annotations: Annotation[] }
  /** Auto-layout result: new positions (and lanes unchanged). */
  | { type: 'layout/apply'; target?: EditTarget; positions: Record<string, Position> }
  /** Improvement actions; while a future state is stored they keep it linked (shared/improve/futureState.ts). */
  | { type: 'action/add'; action: Action; index?: number }
  | { type: 'action/update'; actionId: string; patch: ActionPatch }
  | { type: 'action/delete'; actionId: string }
  /** Stores the future derived from the applied actions, discarding hand edits (also: materialise it to edit). */
  | { type: 'future/rebuild' }
  /** Drops the stored future: the future follows the actions again. */
  | { type: 'future/clear' }
  | { type: 'findings/dismiss'; findingIds: string[]; reason?: string }
  | { type: 'findings/restore'; findingIds: string[] }
  /** The answers to "why?" behind a finding (at most five, the last is the root cause); blank answers remove them. */
  | { type: 'root-cause/set'; findingId: string; whys: string[] }
  /** The improvement goal in words and as targets (shared/commands/causes.ts). */
  | { type: 'goal/set-text'; text: string }
  | { type: 'goal/add-target'; target: GoalTarget; index?: number }
  | { type: 'goal/update-target'; index: number; patch: Partial<GoalTarget> }
  | { type: 'goal/delete-target'; index: number };

export type CommandType = Command['type'];
