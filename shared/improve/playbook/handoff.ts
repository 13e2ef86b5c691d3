import type { Finding } from '../../analysis/types';
import type { Effect, Flow, Step } from '../../model/types';
import { digitalChannelFor, flowsOf, isActivity, mergeEffects, NOTIFIED_PICKUP_DAYS, proposeMandate } from './common';
import type { Countermeasure, PlaybookContext, Proposal } from './types';

/** A phone call instead of mail: the answer is assumed within a quarter of a working day. */
const ONE_CONTACT_WAIT_DAYS = 0.25;

/** A lane-pair handoff's main flow: the forward flow a case takes most often (then the smallest id). */
function mainFlowOf(finding: Finding, context: PlaybookContext): Flow | undefined {
  if (finding.rule !== 'handoff/lane-pair') return undefined;
  return flowsOf(finding, context).sort(
    (a, b) => Number(a.rework) - Number(b.rework) || context.traversals(b) - context.traversals(a) || (a.id < b.id ? -1 : 1),
  )[0];
}

/**
 * The two ends of a handoff whose receiving work could be moved to the sender: the receiving
 * step an activity that adds no value of its own (value-adding work stays with whoever has
 * the expertise), neither lane an outside party's, the sending lane a paid team, and not
 * dearer than the receiving one (work is not moved to someone more expensive).
 */
function movableHandoff(context: PlaybookContext, flow: Flow | undefined): { from: Step; to: Step } | undefined {
  const from = flow ? context.step(flow.from) : undefined;
  const to = flow ? context.step(flow.to) : undefined;
  if (!from || !isActivity(to) || from.laneId === to.laneId || to.valueType === 'value-adding') return undefined;
  if (from.laneId === context.outsideLaneId || to.laneId === context.outsideLaneId || !context.isPaidTeam(from.laneId)) return undefined;
  if (context.hourlyCost(from.laneId) > context.hourlyCost(to.laneId)) return undefined;
  return { from, to };
}

function proposeSameDesk(context: PlaybookContext, flow: Flow | undefined): Proposal[] {
  const ends = movableHandoff(context, flow);
  if (!flow || !ends) return [];
  const { from, to } = ends;
  // An approval moved to the lane before it is a mandate: say so, with its limits.
  if (to.activity === 'approval') return proposeMandate(context, to);
  // The queue goes only when all work arrives from the lane that takes the step over.
  const allFromThere = context.incoming(to.id).every((incoming) => incoming.from === to.id || context.step(incoming.from)?.laneId === from.laneId);
  const dropsWait = allFromThere && to.waitTime > 0;
  const effects: Effect[] = [{ type: 'move-to-lane', stepId: to.id, laneId: from.laneId }];
  if (dropsWait) effects.push({ type: 'set-wait-time', stepId: to.id, minutes: 0 });
  return [
    {
      textKey: 'handoff.sameDesk',
      params: {
        step: context.quote(to.id),
        fromLane: context.laneName(from.laneId),
        toLane: context.laneName(to.laneId),
        times: context.times(context.traversals(flow)),
        waitSentence: dropsWait ? context.text('common.waitDropped', { wait: context.duration(to.waitTime), step: context.quote(to.id) }) : '',
      },
      effects,
    },
  ];
}

function proposeCombineAcross(context: PlaybookContext, flow: Flow | undefined): Proposal[] {
  const ends = movableHandoff(context, flow);
  if (!ends || !isActivity(ends.from)) return [];
  const { from, to } = ends;
  return [
    {
      textKey: 'handoff.combineAcross',
      params: {
        from: context.quote(from.id),
        step: context.quote(to.id),
        fromLane: context.laneName(from.laneId),
        toLane: context.laneName(to.laneId),
        wait: context.duration(to.waitTime),
      },
      effects: mergeEffects(context, from, [to]),
    },
  ];
}

