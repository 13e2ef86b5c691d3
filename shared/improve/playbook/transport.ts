import type { Finding } from '../../analysis/types';
import type { Flow } from '../../model/types';
import { digitalChannelFor, flowsOf, isActivity, NOTIFIED_PICKUP_DAYS, proposeStopTransport, singleStepOf } from './common';
import type { Countermeasure, PlaybookContext, Proposal } from './types';

/**
 * The paper flows a transport finding is about: the flow of a paper-flow finding, or the
 * paper flows into and out of the step of a transport-step or user-tagged finding.
 */
function paperFlowsOf(finding: Finding, context: PlaybookContext): Flow[] {
  const step = singleStepOf(finding, context);
  const flows = finding.flowIds.length > 0 ? flowsOf(finding, context) : step ? [...context.incoming(step.id), ...context.outgoing(step.id)] : [];
  return flows.filter((flow) => flow.medium === 'paper' && context.traversals(flow) > 0);
}

function proposeDigitalHandover(context: PlaybookContext, flow: Flow): Proposal {
  const { medium, channel } = digitalChannelFor(context, flow);
  const from = context.step(flow.from);
  const to = context.step(flow.to);
  return {
    targetId: flow.id,
    textKey: from?.laneId === to?.laneId ? 'transport.digitalWithinLane' : 'transport.digitalHandover',
    params: {
      lane: context.laneName(from?.laneId ?? ''),
      from: context.quote(flow.from),
      to: context.quote(flow.to),
      fromLane: context.laneName(from?.laneId ?? ''),
      toLane: context.laneName(to?.laneId ?? ''),
      times: context.times(context.traversals(flow)),
      channel,
    },
    effects: [{ type: 'set-medium', flowId: flow.id, medium }],
  };
}

/**
 * Paper that lands in a queue (a pigeonhole, a pile): digital with a notification, and the
 * receiving step's wait down to half a working day. The same effects as handoff's shared work
 * queue for a paper handoff (set-medium, then set-wait-time), so the two become one suggestion.
 */
export function proposeDigitalWithNotification(context: PlaybookContext, flow: Flow): Proposal[] {
  const to = context.step(flow.to);
  const newWait = NOTIFIED_PICKUP_DAYS * context.workingDayMinutes;
  if (!to || (to.type !== 'activity' && to.type !== 'decision') || !(to.waitTime > newWait)) return [];
  const { medium, channel } = digitalChannelFor(context, flow);
  return [
    {
      targetId: flow.id,
      textKey: 'transport.digitalWithNotification',
      params: { to: context.quote(to.id), toLane: context.laneName(to.laneId), wait: context.duration(to.waitTime), newWait: context.duration(newWait), channel },
      effects: [
        { type: 'set-medium', flowId: flow.id, medium },
        { type: 'set-wait-time', stepId: to.id, minutes: newWait },
      ],
    },
  ];
}

/** Transport (paper flows, steps that move work): stop the moving, pass it on digitally, with a notification. */
export const transportCountermeasures: readonly Countermeasure[] = [
  {
    id: 'stop-transport-step',
    ecrs: 'eliminate',
    effort: 'low',
    propose: (finding, context) => {
      const step = singleStepOf(finding, context);
      if (step) return proposeStopTransport(context, step);
      // A paper flow from or to a step that only prints or carries: that step can go.
      const ends = flowsOf(finding, context).flatMap((flow) => [context.step(flow.from), context.step(flow.to)]);
      return ends.filter(isActivity).flatMap((end) => proposeStopTransport(context, end).map((proposal) => ({ ...proposal, targetId: end.id })));
    },
  },
  {
    id: 'digital-with-notification',
    ecrs: 'rearrange',
    effort: 'medium',
    propose: (finding, context) => paperFlowsOf(finding, context).flatMap((flow) => proposeDigitalWithNotification(context, flow)),
  },
  {
    id: 'digital-handover',
    ecrs: 'simplify',
    effort: 'low',
    propose: (finding, context) => paperFlowsOf(finding, context).map((flow) => proposeDigitalHandover(context, flow)),
  },
];
