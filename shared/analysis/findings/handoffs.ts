import type { Flow, Step } from '../../model/types';
import type { Finding } from '../types';
import { buildFinding, defineRule } from './finding';
import { compareIds } from './findingId';
import { delayImpact } from './impact';
import { flowsInProcessOrder } from './processOrder';
import { type DetectorScope, leadTimeDelayOf, sortById } from './scope';
import { visitedStepsInIdOrder } from './stepIdOrder';

/**
 * Handoffs (domain.md section 4): one finding per ordered lane pair A→B joined by flows a
 * case takes, and one per ping-pong (flow A→B, then a flow from that step back to lane A).
 */
export function detectHandoffs(scope: DetectorScope): Finding[] {
  const { steps } = scope;
  const { graph } = scope.context;
  const crossLane: number[] = [];
  for (let i = 0; i < scope.takenFlows.length; i++) {
    const f = scope.takenFlows[i] as number;
    if ((steps[graph.flowFrom[f] as number] as Step).laneId !== (steps[graph.flowTo[f] as number] as Step).laneId) crossLane.push(f);
  }
  return [...detectLanePairs(scope, crossLane), ...detectPingPongs(scope, crossLane)];
}

/**
 * Lane pair A→B. Evidence: handoffs per case on the pair, Σ v(from)·p over its flows.
 * A handoff's own cost is not in the data, so the impact is the delay it brings: the wait of
 * the receiving steps for the work that arrives through these flows, Σ v(from)·p·waitTime(to)
 * (case-hours), inside a parallel block only as far as it delays the case (section 7). This
 * overlaps with waiting findings on the same steps: it is the same wait, seen from the
 * handoff that causes it.
 */
function detectLanePairs(scope: DetectorScope, crossLane: readonly number[]): Finding[] {
  const { context, wording, steps, flows, traversals } = scope;
  const { graph } = context;
  // Pairs by lane and lane (no key string per flow), listed in the order they are first met.
  const pairsByLanes = new Map<string, Map<string, LanePair>>();
  const pairs: LanePair[] = [];
  for (const f of crossLane) {
    const fromLane = (steps[graph.flowFrom[f] as number] as Step).laneId;
    const toLane = (steps[graph.flowTo[f] as number] as Step).laneId;
    let pairsFrom = pairsByLanes.get(fromLane);
    if (!pairsFrom) {
      pairsFrom = new Map();
      pairsByLanes.set(fromLane, pairsFrom);
    }
    let pair = pairsFrom.get(toLane);
    if (!pair) {
      pair = { fromLane, toLane, flowIndices: [], handoffsPerCase: 0 };
      pairsFrom.set(toLane, pair);
      pairs.push(pair);
    }
    pair.flowIndices.push(f);
  }
  const rule = defineRule<LanePair>(scope, 'handoff', 'lane-pair', 'delay', (pair, finding) => {
    const waitMinutes = finding.impactMinutesPerCase;
    const pairFlows = pair.flowIndices.map((f) => flows[f] as Flow);
    const params = {
      from: wording.lane(pair.fromLane),
      to: wording.lane(pair.toLane),
      times: wording.times(pair.handoffsPerCase),
      flows: wording.list(flowsInProcessOrder(context, pairFlows).map((flow) => wording.flow(flow))),
      wait: wording.duration(waitMinutes),
    };
    const waitSentence = waitMinutes > 0 ? ' ' + wording.text('handoff.lanePair.wait', params) : '';
    return {
      title: wording.text('handoff.lanePair.title', params),
      explanation: wording.text('handoff.lanePair.explanation', params) + waitSentence,
    };
  });
  const listedFor = new Int32Array(steps.length);
  return pairs.map((pair, pairNumber) => {
    // Summed in the order of the flow ids, so the figures do not depend on the file's order.
    sortById(pair.flowIndices, flows, scope.uniqueFlowIndexById);
    let waitMinutes = 0;
    for (const f of pair.flowIndices) pair.handoffsPerCase += traversals[f] as number;
    for (const f of pair.flowIndices) {
      const to = graph.flowTo[f] as number;
      waitMinutes += leadTimeDelayOf(scope, to, (traversals[f] as number) * (steps[to] as Step).waitTime);
    }
    const stepIndices = stepsOfFlows(scope, pair.flowIndices, listedFor, pairNumber + 1);
    const stepsInIdOrder = visitedStepsInIdOrder(scope, stepIndices);
    return buildFinding(rule, pair, {
      idParts: [pair.fromLane, pair.toLane],
      ordered: true,
      stepIndices: stepsInIdOrder ?? stepIndices,
      stepsInIdOrder: stepsInIdOrder !== null,
      flowIndices: pair.flowIndices,
      impact: delayImpact(scope, waitMinutes),
    });
  });
}

/**
 * The steps at either end of the flows, each once (in no particular order). `listedFor`
 * holds, per step, the last `pair` number that listed it, so no set is built per pair.
 */
function stepsOfFlows(scope: DetectorScope, flowIndices: readonly number[], listedFor: Int32Array, pair: number): number[] {
  const { graph } = scope.context;
  const listed: number[] = [];
  for (const f of flowIndices) {
    listOnce(listed, listedFor, pair, graph.flowFrom[f] as number);
    listOnce(listed, listedFor, pair, graph.flowTo[f] as number);
  }
  return listed;
}

