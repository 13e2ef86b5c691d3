import type { AnalysisContext } from '../context';
import type { Finding } from '../types';
import { buildFinding } from './finding';
import { delayImpact, traversalsOf, traversedFlows, visitedSteps, visitsOf, workImpact } from './impact';
import type { Wording } from './wording';

/** Transport (domain.md section 4): flows on paper and transport steps. */
export function detectTransport(context: AnalysisContext, wording: Wording): Finding[] {
  return [...detectPaperFlows(context, wording), ...detectTransportSteps(context, wording)];
}

/**
 * Each flow a case takes with medium 'paper'. The time to carry paper is not in the data;
 * what is, is the queue it lands in: impact = v(from)·p·waitTime(to) minutes of delay per
 * case (case-hours), the wait of the receiving step for work arriving on paper.
 */
function detectPaperFlows(context: AnalysisContext, wording: Wording): Finding[] {
  return traversedFlows(context)
    .filter((flow) => flow.medium === 'paper')
    .map((flow) => {
      const traversals = traversalsOf(context, flow);
      const waitMinutes = traversals * (context.stepsById.get(flow.to)?.waitTime ?? 0);
      const params = {
        from: wording.step(flow.from),
        to: wording.step(flow.to),
        times: wording.times(traversals),
        wait: wording.duration(waitMinutes),
      };
      const waitSentence = waitMinutes > 0 ? ' ' + wording.text('transport.paperFlow.wait', params) : '';
      return buildFinding(context, wording, {
        category: 'transport',
        ruleName: 'paper-flow',
        idParts: [flow.id],
        title: wording.text('transport.paperFlow.title', params),
        explanation: wording.text('transport.paperFlow.explanation', params) + waitSentence,
        stepIds: [flow.from, flow.to],
        flowIds: [flow.id],
        impact: delayImpact(context, waitMinutes),
        annual: 'delay',
      });
    });
}

/** Each visited step with activity 'transport'. Impact: its work, v·processTime person-minutes. */
function detectTransportSteps(context: AnalysisContext, wording: Wording): Finding[] {
  return visitedSteps(context)
    .filter((step) => step.activity === 'transport')
    .map((step) => {
      const minutes = visitsOf(context, step.id) * step.processTime;
      const params = { step: wording.step(step.id), minutes: wording.duration(minutes) };
      return buildFinding(context, wording, {
        category: 'transport',
        ruleName: 'transport-step',
        idParts: [step.id],
        title: wording.text('transport.transportStep.title', params),
        explanation: wording.text('transport.transportStep.explanation', params),
        stepIds: [step.id],
        flowIds: [],
        impact: workImpact(context, [{ laneId: step.laneId, minutesPerCase: minutes }]),
        annual: 'work',
      });
    });
}
