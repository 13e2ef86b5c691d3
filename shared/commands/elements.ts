import { annotationSchema, flowSchema, stepSchema } from '../model/schema';
import type { Annotation, Flow, Step } from '../model/types';
import { graphOf, hasLane, idsInUse, removableSteps, removeStepsAndTheirFlows, type GraphDraft } from './graph';
import { sameValue, structuredCloneJson } from './patching';
import type { CommandHandlers } from './registry';

/**
 * Whether pasted elements can join the state as they are: valid records, ids unused and
 * unique, steps in existing lanes, no second start, flows between known steps and not
 * leaving an end step.
 */
function isPasteApplicable(graph: GraphDraft, steps: Step[], flows: Flow[], annotations: Annotation[]): boolean {
  const usedIds = idsInUse(graph);
  const pastedIds = [...steps, ...flows, ...annotations].map((item) => item.id);
  if (new Set(pastedIds).size !== pastedIds.length || pastedIds.some((id) => usedIds.has(id))) return false;
  if (!steps.every((step) => stepSchema.safeParse(step).success && hasLane(graph, step.laneId))) return false;
  const startCount = [...graph.steps, ...steps].filter((step) => step.type === 'start').length;
  if (steps.some((step) => step.type === 'start') && startCount > 1) return false;
  const typeOf = new Map<string, Step['type']>([...graph.steps, ...steps].map((step) => [step.id, step.type]));
  const flowsAreValid = flows.every(
    (flow) =>
      flowSchema.safeParse(flow).success &&
      typeOf.has(flow.to) &&
      typeOf.has(flow.from) &&
      typeOf.get(flow.from) !== 'end',
  );
  return flowsAreValid && annotations.every((annotation) => annotationSchema.safeParse(annotation).success);
}

/** Multi-element commands: delete a selection, paste a clipboard, apply an auto-layout. */
export const elementHandlers: CommandHandlers<'elements/delete' | 'elements/paste' | 'layout/apply'> = {
  'elements/delete': (draft, { target, stepIds, flowIds, annotationIds }) => {
    const graph = graphOf(draft, target);
    if (!graph) return;
    removeStepsAndTheirFlows(graph, removableSteps(graph, new Set(stepIds)));
    const flowIdSet = new Set(flowIds);
    if (graph.flows.some((flow) => flowIdSet.has(flow.id))) {
      graph.flows = graph.flows.filter((flow) => !flowIdSet.has(flow.id));
    }
    const annotationIdSet = new Set(annotationIds);
    if (graph.annotations.some((annotation) => annotationIdSet.has(annotation.id))) {
      graph.annotations = graph.annotations.filter((annotation) => !annotationIdSet.has(annotation.id));
    }
  },

  'elements/paste': (draft, { target, steps, flows, annotations }) => {
    const graph = graphOf(draft, target);
    if (!graph || !isPasteApplicable(graph, steps, flows, annotations)) return;
    graph.steps.push(...structuredCloneJson(steps));
    graph.flows.push(...structuredCloneJson(flows));
    graph.annotations.push(...structuredCloneJson(annotations));
  },

  'layout/apply': (draft, { target, positions }) => {
    const graph = graphOf(draft, target);
    if (!graph) return;
    const positionSchema = stepSchema.shape.position;
    for (const item of [...graph.steps, ...graph.annotations]) {
      const position = Object.hasOwn(positions, item.id) ? positions[item.id] : undefined;
      if (!position || !positionSchema.safeParse(position).success || sameValue(item.position, position)) continue;
      item.position = { x: position.x, y: position.y };
    }
  },
};
