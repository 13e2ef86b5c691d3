/**
 * The route work goes back along when a rework flow is the only way out of its step: from
 * the rework flow back to where the case branched off (a step with more than one way out),
 * through steps that only lie on that route (activities with one way in and one way out).
 * Taking the branch flow away takes the whole route away without touching other work. Used
 * by the rework findings (what the rework adds) and by the playbook's suggestion to remove
 * the route, so both give the same figure.
 */
export interface RouteView<StepKey, FlowKey> {
  /** The step a flow leaves. */
  source(flow: FlowKey): StepKey;
  isActivity(step: StepKey): boolean;
  /** The step's incoming flows without self-loops, and its outgoing flows (all of them). */
  incoming(step: StepKey): readonly FlowKey[];
  outgoing(step: StepKey): readonly FlowKey[];
}

export interface ReworkRoute<StepKey, FlowKey> {
  /** The flow where the route leaves the rest of the process: the rework flow itself when its step has another way out. */
  branch: FlowKey;
  /** The steps between the branch and the rework flow, in route order (empty when branch is the rework flow). */
  chain: StepKey[];
}

/** The route of `rework`, or undefined when it is shared with other work (a step on it has more ways in or out). */
export function findReworkRoute<StepKey, FlowKey>(rework: FlowKey, view: RouteView<StepKey, FlowKey>): ReworkRoute<StepKey, FlowKey> | undefined {
  const start = view.source(rework);
  if (view.outgoing(start).length >= 2) return { branch: rework, chain: [] };
  const chain: StepKey[] = [];
  for (let current = start; view.isActivity(current); ) {
    const incoming = view.incoming(current);
    const [entry] = incoming;
    if (entry === undefined || incoming.length !== 1 || view.outgoing(current).length !== 1 || chain.includes(current)) return undefined;
    chain.unshift(current);
    const previous = view.source(entry);
    if (view.outgoing(previous).length >= 2) return { branch: entry, chain };
    current = previous;
  }
  return undefined;
}
