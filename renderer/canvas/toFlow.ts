import { MarkerType } from '@xyflow/react';
import type { Analysis } from '../../shared/analysis/types';
import { formatDuration, formatPercent } from '../../shared/i18n/format';
import type { Annotation, Flow, MapState, Step } from '../../shared/model/types';
import type { Language } from '../../shared/model/vocabulary';
import type { Selection } from '../app/editorStoreTypes';
import {
  ANNOTATION_SIZE_PX,
  HANDLE_IDS,
  STEP_HEIGHT_PX,
  STEP_WIDTH_PX,
  clampStepY,
  laneColor,
  laneIndexAtY,
  stepHandles,
} from './geometry';
import {
  annotationNodeId,
  type AnnotationNode,
  type CanvasNode,
  type FlowEdge,
  type FlowRoute,
  type StepDiagnostic,
  type StepNode,
} from './flowTypes';

/**
 * The projection of the document onto React Flow (style.md principle 2):
 * `toFlow(state, session, analysis)` → nodes and edges. Pure; the document is never read
 * back from React Flow. The lane/position convention is documented in geometry.ts: lane
 * bands are LANE_HEIGHT_PX high in lane order, and a step is drawn in the band of its
 * `laneId` with its y clamped into that band.
 */
export interface CanvasSession {
  selection: Pick<Selection, 'stepIds' | 'flowIds' | 'annotationIds'>;
  /** The UI language: numbers and durations on the canvas are formatted in it. */
  language: Language;
  hoursPerDay: number;
  /** Zoomed out below LOW_DETAIL_ZOOM. */
  lowDetail: boolean;
  /** Node whose text is being edited inline, if any. */
  editingNodeId: string | null;
}

export interface FlowProjection {
  nodes: CanvasNode[];
  edges: FlowEdge[];
}

export const FLOW_COLOR = '#4a5568';
export const REWORK_COLOR = '#d9480f';
const PROBABILITY_EPSILON = 1e-9;

function diagnosticsByStep(analysis: Analysis | null): Map<string, StepDiagnostic[]> {
  const byStep = new Map<string, StepDiagnostic[]>();
  for (const diagnostic of analysis?.diagnostics ?? []) {
    if (diagnostic.code !== 'dead-end' && diagnostic.code !== 'unreachable' && diagnostic.code !== 'loop-without-exit') continue;
    for (const stepId of diagnostic.stepIds) {
      const list = byStep.get(stepId) ?? [];
      list.push({ level: diagnostic.level, code: diagnostic.code });
      byStep.set(stepId, list);
    }
  }
  return byStep;
}

const NO_DIAGNOSTICS: StepDiagnostic[] = [];

function toStepNode(step: Step, laneIndex: number, session: CanvasSession, diagnostics: StepDiagnostic[]): StepNode {
  const width = STEP_WIDTH_PX[step.type];
  const { language, hoursPerDay, selection } = session;
  return {
    id: step.id,
    type: step.type,
    position: { x: step.position.x, y: clampStepY(step.position.y, laneIndex) },
    width,
    height: STEP_HEIGHT_PX,
    measured: { width, height: STEP_HEIGHT_PX },
    handles: stepHandles(step.type),
    selected: selection.stepIds.includes(step.id),
    data: {
      stepType: step.type,
      label: step.label,
      laneColor: laneColor(laneIndex),
      valueType: step.valueType,
      processTimeText: formatDuration(step.processTime, hoursPerDay, language),
      waitTimeText: step.waitTime > 0 ? formatDuration(step.waitTime, hoursPerDay, language) : null,
      completeAccurateText: formatPercent(step.completeAccurate, language),
      system: step.system,
      diagnostics,
      lowDetail: session.lowDetail,
      editing: session.editingNodeId === step.id,
    },
  };
}

function toAnnotationNode(annotation: Annotation, session: CanvasSession): AnnotationNode {
  const { width, height } = ANNOTATION_SIZE_PX[annotation.kind];
  const id = annotationNodeId(annotation.id);
  return {
    id,
    type: annotation.kind,
    position: { x: annotation.position.x, y: annotation.position.y },
    width,
    height,
    measured: { width, height },
    selected: session.selection.annotationIds.includes(annotation.id),
    data: {
      annotationId: annotation.id,
      text: annotation.text,
      lowDetail: session.lowDetail,
      editing: session.editingNodeId === id,
    },
  };
}

