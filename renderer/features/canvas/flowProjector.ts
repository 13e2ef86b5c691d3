import type { Analysis } from '../../../shared/analysis/types';
import type { MapState } from '../../../shared/model/types';
import type { AnnotationNode, FlowEdge, StepDiagnostic, StepNode } from './flowTypes';
import {
  projectState,
  toAnnotationNode,
  toFlowEdge,
  toStepNode,
  type AnnotationInputs,
  type CanvasSession,
  type EdgeInputs,
  type FlowProjection,
  type ProjectionStyle,
  type StepInputs,
} from './toFlow';

/**
 * `toFlow` with memory: an element whose inputs are identical to last time keeps its
 * object. The document is immutable (Immer shares unchanged steps and flows), so comparing
 * inputs by identity is exact and cheap: selecting a step of a 3,000-step map rebuilds two
 * nodes and their edges instead of formatting 3,000 data boxes, and React Flow (which
 * compares node objects by reference) re-renders only those. An edge depends only on the
 * type and position of its end nodes, so editing a step's figures keeps its edges, and
 * a projection in which nothing changed returns the same lists.
 */
function sameDiagnostics(left: StepDiagnostic[], right: StepDiagnostic[]): boolean {
  return left === right || (left.length === right.length && left.every((item, index) => item.code === right[index]?.code && item.level === right[index]?.level));
}

function sameStepInputs(left: StepInputs, right: StepInputs): boolean {
  return (
    left.step === right.step &&
    left.laneIndex === right.laneIndex &&
    left.selected === right.selected &&
    left.editing === right.editing &&
    left.emphasis === right.emphasis &&
    left.heatClass === right.heatClass &&
    sameDiagnostics(left.diagnostics, right.diagnostics)
  );
}

function sameAnnotationInputs(left: AnnotationInputs, right: AnnotationInputs): boolean {
  return left.annotation === right.annotation && left.selected === right.selected && left.editing === right.editing;
}

/** What an edge reads of its end nodes (toFlowEdge, routeOf): their type and position. */
function sameEnd(left: StepNode, right: StepNode): boolean {
  return left === right || (left.type === right.type && left.position.x === right.position.x && left.position.y === right.position.y);
}

function sameEdgeInputs(left: EdgeInputs, right: EdgeInputs): boolean {
  return (
    left.flow === right.flow &&
    sameEnd(left.source, right.source) &&
    sameEnd(left.target, right.target) &&
    left.outgoingCount === right.outgoingCount &&
    left.probability === right.probability &&
    left.selected === right.selected &&
    left.emphasis === right.emphasis
  );
}

function sameStyle(left: ProjectionStyle | null, right: ProjectionStyle): boolean {
  return left !== null && left.language === right.language && left.hoursPerDay === right.hoursPerDay && left.lowDetail === right.lowDetail;
}

interface Memo<Inputs, Output> {
  inputs: Inputs;
  output: Output;
}

/** Remembers the last output per id; `keep` lists the ids seen in this projection. */
function memoized<Inputs, Output>(
  previous: Map<string, Memo<Inputs, Output>>,
  next: Map<string, Memo<Inputs, Output>>,
  id: string,
  inputs: Inputs,
  same: (left: Inputs, right: Inputs) => boolean,
  build: (inputs: Inputs) => Output,
): Output {
  const remembered = previous.get(id);
  const output = remembered && same(remembered.inputs, inputs) ? remembered.output : build(inputs);
  next.set(id, { inputs, output });
  return output;
}

/** `next` when any element differs from `previous`, else `previous` itself. */
function sameListOr<Item>(previous: Item[] | null, next: Item[]): Item[] {
  return previous !== null && previous.length === next.length && previous.every((item, index) => item === next[index]) ? previous : next;
}

export type FlowProjector = (state: MapState, session: CanvasSession, analysis: Analysis | null) => FlowProjection;

export function createFlowProjector(): FlowProjector {
  let style: ProjectionStyle | null = null;
  let steps = new Map<string, Memo<StepInputs, StepNode>>();
  let annotations = new Map<string, Memo<AnnotationInputs, AnnotationNode>>();
  let edges = new Map<string, Memo<EdgeInputs, FlowEdge>>();
  let last: FlowProjection | null = null;
  return (state, session, analysis) => {
    const nextStyle: ProjectionStyle = { language: session.language, hoursPerDay: session.hoursPerDay, lowDetail: session.lowDetail };
    if (!sameStyle(style, nextStyle)) {
      steps = new Map();
      annotations = new Map();
      edges = new Map();
    }
    const currentStyle = nextStyle;
    style = nextStyle;
    const nextSteps = new Map<string, Memo<StepInputs, StepNode>>();
    const nextAnnotations = new Map<string, Memo<AnnotationInputs, AnnotationNode>>();
    const nextEdges = new Map<string, Memo<EdgeInputs, FlowEdge>>();
    const projection = projectState(state, session, analysis, {
      step: (inputs) => memoized(steps, nextSteps, inputs.step.id, inputs, sameStepInputs, (fresh) => toStepNode(fresh, currentStyle)),
      annotation: (inputs) =>
        memoized(annotations, nextAnnotations, inputs.annotation.id, inputs, sameAnnotationInputs, (fresh) => toAnnotationNode(fresh, currentStyle)),
      edge: (inputs) => memoized(edges, nextEdges, inputs.flow.id, inputs, sameEdgeInputs, (fresh) => toFlowEdge(fresh, currentStyle)),
    });
    steps = nextSteps;
    annotations = nextAnnotations;
    edges = nextEdges;
    // The same lists when no element changed: React Flow rebuilds its lookup of every edge
    // (and every node) for a new list, which an edit of one step's figures does not need.
    last = { nodes: sameListOr(last?.nodes ?? null, projection.nodes), edges: sameListOr(last?.edges ?? null, projection.edges) };
    return last;
  };
}
