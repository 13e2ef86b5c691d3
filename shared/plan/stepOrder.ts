import type { Flow, Step } from '../model/types';

/**
 * The steps of a state in process order, for tables a person reads top to bottom (the plan's
 * appendix): a depth-first walk from the start along the forward (non-rework) flows, emitted
 * in reverse postorder, so every step comes after the steps that lead to it; at a branch the
 * likeliest way is listed first. Steps no forward flow reaches follow in the order of the file,
 * and the end steps come last. O(steps + flows · log flows).
 * `probability` gives the effective probability of a flow by id (domain.md 2.2).
 */
export function stepsInProcessOrder(steps: readonly Step[], flows: readonly Flow[], probability: (flowId: string) => number): Step[] {
  const byId = new Map(steps.map((step) => [step.id, step]));
  const forward = new Map<string, Flow[]>();
  for (const flow of flows) {
    if (flow.rework || !byId.has(flow.to)) continue;
    const list = forward.get(flow.from);
    if (list) list.push(flow);
    else forward.set(flow.from, [flow]);
  }
  // Visited least likely first, so in reverse postorder the likeliest way comes first.
  for (const list of forward.values()) list.sort((a, b) => probability(a.id) - probability(b.id));

  const visited = new Set<string>();
  const postorder: Step[] = [];
  const start = steps.find((step) => step.type === 'start');
  if (start) {
    // Iterative, so a 10,000-step chain cannot overflow the stack.
    const stack: { step: Step; next: number }[] = [{ step: start, next: 0 }];
    visited.add(start.id);
    while (stack.length > 0) {
      const frame = stack[stack.length - 1] as { step: Step; next: number };
      const out = forward.get(frame.step.id) ?? [];
      const flow = out[frame.next];
      if (flow === undefined) {
        postorder.push(frame.step);
        stack.pop();
        continue;
      }
      frame.next += 1;
      const target = byId.get(flow.to);
      if (target && !visited.has(target.id)) {
        visited.add(target.id);
        stack.push({ step: target, next: 0 });
      }
    }
  }
  const reached = postorder.reverse();
  const isEnd = (step: Step): boolean => step.type === 'end';
  return [...reached.filter((step) => !isEnd(step)), ...steps.filter((step) => !visited.has(step.id) && !isEnd(step)), ...reached.filter(isEnd), ...steps.filter((step) => !visited.has(step.id) && isEnd(step))];
}
