import type { Flow, Step } from '../../model/types';
import type { Finding } from '../types';
import { buildFlowFinding, buildStepFinding, defineRule } from './finding';
import { type LaneWork, laneWorkImpact, workImpact } from './impact';
import { findLoops } from './loops';
import type { DetectorScope } from './scope';
import { MAX_LISTED_ITEMS } from './wording';

/** Below this %C&A a step's output counts as a defect source (exactly 0.9 does not). */
export const LOW_COMPLETE_ACCURATE = 0.9;
/** From this probability on a flow counts as always taken (the rest is rounding). */
const ALWAYS = 0.9995;

/** Defects (domain.md section 4): steps with %C&A < 0.9 and every rework flow. */
export function detectDefects(scope: DetectorScope): Finding[] {
  return [...detectLowCompleteAccurate(scope), ...detectRework(scope)];
}

/**
 * A visited step with completeAccurate < 0.9. What fixing its output costs downstream is not
 * in the data (a rework flow, when drawn, gets its own finding), so the impact is the part of
 * the step's own work that yields incomplete or wrong output: v·(1 − ca)·processTime
 * person-minutes per case, in the step's lane — a lower bound.
 */
function detectLowCompleteAccurate(scope: DetectorScope): Finding[] {
  const { wording, steps, visits } = scope;
  const minutesOf = (s: number): number => {
    const step = steps[s] as Step;
    return (visits[s] as number) * (1 - step.completeAccurate) * step.processTime;
  };
  const rule = defineRule<number>(scope, 'defects', 'low-complete-accurate', 'work', (s) => {
    const step = steps[s] as Step;
    const params = {
      step: wording.step(step.id),
      ca: wording.percent(step.completeAccurate),
      defectShare: wording.percent(1 - step.completeAccurate),
      minutes: wording.duration(minutesOf(s)),
    };
    return {
      title: wording.text('defects.lowCompleteAccurate.title', params),
      explanation: wording.text('defects.lowCompleteAccurate.explanation', params),
    };
  });
  const findings: Finding[] = [];
  for (let i = 0; i < scope.visitedSteps.length; i++) {
    const s = scope.visitedSteps[i] as number;
    const step = steps[s] as Step;
    if (!(step.completeAccurate < LOW_COMPLETE_ACCURATE)) continue;
    findings.push(buildStepFinding(rule, s, laneWorkImpact(scope, step.laneId, minutesOf(s))));
  }
  return findings;
}

/**
 * A rework flow f = s→t. It is taken v(s)·p(f) times per case; each time the case re-enters
 * at t and passes the loop again up to s. The loop is every step reachable from t that can
 * reach s, which is exactly the strongly connected component holding s and t. One pass
 * through the loop does step x v(x)/v(t) times on average (branches inside the loop make
 * that < 1), so the extra work is
 *   v(s)·p(f) · Σ_{x in loop} processTime(x)·v(x)/v(t)  person-minutes per case,
 * split over the lanes of the loop steps. For a loop that every pass walks in full this is
 * exactly PT(with the rework) − PT(without it): domain.md's worked example gives
 * 1/3 · (10 + 5 + 1) = 5.33 = 21.33 − 16. It overstates somewhat when loop steps are also
 * reached without passing t. A rework flow to a step that cannot lead back to s is no loop:
 * only t is redone, v(s)·p(f)·processTime(t).
 */
function detectRework(scope: DetectorScope): Finding[] {
  const { context, wording, steps, flows, visits, traversals } = scope;
  const { graph } = context;
  const reworkFlows = scope.takenFlows.filter((f) => (flows[f] as Flow).rework);
  if (reworkFlows.length === 0) return [];
  const loops = findLoops(scope);
  // A repeated flow id (an unvalidated state) reads the first flow's probability, as by id.
  const probabilityOf = (f: number): number => context.probability[context.flowIndexById.get((flows[f] as Flow).id) ?? f] as number;

  const rule = defineRule<number>(scope, 'defects', 'rework', 'work', (f, finding) => {
    const flow = flows[f] as Flow;
    const loop = loops.loopOf(f);
    const redone = loop ? loops.stepsInOrder(loop) : [flow.to];
    const probability = probabilityOf(f);
    // A rework flow that is the step's only way out needs no "100% of the time".
    const variant = probability >= ALWAYS ? 'always' : 'sometimes';
    const params = {
      from: wording.step(flow.from),
      to: wording.step(flow.to),
      share: wording.percent(probability),
      times: wording.times(traversals[f] as number),
      steps: wording.list(redone.slice(0, MAX_LISTED_ITEMS).map((stepId) => wording.step(stepId)), redone.length),
      minutes: wording.duration(finding.impactMinutesPerCase),
    };
    return {
      title: wording.text(`defects.rework.${variant}.title`, params),
      explanation: `${wording.text(`defects.rework.${variant}.explanation`, params)} ${wording.text('defects.rework.redone', { ...params, count: redone.length })}`,
    };
  });

  return reworkFlows.map((f) => {
    const passesPerCase = traversals[f] as number;
    const loop = loops.loopOf(f);
    const entry = graph.flowTo[f] as number;
    const entryVisits = visits[entry] as number;
    const work: LaneWork[] = [];
    if (loop) loop.workPerLane.forEach((minutes, laneId) => work.push({ laneId, minutesPerCase: (passesPerCase * minutes) / entryVisits }));
    else work.push({ laneId: (steps[entry] as Step).laneId, minutesPerCase: passesPerCase * (steps[entry] as Step).processTime });
    return buildFlowFinding(rule, f, workImpact(scope, work));
  });
}
