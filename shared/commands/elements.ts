import { parseRecord } from '../model/parseRecord';
import { annotationSchema, flowSchema, stepSchema } from '../model/schema';
import type { Annotation, Flow, Step } from '../model/types';
import { graphOf, hasLane, removableSteps, removeStepsAndTheirFlows, type GraphDraft } from './graph';
import { idsOfState } from '../model/ids';
import { sameValue, structuredCloneJson } from './patching';
import type { CommandHandlers } from './registry';

/**
 * The pasted elements as a file would hold them (parseRecord: no forbidden keys, zod
 * schema with its defaults), or null when any of them is not a valid record.
 */
function parsePasted(steps: Step[], flows: Flow[], annotations: Annotation[]): { steps: Step[]; flows: Flow[]; annotations: Annotation[] } | null {
  const parsedSteps = steps.map((step) => parseRecord(stepSchema, step));
  const parsedFlows = flows.map((flow) => parseRecord(flowSchema, flow));
  const parsedAnnotations = annotations.map((annotation) => parseRecord(annotationSchema, annotation));
  const valid = <T>(items: Array<T | null>): items is T[] => items.every((item) => item !== null);
  if (!valid(parsedSteps) || !valid(parsedFlows) || !valid(parsedAnnotations)) return null;
  return { steps: parsedSteps, flows: parsedFlows, annotations: parsedAnnotations };
}

/**
 * Whether pasted (already parsed) elements can join the state: ids unused and unique,
 * steps in existing lanes, no second start, flows between known steps and not leaving an
 * end step.
 */
function isPasteApplicable(graph: GraphDraft, steps: Step[], flows: Flow[], annotations: Annotation[]): boolean {
  const usedIds = idsOfState(graph);
  const pastedIds = [...steps, ...flows, ...annotations].map((item) => item.id);
  if (new Set(pastedIds).size !== pastedIds.length || pastedIds.some((id) => usedIds.has(id))) return false;
  if (!steps.every((step) => hasLane(graph, step.laneId))) return false;
  const startCount = [...graph.steps, ...steps].filter((step) => step.type === 'start').length;
  if (steps.some((step) => step.type === 'start') && startCount > 1) return false;
  const typeOf = new Map<string, Step['type']>([...graph.steps, ...steps].map((step) => [step.id, step.type]));
  const flowsAreValid = flows.every(
    (flow) =>
      typeOf.has(flow.to) &&
      typeOf.has(flow.from) &&
      typeOf.get(flow.from) !== 'end',
  );
  return flowsAreValid;
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

  'elements/paste': (draft, command) => {
    const graph = graphOf(draft, command.target);
    const pasted = parsePasted(command.steps, command.flows, command.annotations);
    if (!graph || !pasted || !isPasteApplicable(graph, pasted.steps, pasted.flows, pasted.annotations)) return;
    graph.steps.push(...structuredCloneJson(pasted.steps));
    graph.flows.push(...structuredCloneJson(pasted.flows));
    graph.annotations.push(...structuredCloneJson(pasted.annotations));
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
