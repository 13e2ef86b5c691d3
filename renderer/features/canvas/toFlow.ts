import { MarkerType } from '@xyflow/react';
import type { Analysis } from '../../../shared/analysis/types';
import { formatDuration, formatPercent } from '../../../shared/i18n/format';
import type { Annotation, Flow, MapState, Step } from '../../../shared/model/types';
import { STEP_TYPES, type Language } from '../../../shared/model/vocabulary';
import type { Selection } from '../../base/session/selection';
import {
  ANNOTATION_SIZE_PX,
  STEP_HEIGHT_PX,
  STEP_WIDTH_PX,
  clampStepY,
  laneColor,
  laneIndexAtY,
} from '../../../shared/layout/geometry';
import { HANDLE_IDS, stepHandles } from './handles';
import {
  annotationNodeId,
  type AnnotationNode,
  type CanvasEmphasis,
  type CanvasNode,
  type EdgeEmphasis,
  type FlowEdge,
  type FlowRoute,
  type StepDiagnostic,
  type StepEmphasis,
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
  /** Highlighted finding, heat map and handoff view; none when left out. */
  emphasis?: CanvasEmphasis;
}

export interface FlowProjection {
  nodes: CanvasNode[];
  edges: FlowEdge[];
}

export const FLOW_COLOR = '#4a5568';
export const REWORK_COLOR = '#d9480f';
const PROBABILITY_EPSILON = 1e-9;

