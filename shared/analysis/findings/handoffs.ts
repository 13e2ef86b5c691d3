import type { Flow } from '../../model/types';
import type { AnalysisContext } from '../context';
import type { Finding } from '../types';
import { buildFinding } from './finding';
import { compareIds } from './findingId';
import { delayImpact, laneOf, traversalsOf, traversedFlows } from './impact';
import { flowsInProcessOrder } from './processOrder';
import type { Wording } from './wording';

/**
 * Handoffs (domain.md section 4): one finding per ordered lane pair A→B joined by flows a
 * case takes, and one per ping-pong (flow A→B, then a flow from that step back to lane A).
 */
export function detectHandoffs(context: AnalysisContext, wording: Wording): Finding[] {
  const crossLane = traversedFlows(context).filter((flow) => laneOf(context, flow.from) !== laneOf(context, flow.to));
  return [...detectLanePairs(context, wording, crossLane), ...detectPingPongs(context, wording, crossLane)];
}

/** Minutes the receiving step's queue adds per case for work arriving through this flow. */
function receivingWaitMinutes(context: AnalysisContext, flow: Flow): number {
  return traversalsOf(context, flow) * (context.stepsById.get(flow.to)?.waitTime ?? 0);
}

/**
 * Lane pair A→B. Evidence: handoffs per case on the pair, Σ v(from)·p over its flows.
 * A handoff's own cost is not in the data, so the impact is the delay it brings: the wait of
 * the receiving steps for the work that arrives through these flows, Σ v(from)·p·waitTime(to)
 * (case-hours). This overlaps with waiting findings on the same steps: it is the same wait,
 * seen from the handoff that causes it.
 */
function detectLanePairs(context: AnalysisContext, wording: Wording, crossLane: readonly Flow[]): Finding[] {
  const pairs = new Map<string, { fromLane: string; toLane: string; flows: Flow[] }>();
  for (const flow of crossLane) {
    const fromLane = laneOf(context, flow.from);
    const toLane = laneOf(context, flow.to);
    const key = JSON.stringify([fromLane, toLane]);
    const pair = pairs.get(key) ?? { fromLane, toLane, flows: [] };
    pair.flows.push(flow);
    pairs.set(key, pair);
  }
  return [...pairs.values()].map(({ fromLane, toLane, flows }) => {
    const handoffsPerCase = flows.reduce((sum, flow) => sum + traversalsOf(context, flow), 0);
    const waitMinutes = flows.reduce((sum, flow) => sum + receivingWaitMinutes(context, flow), 0);
    const params = {
      from: wording.lane(fromLane),
      to: wording.lane(toLane),
      times: wording.times(handoffsPerCase),
      flows: wording.list(flowsInProcessOrder(context, flows).map((flow) => wording.flow(flow))),
      wait: wording.duration(waitMinutes),
    };
    const waitSentence = waitMinutes > 0 ? ' ' + wording.text('handoff.lanePair.wait', params) : '';
    return buildFinding(context, wording, {
      category: 'handoff',
      ruleName: 'lane-pair',
      idParts: [fromLane, toLane],
      ordered: true,
      title: wording.text('handoff.lanePair.title', params),
      explanation: wording.text('handoff.lanePair.explanation', params) + waitSentence,
      stepIds: flows.flatMap((flow) => [flow.from, flow.to]),
      flowIds: flows.map((flow) => flow.id),
      impact: delayImpact(context, waitMinutes),
      annual: 'delay',
    });
  });
}

/** A candidate ping-pong: flow `there` into another lane, then flow `back` to the first lane. */
interface PingPong {
  there: Flow;
  back: Flow;
}

/**
 * Of the two orders of one back-and-forth (s⇄t gives s→t→s and t→s→t), the one reported:
 * the first flow not a rework flow (work goes out, then comes back), else the smaller id.
 * Depends only on the map's structure, so the finding id does not change with probabilities.
 */
function isPreferred(candidate: PingPong, current: PingPong): boolean {
  if (candidate.there.rework !== current.there.rework) return !candidate.there.rework;
  return compareIds(candidate.there.id, current.there.id) < 0;
}

/**
 * Ping-pong: f1 = s→t crosses from lane A to lane B, f2 = t→u leads back to lane A.
 * One finding per pair of flows: a two-step cycle s⇄t is one back-and-forth, reported once.
 * Round trips per case = v(s)·p(f1)·p(f2) (a case that arrived through f1 leaves through f2).
 * Impact: each round trip waits in two queues, so rate · (waitTime(t) + waitTime(u)) minutes
 * of delay per case (case-hours).
 */
function detectPingPongs(context: AnalysisContext, wording: Wording, crossLane: readonly Flow[]): Finding[] {
  const isCrossLane = new Set(crossLane);
  const byFlowPair = new Map<string, PingPong>();
  for (const there of crossLane) {
    const homeLane = laneOf(context, there.from);
    for (const back of context.outgoing.get(there.to) ?? []) {
      if (!isCrossLane.has(back) || laneOf(context, back.to) !== homeLane) continue;
      const candidate = { there, back };
      const key = JSON.stringify([there.id, back.id].sort(compareIds));
      const current = byFlowPair.get(key);
      if (!current || isPreferred(candidate, current)) byFlowPair.set(key, candidate);
    }
  }
  return [...byFlowPair.values()].map(({ there, back }) => {
    const homeLane = laneOf(context, there.from);
    const roundTrips = traversalsOf(context, there) * (context.probability.get(back.id) ?? 0);
    const waitPerTripMinutes = (context.stepsById.get(there.to)?.waitTime ?? 0) + (context.stepsById.get(back.to)?.waitTime ?? 0);
    const waitMinutes = roundTrips * waitPerTripMinutes;
    const params = {
      from: wording.step(there.from),
      middle: wording.step(there.to),
      back: wording.step(back.to),
      laneA: wording.lane(homeLane),
      laneB: wording.lane(laneOf(context, there.to)),
      times: wording.times(roundTrips),
      wait: wording.duration(waitMinutes),
    };
    const waitSentence = waitMinutes > 0 ? ' ' + wording.text('handoff.pingPong.wait', params) : '';
    return buildFinding(context, wording, {
      category: 'handoff',
      ruleName: 'ping-pong',
      idParts: [there.id, back.id],
      ordered: true,
      title: wording.text('handoff.pingPong.title', params),
      explanation: wording.text('handoff.pingPong.explanation', params) + waitSentence,
      stepIds: [there.from, there.to, back.to],
      flowIds: [there.id, back.id],
      impact: delayImpact(context, waitMinutes),
      annual: 'delay',
    });
  });
}