/** A shared work queue with notifications: paper flows into the step go digital, its wait drops to half a day. */
function proposeNotify(finding: Finding, context: PlaybookContext, flow: Flow | undefined): Proposal[] {
  const to = flow ? context.step(flow.to) : undefined;
  const from = flow ? context.step(flow.from) : undefined;
  const newWait = NOTIFIED_PICKUP_DAYS * context.workingDayMinutes;
  if (!flow || !from || !to || to.laneId === context.outsideLaneId || (to.type !== 'activity' && to.type !== 'decision') || !(to.waitTime > newWait)) return [];
  const paperInto = flowsOf(finding, context).filter((candidate) => candidate.to === to.id && candidate.medium === 'paper');
  return [
    {
      textKey: 'handoff.notify',
      params: {
        step: context.quote(to.id),
        fromLane: context.laneName(from.laneId),
        toLane: context.laneName(to.laneId),
        wait: context.duration(to.waitTime),
        newWait: context.duration(newWait),
      },
      effects: [
        ...paperInto.map((paper): Effect => ({ type: 'set-medium', flowId: paper.id, medium: digitalChannelFor(context, paper).medium })),
        { type: 'set-wait-time', stepId: to.id, minutes: newWait },
      ],
    },
  ];
}

/**
 * A ping-pong's two flows in their order: `there` (into the other lane) and `back`. The
 * finding lists its flows sorted by id, so the order is found from the graph: there.to is
 * back.from; of a two-step cycle the forward (non-rework) flow goes first.
 */
function pingPongOf(finding: Finding, context: PlaybookContext): { there: Flow; back: Flow } | undefined {
  if (finding.rule !== 'handoff/ping-pong') return undefined;
  const [first, second] = flowsOf(finding, context);
  if (!first || !second) return undefined;
  const orders = [
    { there: first, back: second },
    { there: second, back: first },
  ].filter((order) => order.there.to === order.back.from);
  return orders.sort((a, b) => Number(a.there.rework) - Number(b.there.rework))[0];
}

function proposeOneContact(finding: Finding, context: PlaybookContext): Proposal[] {
  const pingPong = pingPongOf(finding, context);
  const middle = pingPong ? context.step(pingPong.there.to) : undefined;
  const newWait = ONE_CONTACT_WAIT_DAYS * context.workingDayMinutes;
  if (!pingPong || !isActivity(middle) || !(middle.waitTime > newWait)) return [];
  const { there, back } = pingPong;
  return [
    {
      textKey: 'handoff.oneContact',
      params: {
        from: context.quote(there.from),
        middle: context.quote(middle.id),
        laneA: context.laneName(context.step(there.from)?.laneId ?? ''),
        laneB: context.laneName(middle.laneId),
        times: context.times(context.traversals(there) * context.probability(back.id)),
        wait: context.duration(middle.waitTime),
        newWait: context.duration(newWait),
      },
      effects: [
        { type: 'set-medium', flowId: there.id, medium: 'phone' },
        { type: 'set-wait-time', stepId: middle.id, minutes: newWait },
      ],
    },
  ];
}

/** Handoffs (lane pairs, ping-pong): the same desk does it, merge across, a shared queue, one conversation. */
export const handoffCountermeasures: readonly Countermeasure[] = [
  { id: 'combine-across', ecrs: 'combine', effort: 'medium', propose: (finding, context) => proposeCombineAcross(context, mainFlowOf(finding, context)) },
  { id: 'same-desk', ecrs: 'rearrange', effort: 'medium', propose: (finding, context) => proposeSameDesk(context, mainFlowOf(finding, context)) },
  { id: 'one-contact', ecrs: 'rearrange', effort: 'low', propose: (finding, context) => proposeOneContact(finding, context) },
  { id: 'notify', ecrs: 'simplify', effort: 'low', propose: (finding, context) => proposeNotify(finding, context, mainFlowOf(finding, context)) },
];
