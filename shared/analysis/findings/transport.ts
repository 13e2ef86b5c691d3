import type { Flow, Step } from '../../model/types';
import type { Finding } from '../types';
import { buildFlowFinding, buildStepFinding, defineRule } from './finding';
import { delayImpact, laneWorkImpact } from './impact';
import { type DetectorScope, leadTimeDelayOf, workMinutesPerCaseOf } from './scope';

/** Transport (domain.md section 4): flows on paper and transport steps. */
export function detectTransport(scope: DetectorScope): Finding[] {
  return [...detectPaperFlows(scope), ...detectTransportSteps(scope)];
}

/**
 * Each flow a case takes with medium 'paper'. The time to carry paper is not in the data;
 * what is, is the queue it lands in: impact = v(from)·p·waitTime(to) minutes of delay per
 * case (case-hours), the wait of the receiving step for work arriving on paper.
 */
function detectPaperFlows(scope: DetectorScope): Finding[] {
  const { wording, steps, flows, traversals } = scope;
  const { graph } = scope.context;
  const rule = defineRule<number>(scope, 'transport', 'paper-flow', 'delay', (f, finding) => {
    const flow = flows[f] as Flow;
    const waitMinutes = finding.impactMinutesPerCase;
    const params = {
      from: wording.step(flow.from),
      to: wording.step(flow.to),
      times: wording.times(traversals[f] as number),
      wait: wording.duration(waitMinutes),
    };
    const waitSentence = waitMinutes > 0 ? ' ' + wording.text('transport.paperFlow.wait', params) : '';
    return {
      title: wording.text('transport.paperFlow.title', params),
      explanation: wording.text('transport.paperFlow.explanation', params) + waitSentence,
    };
  });
  const findings: Finding[] = [];
  for (let i = 0; i < scope.takenFlows.length; i++) {
    const f = scope.takenFlows[i] as number;
    const flow = flows[f] as Flow;
    if (flow.medium !== 'paper') continue;
    const to = graph.flowTo[f] as number;
    const waitMinutes = leadTimeDelayOf(scope, to, (traversals[f] as number) * (steps[to] as Step).waitTime);
    findings.push(buildFlowFinding(rule, f, delayImpact(scope, waitMinutes)));
  }
  return findings;
}

/** Each visited step with activity 'transport'. Impact: its work, v·processTime person-minutes. */
function detectTransportSteps(scope: DetectorScope): Finding[] {
  const { wording, steps } = scope;
  const rule = defineRule<number>(scope, 'transport', 'transport-step', 'work', (s) => {
    const params = { step: wording.step((steps[s] as Step).id), minutes: wording.duration(workMinutesPerCaseOf(scope, s)) };
    return {
      title: wording.text('transport.transportStep.title', params),
      explanation: wording.text('transport.transportStep.explanation', params),
    };
  });
  const findings: Finding[] = [];
  for (let i = 0; i < scope.visitedSteps.length; i++) {
    const s = scope.visitedSteps[i] as number;
    const step = steps[s] as Step;
    if (step.activity !== 'transport') continue;
    findings.push(buildStepFinding(rule, s, laneWorkImpact(scope, step.laneId, workMinutesPerCaseOf(scope, s))));
  }
  return findings;
}