/** The diagnostics of the analysis that belong on a step, by step id. */
export function diagnosticsByStep(analysis: Analysis | null): Map<string, StepDiagnostic[]> {
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

export const NO_DIAGNOSTICS: StepDiagnostic[] = [];

/** The session settings every node and edge depends on; when one changes, everything is redrawn. */
export interface ProjectionStyle {
  language: CanvasSession['language'];
  hoursPerDay: number;
  lowDetail: boolean;
}

/** Everything one step node is made of (compared by identity to reuse the previous node). */
export interface StepInputs {
  step: Step;
  laneIndex: number;
  diagnostics: StepDiagnostic[];
  selected: boolean;
  editing: boolean;
  emphasis: StepEmphasis;
  heatClass: number | null;
}

export interface AnnotationInputs {
  annotation: Annotation;
  selected: boolean;
  editing: boolean;
}

export interface EdgeInputs {
  flow: Flow;
  source: StepNode;
  target: StepNode;
  outgoingCount: number;
  /** Effective probability from the analysis, else the one in the file; undefined when unknown. */
  probability: number | undefined;
  selected: boolean;
  emphasis: EdgeEmphasis;
}

/**
 * Formatted texts by value: a map has few distinct durations and percentages, and building
 * a number format per call is the slowest part of projecting thousands of steps. Bounded,
 * so a long session cannot grow it without end.
 */
const textCache = new Map<string, string>();
const TEXT_CACHE_LIMIT = 20_000;

function cachedText(key: string, format: () => string): string {
  const cached = textCache.get(key);
  if (cached !== undefined) return cached;
  if (textCache.size >= TEXT_CACHE_LIMIT) textCache.clear();
  const text = format();
  textCache.set(key, text);
  return text;
}

function durationText(minutes: number, style: ProjectionStyle): string {
  return cachedText(`d|${style.language}|${style.hoursPerDay}|${minutes}`, () => formatDuration(minutes, style.hoursPerDay, style.language));
}

function percentText(fraction: number, language: Language): string {
  return cachedText(`p|${language}|${fraction}`, () => formatPercent(fraction, language));
}

/** Declared once per step type: node objects share them (React Flow only reads them). */
const HANDLES_BY_TYPE = new Map(STEP_TYPES.map((type) => [type, stepHandles(type)]));

export function toStepNode({ step, laneIndex, diagnostics, selected, editing, emphasis, heatClass }: StepInputs, style: ProjectionStyle): StepNode {
  const width = STEP_WIDTH_PX[step.type];
  return {
    id: step.id,
    type: step.type,
    position: { x: step.position.x, y: clampStepY(step.position.y, laneIndex) },
    width,
    height: STEP_HEIGHT_PX,
    measured: { width, height: STEP_HEIGHT_PX },
    handles: HANDLES_BY_TYPE.get(step.type) ?? stepHandles(step.type),
    selected,
    data: {
      stepType: step.type,
      label: step.label,
      laneColor: laneColor(laneIndex),
      valueType: step.valueType,
      processTimeText: durationText(step.processTime, style),
      waitTimeText: step.waitTime > 0 ? durationText(step.waitTime, style) : null,
      completeAccurateText: percentText(step.completeAccurate, style.language),
      system: step.system,
      measuredInstances: step.measured?.instances ?? null,
      diagnostics,
      lowDetail: style.lowDetail,
      editing,
      emphasis,
      heatClass,
    },
  };
}

export function toAnnotationNode({ annotation, selected, editing }: AnnotationInputs, style: ProjectionStyle): AnnotationNode {
  const { width, height } = ANNOTATION_SIZE_PX[annotation.kind];
  return {
    id: annotationNodeId(annotation.id),
    type: annotation.kind,
    position: { x: annotation.position.x, y: annotation.position.y },
    width,
    height,
    measured: { width, height },
    selected,
    data: {
      annotationId: annotation.id,
      text: annotation.text,
      lowDetail: style.lowDetail,
      editing,
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

const MARKERS = {
  flow: { type: MarkerType.ArrowClosed, color: FLOW_COLOR, width: 16, height: 16 },
  rework: { type: MarkerType.ArrowClosed, color: REWORK_COLOR, width: 16, height: 16 },
};

export function toFlowEdge({ flow, source, target, outgoingCount, probability, selected, emphasis }: EdgeInputs, style: ProjectionStyle): FlowEdge {
  const route = routeOf(source, target);
  // A parallel split takes every flow: "100 %" on each branch would suggest a choice.
  const showProbability = probability !== undefined && source.type !== 'parallel' && (outgoingCount > 1 || probability < 1 - PROBABILITY_EPSILON);
  return {
    id: flow.id,
    type: 'flow',
    source: flow.from,
    target: flow.to,
    ...HANDLES_OF_ROUTE[route],
    selected,
    markerEnd: flow.rework ? MARKERS.rework : MARKERS.flow,
    data: {
      probabilityText: showProbability ? percentText(probability, style.language) : null,
      label: flow.label,
      rework: flow.rework,
      route,
      medium: flow.medium,
      lowDetail: style.lowDetail,
      emphasis,
    },
  };
}

/**
 * Builds each element from its inputs; the caching projector (flowProjector.ts) plugs in
 * here to reuse elements whose inputs did not change.
 */
export interface ElementBuilders {
  step(inputs: StepInputs): StepNode;
  annotation(inputs: AnnotationInputs): AnnotationNode;
  edge(inputs: EdgeInputs): FlowEdge;
}

/** Walks a state and asks `build` for every element (see toFlow for the rules). */
export function projectState(state: MapState, session: CanvasSession, analysis: Analysis | null, build: ElementBuilders): FlowProjection {
  const laneIndexById = new Map(state.lanes.map((lane, index) => [lane.id, index]));
  const diagnostics = diagnosticsByStep(analysis);
  const selectedSteps = new Set(session.selection.stepIds);
  const selectedFlows = new Set(session.selection.flowIds);
  const selectedAnnotations = new Set(session.selection.annotationIds);
  const { highlightedStepIds = null, highlightedFlowIds = null, heatClassByStep = null, handoffFlowIds = null } = session.emphasis ?? {};
  const stepEmphasis = (id: string): StepEmphasis => (highlightedStepIds === null ? 'none' : highlightedStepIds.has(id) ? 'highlighted' : 'dimmed');
  const edgeEmphasis = (id: string): EdgeEmphasis => {
    if (highlightedFlowIds !== null) return highlightedFlowIds.has(id) ? 'highlighted' : 'dimmed';
    if (handoffFlowIds !== null) return handoffFlowIds.has(id) ? 'handoff' : 'dimmed';
    return 'none';
  };
  const stepNodes: StepNode[] = state.steps.map((step) =>
    build.step({
      step,
      laneIndex: laneIndexById.get(step.laneId) ?? laneIndexAtY(step.position.y, state.lanes.length),
      diagnostics: diagnostics.get(step.id) ?? NO_DIAGNOSTICS,
      selected: selectedSteps.has(step.id),
      editing: session.editingNodeId === step.id,
      emphasis: stepEmphasis(step.id),
      heatClass: heatClassByStep === null ? null : (heatClassByStep.get(step.id) ?? 0),
    }),
  );
  const stepNodeById = new Map(stepNodes.map((node) => [node.id, node]));
  const outgoingCount = new Map<string, number>();
  for (const flow of state.flows) outgoingCount.set(flow.from, (outgoingCount.get(flow.from) ?? 0) + 1);

  const edges: FlowEdge[] = [];
  for (const flow of state.flows) {
    const source = stepNodeById.get(flow.from);
    const target = stepNodeById.get(flow.to);
    // A flow naming an unknown step cannot be drawn; the file validation reports it.
    if (!source || !target) continue;
    edges.push(
      build.edge({
        flow,
        source,
        target,
        outgoingCount: outgoingCount.get(flow.from) ?? 0,
        probability: analysis?.flowProbabilities[flow.id] ?? flow.probability,
        selected: selectedFlows.has(flow.id),
        emphasis: edgeEmphasis(flow.id),
      }),
    );
  }
  const annotationNodes = state.annotations.map((annotation) =>
    build.annotation({
      annotation,
      selected: selectedAnnotations.has(annotation.id),
      editing: session.editingNodeId === annotationNodeId(annotation.id),
    }),
  );
  return { nodes: [...annotationNodes, ...stepNodes], edges };
}

/** Projects one state (current or future) of the document onto React Flow nodes and edges. */
export function toFlow(state: MapState, session: CanvasSession, analysis: Analysis | null): FlowProjection {
  const style: ProjectionStyle = { language: session.language, hoursPerDay: session.hoursPerDay, lowDetail: session.lowDetail };
  return projectState(state, session, analysis, {
    step: (inputs) => toStepNode(inputs, style),
    annotation: (inputs) => toAnnotationNode(inputs, style),
    edge: (inputs) => toFlowEdge(inputs, style),
  });
}