/** The cross-lane flows from lane A to lane B, by index, and how often a case takes them. */
interface LanePair {
  fromLane: string;
  toLane: string;
  flowIndices: number[];
  handoffsPerCase: number;
}

/** A candidate ping-pong: flow `there` into another lane, then flow `back` to the first lane. */
interface PingPong {
  there: Flow;
  back: Flow;
  thereIndex: number;
  backIndex: number;
  /** Round trips per case v(s)·p(f1)·p(f2), once the pair is chosen. */
  roundTrips: number;
}

/**
 * Adds step s to `listed` unless `listedFor` says this pair listed it already. A function of
 * the module, not a closure per call: code compiled for a closure is thrown away at a major
 * collection once the closure has died.
 */
function listOnce(listed: number[], listedFor: Int32Array, pair: number, s: number): void {
  if (listedFor[s] === pair) return;
  listedFor[s] = pair;
  listed.push(s);
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
function detectPingPongs(scope: DetectorScope, crossLane: readonly number[]): Finding[] {
  const { context, wording, steps, flows, traversals } = scope;
  const { graph } = context;
  const isCrossLane = new Uint8Array(flows.length);
  for (const f of crossLane) isCrossLane[f] = 1;
  // One entry per unordered pair of flows: by their indices when flow ids are unique (the
  // same pairs as by ids, without a key string per candidate), else by their ids.
  const byFlowPair = new Map<number | string, PingPong>();
  const flowCount = flows.length;
  const uniqueIds = scope.uniqueFlowIndexById !== null;
  for (const f of crossLane) {
    const there = flows[f] as Flow;
    const homeLane = laneOfStep(steps, graph.flowFrom[f] as number);
    const middle = graph.flowTo[f] as number;
    const end = graph.outOffsets[middle + 1] as number;
    for (let e = graph.outOffsets[middle] as number; e < end; e++) {
      const b = graph.outFlows[e] as number;
      if (isCrossLane[b] !== 1 || laneOfStep(steps, graph.flowTo[b] as number) !== homeLane) continue;
      const back = flows[b] as Flow;
      const candidate = { there, back, thereIndex: f, backIndex: b, roundTrips: 0 };
      const key = uniqueIds
        ? Math.min(f, b) * flowCount + Math.max(f, b)
        : JSON.stringify(compareIds(there.id, back.id) <= 0 ? [there.id, back.id] : [back.id, there.id]);
      const current = byFlowPair.get(key);
      if (!current || isPreferred(candidate, current)) byFlowPair.set(key, candidate);
    }
  }
  const rule = defineRule<PingPong>(scope, 'handoff', 'ping-pong', 'delay', (pingPong, finding) => {
    const { there, back, thereIndex } = pingPong;
    const waitMinutes = finding.impactMinutesPerCase;
    const params = {
      from: wording.step(there.from),
      middle: wording.step(there.to),
      back: wording.step(back.to),
      laneA: wording.lane(laneOfStep(steps, graph.flowFrom[thereIndex] as number)),
      laneB: wording.lane(laneOfStep(steps, graph.flowTo[thereIndex] as number)),
      times: wording.times(pingPong.roundTrips),
      wait: wording.duration(waitMinutes),
    };
    const waitSentence = waitMinutes > 0 ? ' ' + wording.text('handoff.pingPong.wait', params) : '';
    return {
      title: wording.text('handoff.pingPong.title', params),
      explanation: wording.text('handoff.pingPong.explanation', params) + waitSentence,
    };
  });
  // A loop rather than map with a callback made per analysis (see `listOnce`).
  const findings: Finding[] = [];
  for (const pingPong of byFlowPair.values()) {
    const { there, back, thereIndex, backIndex } = pingPong;
    // A repeated flow id (an unvalidated state) reads the first flow's probability, as by id.
    const backProbability = context.probability[context.flowIndexById.get(back.id) ?? backIndex] as number;
    pingPong.roundTrips = (traversals[thereIndex] as number) * backProbability;
    const middle = graph.flowTo[thereIndex] as number;
    const home = graph.flowTo[backIndex] as number;
    const waitPerTripMinutes = (steps[middle] as Step).waitTime + (steps[home] as Step).waitTime;
    const delayMinutes = context.parallel
      ? leadTimeDelayOf(scope, middle, pingPong.roundTrips * (steps[middle] as Step).waitTime) +
        leadTimeDelayOf(scope, home, pingPong.roundTrips * (steps[home] as Step).waitTime)
      : pingPong.roundTrips * waitPerTripMinutes;
    findings.push(
      buildFinding(rule, pingPong, {
        idParts: [there.id, back.id],
        ordered: true,
        stepIndices: [graph.flowFrom[thereIndex] as number, middle, home],
        flowIndices: [thereIndex, backIndex],
        impact: delayImpact(scope, delayMinutes),
      }),
    );
  }
  return findings;
}

/** The lane of step s; a function of the module (see `listOnce`), called per candidate flow. */
function laneOfStep(steps: readonly Step[], s: number): string {
  return (steps[s] as Step).laneId;
}