function centerX(node: StepNode): number {
  return node.position.x + STEP_WIDTH_PX[node.data.stepType] / 2;
}

/** Which way a flow is drawn between two step nodes (see FlowRoute). */
export function routeOf(source: StepNode, target: StepNode): FlowRoute {
  if (source.id === target.id) return 'backward';
  const horizontalDistance = Math.abs(centerX(target) - centerX(source));
  const overlapDistance = (STEP_WIDTH_PX[source.data.stepType] + STEP_WIDTH_PX[target.data.stepType]) / 2;
  const verticalDistance = target.position.y - source.position.y;
  if (horizontalDistance < overlapDistance && Math.abs(verticalDistance) >= STEP_HEIGHT_PX) return verticalDistance < 0 ? 'up' : 'down';
  return centerX(target) < centerX(source) ? 'backward' : 'forward';
}

const HANDLES_OF_ROUTE: Record<FlowRoute, { sourceHandle: string; targetHandle: string }> = {
  forward: { sourceHandle: HANDLE_IDS.out, targetHandle: HANDLE_IDS.in },
  backward: { sourceHandle: HANDLE_IDS.topOut, targetHandle: HANDLE_IDS.topIn },
  up: { sourceHandle: HANDLE_IDS.topOut, targetHandle: HANDLE_IDS.bottomIn },
  down: { sourceHandle: HANDLE_IDS.bottomOut, targetHandle: HANDLE_IDS.topIn },
};

function toFlowEdge(
  flow: Flow,
  source: StepNode,
  target: StepNode,
  outgoingCount: number,
  session: CanvasSession,
  analysis: Analysis | null,
): FlowEdge {
  const route = routeOf(source, target);
  const probability = analysis?.flowProbabilities[flow.id] ?? flow.probability;
  const showProbability =
    probability !== undefined && (outgoingCount > 1 || probability < 1 - PROBABILITY_EPSILON);
  const color = flow.rework ? REWORK_COLOR : FLOW_COLOR;
  return {
    id: flow.id,
    type: 'flow',
    source: flow.from,
    target: flow.to,
    ...HANDLES_OF_ROUTE[route],
    selected: session.selection.flowIds.includes(flow.id),
    markerEnd: { type: MarkerType.ArrowClosed, color, width: 16, height: 16 },
    data: {
      probabilityText: showProbability ? formatPercent(probability, session.language) : null,
      label: flow.label,
      rework: flow.rework,
      route,
      medium: flow.medium,
      lowDetail: session.lowDetail,
    },
  };
}

/** Projects one state (current or future) of the document onto React Flow nodes and edges. */
export function toFlow(state: MapState, session: CanvasSession, analysis: Analysis | null): FlowProjection {
  const laneIndexById = new Map(state.lanes.map((lane, index) => [lane.id, index]));
  const diagnostics = diagnosticsByStep(analysis);
  const stepNodes: StepNode[] = state.steps.map((step) => {
    const laneIndex = laneIndexById.get(step.laneId) ?? laneIndexAtY(step.position.y, state.lanes.length);
    return toStepNode(step, laneIndex, session, diagnostics.get(step.id) ?? NO_DIAGNOSTICS);
  });
  const stepNodeById = new Map(stepNodes.map((node) => [node.id, node]));
  const outgoingCount = new Map<string, number>();
  for (const flow of state.flows) outgoingCount.set(flow.from, (outgoingCount.get(flow.from) ?? 0) + 1);

  const edges: FlowEdge[] = [];
  for (const flow of state.flows) {
    const source = stepNodeById.get(flow.from);
    const target = stepNodeById.get(flow.to);
    // A flow naming an unknown step cannot be drawn; the file validation reports it.
    if (!source || !target) continue;
    edges.push(toFlowEdge(flow, source, target, outgoingCount.get(flow.from) ?? 0, session, analysis));
  }
  const annotationNodes = state.annotations.map((annotation) => toAnnotationNode(annotation, session));
  return { nodes: [...annotationNodes, ...stepNodes], edges };
}
