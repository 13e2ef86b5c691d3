import type { Edge, Node } from '@xyflow/react';
import type { DiagnosticCode } from '../../../shared/analysis/types';
import type { AnnotationKind, FlowMedium, StepType, ValueType } from '../../../shared/model/vocabulary';

/**
 * The React Flow side of the canvas: node and edge data are plain, serializable values
 * (style.md principle 2). Everything a node shows is already formatted here; components
 * read the store only to dispatch commands.
 */
export interface StepDiagnostic {
  level: 'error' | 'warning';
  code: DiagnosticCode;
}

/**
 * Overlay emphasis (session state): a highlighted finding's steps and flows stand out and the
 * rest is dimmed; in the handoff view cross-lane flows are drawn as handoffs.
 */
export type StepEmphasis = 'highlighted' | 'dimmed' | 'none';
export type EdgeEmphasis = 'highlighted' | 'handoff' | 'dimmed' | 'none';

/** What the overlays ask of the canvas; computed from the session and the analysis (overlays/canvasEmphasis.ts). */
export interface CanvasEmphasis {
  /** Steps of the highlighted finding; null when no finding is highlighted. */
  highlightedStepIds: ReadonlySet<string> | null;
  highlightedFlowIds: ReadonlySet<string> | null;
  /** Heat class per step (0 = none … HEAT_CLASS_COUNT); null when no heat map is shown. */
  heatClassByStep: ReadonlyMap<string, number> | null;
  /** Cross-lane flows to draw as handoffs; null when the handoff view is off. */
  handoffFlowIds: ReadonlySet<string> | null;
}

export type StepNodeData = {
  stepType: StepType;
  label: string;
  laneColor: string;
  valueType: ValueType;
  /** Formatted in the UI language, e.g. "12 minuten". */
  processTimeText: string;
  /** null when the step has no wait before it (no inventory triangle). */
  waitTimeText: string | null;
  /** e.g. "90%". */
  completeAccurateText: string;
  system: string;
  /** Instances an event log measured the step on (a discovered map), else null. */
  measuredInstances: number | null;
  diagnostics: StepDiagnostic[];
  /** Zoomed out: draw a simple box with the label only. */
  lowDetail: boolean;
  /** The label is being edited inline. */
  editing: boolean;
  emphasis: StepEmphasis;
  /** Heat-map colour class, null when no heat map is shown. */
  heatClass: number | null;
};

export type AnnotationNodeData = {
  annotationId: string;
  text: string;
  lowDetail: boolean;
  editing: boolean;
};

export type StepNode = Node<StepNodeData, StepType>;
export type AnnotationNode = Node<AnnotationNodeData, AnnotationKind>;
export type CanvasNode = StepNode | AnnotationNode;

/**
 * - forward: right side of the source to the left side of the target (the reading direction);
 * - backward: the target lies further left, so the flow arcs over the top of both steps;
 * - up / down: the target is (nearly) straight above or below, in another lane.
 */
export type FlowRoute = 'forward' | 'backward' | 'up' | 'down';

export type FlowEdgeData = {
  /** Effective probability as a percentage ("75%"), or null when it goes without saying. */
  probabilityText: string | null;
  label: string;
  rework: boolean;
  /** How the flow is drawn; see FlowRoute. */
  route: FlowRoute;
  medium: FlowMedium;
  lowDetail: boolean;
  emphasis: EdgeEmphasis;
};

export type FlowEdge = Edge<FlowEdgeData, 'flow'>;

/** Annotation node ids are prefixed so they can never collide with a step id. */
export const ANNOTATION_NODE_PREFIX = 'annotation:';

export function annotationNodeId(annotationId: string): string {
  return `${ANNOTATION_NODE_PREFIX}${annotationId}`;
}

/** The annotation id of a node id, or null for a step node. */
export function annotationIdOfNode(nodeId: string): string | null {
  return nodeId.startsWith(ANNOTATION_NODE_PREFIX) ? nodeId.slice(ANNOTATION_NODE_PREFIX.length) : null;
}

export function isStepNode(node: CanvasNode): node is StepNode {
  return node.type === 'start' || node.type === 'activity' || node.type === 'decision' || node.type === 'parallel' || node.type === 'end';
}
