import { parseRecord } from '../model/parseRecord';
import { flowSchema } from '../model/schema';
import type { Flow } from '../model/types';
import { graphOf, type GraphDraft } from './graph';
import { idsOfState } from '../model/ids';
import { assignChangedFields, isValidPatch, structuredCloneJson } from './patching';
import type { CommandHandlers } from './registry';

const OPTIONAL_FLOW_KEYS: ReadonlySet<string> = new Set(['probability']);
/** domain.md 1.1: the given probabilities of a step's outgoing flows may not sum above 1 + 0.001. */
const PROBABILITY_TOLERANCE = 0.001;

/** A flow must join two existing steps, may not leave an end, and may not duplicate another flow. */
function isConnectable(graph: GraphDraft, from: string, to: string, ignoreFlowId?: string): boolean {
  const source = graph.steps.find((step) => step.id === from);
  if (!source || source.type === 'end' || !graph.steps.some((step) => step.id === to)) return false;
  return !graph.flows.some((flow) => flow.id !== ignoreFlowId && flow.from === from && flow.to === to);
}

/**
 * Keeps the given probabilities out of one step within 1: when the edited flow's new
 * probability leaves less room than its siblings claim, the siblings' given probabilities
 * are scaled down in proportion (70% on one branch of two makes the other 30%), so the
 * document never becomes a file that cannot be opened again.
 */
function fitSiblingProbabilities(graph: GraphDraft, edited: Flow): void {
  if (edited.probability === undefined) return;
  const siblings = graph.flows.filter(
    (flow) => flow.from === edited.from && flow.id !== edited.id && flow.probability !== undefined,
  );
  const siblingsSum = siblings.reduce((sum, flow) => sum + (flow.probability ?? 0), 0);
  const room = Math.max(0, 1 - edited.probability);
  if (siblingsSum <= room + PROBABILITY_TOLERANCE) return;
  const factor = siblingsSum > 0 ? room / siblingsSum : 0;
  for (const sibling of siblings) sibling.probability = Math.round((sibling.probability ?? 0) * factor * 1e6) / 1e6;
}

/** Flow commands: connect two steps; change probability, rework, medium, label or ends. */
export const flowHandlers: CommandHandlers<'flow/add' | 'flow/update'> = {
  'flow/add': (draft, { target, flow }) => {
    const graph = graphOf(draft, target);
    const parsed = parseRecord(flowSchema, flow);
    if (!graph || !parsed || idsOfState(graph).has(parsed.id)) return;
    if (!isConnectable(graph, parsed.from, parsed.to)) return;
    const added = structuredCloneJson(parsed);
    graph.flows.push(added);
    const stored = graph.flows[graph.flows.length - 1];
    if (stored) fitSiblingProbabilities(graph, stored);
  },

  'flow/update': (draft, { target, flowId, patch }) => {
    const graph = graphOf(draft, target);
    const flow = graph?.flows.find((candidate) => candidate.id === flowId);
    if (!graph || !flow || !isValidPatch(patch, flowSchema.shape, OPTIONAL_FLOW_KEYS)) return;
    const from = patch.from ?? flow.from;
    const to = patch.to ?? flow.to;
    if ((from !== flow.from || to !== flow.to) && !isConnectable(graph, from, to, flow.id)) return;
    assignChangedFields(flow, patch);
    fitSiblingProbabilities(graph, flow);
  },
};
