import type { Flow, Step } from '../../model/types';

/**
 * Loops of a map for the playbook, computed once per `suggestActions` call: the strongly
 * connected components (a rework loop is the component holding both ends of its rework flow)
 * and which steps can finish along forward flows only. O(steps + flows).
 */
export interface LoopInfo {
  /** The steps of the component holding the step (at least the step itself). */
  componentOf(stepId: string): readonly string[];
  /**
   * Whether a case at the step can reach an end (or a step without exits, which counts as
   * one) along non-rework flows.
   */
  finishesForward(stepId: string): boolean;
}

/** Tarjan's algorithm, iterative (no recursion limit on long chains). */
function findComponents(steps: readonly Step[], outgoing: (stepId: string) => readonly Flow[]): Map<string, string[]> {
  const index = new Map<string, number>();
  const lowLink = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const componentByStep = new Map<string, string[]>();
  let counter = 0;
  for (const root of steps) {
    if (index.has(root.id)) continue;
    const work: Array<{ stepId: string; next: number }> = [{ stepId: root.id, next: 0 }];
    index.set(root.id, counter);
    lowLink.set(root.id, counter);
    counter += 1;
    stack.push(root.id);
    onStack.add(root.id);
    while (work.length > 0) {
      const frame = work[work.length - 1] as { stepId: string; next: number };
      const flows = outgoing(frame.stepId);
      if (frame.next < flows.length) {
        const to = (flows[frame.next] as Flow).to;
        frame.next += 1;
        if (!index.has(to)) {
          index.set(to, counter);
          lowLink.set(to, counter);
          counter += 1;
          stack.push(to);
          onStack.add(to);
          work.push({ stepId: to, next: 0 });
        } else if (onStack.has(to)) {
          lowLink.set(frame.stepId, Math.min(lowLink.get(frame.stepId) ?? 0, index.get(to) ?? 0));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) lowLink.set(parent.stepId, Math.min(lowLink.get(parent.stepId) ?? 0, lowLink.get(frame.stepId) ?? 0));
      if (lowLink.get(frame.stepId) !== index.get(frame.stepId)) continue;
      const component: string[] = [];
      for (let member = stack.pop(); member !== undefined; member = stack.pop()) {
        onStack.delete(member);
        component.push(member);
        componentByStep.set(member, component);
        if (member === frame.stepId) break;
      }
    }
  }
  return componentByStep;
}

export function analyseLoops(steps: readonly Step[], outgoing: (stepId: string) => readonly Flow[], incoming: (stepId: string) => readonly Flow[]): LoopInfo {
  let components: Map<string, string[]> | undefined;
  let finishing: Set<string> | undefined;
  const stepIds = new Set(steps.map((step) => step.id));
  return {
    componentOf: (stepId) => {
      components ??= findComponents(steps, (id) => outgoing(id).filter((flow) => stepIds.has(flow.to)));
      return components.get(stepId) ?? [stepId];
    },
    finishesForward: (stepId) => {
      if (!finishing) {
        const done = new Set(steps.filter((step) => step.type === 'end' || outgoing(step.id).length === 0).map((step) => step.id));
        const queue = [...done];
        for (let current = queue.pop(); current !== undefined; current = queue.pop()) {
          for (const flow of incoming(current)) {
            if (flow.rework || done.has(flow.from)) continue;
            done.add(flow.from);
            queue.push(flow.from);
          }
        }
        finishing = done;
      }
      return finishing.has(stepId);
    },
  };
}
