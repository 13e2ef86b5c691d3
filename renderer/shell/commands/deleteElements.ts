import type { Command, EditTarget } from '../../../shared/commands/types';
import type { Flow, MapState } from '../../../shared/model/types';

export interface DeletionRequest {
  target: EditTarget;
  stepIds: readonly string[];
  flowIds: readonly string[];
  annotationIds: readonly string[];
}

/**
 * The commands that delete a selection, in order: first the flows that keep the process
 * connected, then the deletion itself. A deleted step (or a chain of them) with exactly one
 * incoming and one outgoing flow, neither of them rework, is bridged: the flow into it is
 * pointed at the step after it, keeping its id, medium, label and probability, so deleting
 * "B" from A → B → C leaves A → C instead of two loose ends. Pure; the caller runs the
 * commands in one transaction (one undo step).
 */
export function planDeletion(state: MapState, request: DeletionRequest): Command[] {
  const deletedSteps = new Set(request.stepIds);
  const deletedFlows = new Set(request.flowIds);
  const live = (flow: Flow): boolean => !deletedFlows.has(flow.id);
  const incoming = new Map<string, Flow[]>();
  const outgoing = new Map<string, Flow[]>();
  for (const flow of state.flows) {
    if (!live(flow) || flow.from === flow.to) continue;
    incoming.set(flow.to, [...(incoming.get(flow.to) ?? []), flow]);
    outgoing.set(flow.from, [...(outgoing.get(flow.from) ?? []), flow]);
  }
  /** The one plain flow out of a step that has exactly one plain flow in and one out, else null. */
  const passOn = (stepId: string): Flow | null => {
    const ins = incoming.get(stepId) ?? [];
    const outs = outgoing.get(stepId) ?? [];
    if (ins.length !== 1 || outs.length !== 1) return null;
    const [into] = ins as [Flow];
    const [out] = outs as [Flow];
    return into.rework || out.rework ? null : out;
  };

  const commands: Command[] = [];
  const connected = new Set(state.flows.filter(live).map((flow) => `${flow.from}>${flow.to}`));
  for (const flow of state.flows) {
    if (!live(flow) || flow.rework || deletedSteps.has(flow.from) || !deletedSteps.has(flow.to)) continue;
    // Follow the chain of deleted pass-through steps to the first step that stays.
    let stepId = flow.to;
    const seen = new Set<string>();
    while (deletedSteps.has(stepId) && !seen.has(stepId)) {
      seen.add(stepId);
      const out = passOn(stepId);
      if (!out) break;
      stepId = out.to;
    }
    if (deletedSteps.has(stepId) || stepId === flow.from || connected.has(`${flow.from}>${stepId}`)) continue;
    connected.add(`${flow.from}>${stepId}`);
    commands.push({ type: 'flow/update', target: request.target, flowId: flow.id, patch: { to: stepId } });
  }
  commands.push({
    type: 'elements/delete',
    target: request.target,
    stepIds: [...request.stepIds],
    flowIds: [...request.flowIds],
    annotationIds: [...request.annotationIds],
  });
  return commands;
}
