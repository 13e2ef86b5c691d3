import type { Flow, Step } from '../../model/types';
import type { Finding } from '../types';
import { buildFlowFinding, buildStepFinding, defineRule } from './finding';
import { costedWorkImpact, laneWorkImpact } from './impact';
import { findLoops } from './loops';
import { computeReworkWork, type ReworkWork } from './reworkWork';
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
  const { wording, steps } = scope;
  const rule = defineRule<number>(scope, 'defects', 'low-complete-accurate', 'work', (s) => {
    const step = steps[s] as Step;
    const params = {
      step: wording.step(step.id),
      ca: wording.percent(step.completeAccurate),
      defectShare: wording.percent(1 - step.completeAccurate),
      minutes: wording.duration(defectMinutesOf(scope, s)),
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
    findings.push(buildStepFinding(rule, s, laneWorkImpact(scope, step.laneId, defectMinutesOf(scope, s))));
  }
  return findings;
}

/**
 * v·(1 − ca)·processTime: the minutes per case of step s's work that yield incomplete or wrong
 * output. A function of the module rather than a closure per analysis: V8 threw away the
 * detector's compiled code at every major collection once the closure it was made for had died.
 */
function defectMinutesOf(scope: DetectorScope, s: number): number {
  const step = scope.steps[s] as Step;
  return (scope.visits[s] as number) * (1 - step.completeAccurate) * step.processTime;
}

/**
 * A rework flow f = s→t, taken v(s)·p(f) times per case. Its impact is the work it adds,
 * exactly: PT(map) − PT(map without f), the probability of f going to the other flows of s
 * in proportion (domain.md section 4; see `computeReworkWork`), in person-minutes per case
 * with the cost of each lane's share. A loop whose steps also lie on the main path thus
 * counts only the extra passes, never the first one every case makes anyway. The steps named
 * as done again are the loop: every step reachable from t that can reach s (the strongly
 * connected component of both), or only t when t cannot lead back to s.
 */
function detectRework(scope: DetectorScope): Finding[] {
  const { context, wording, flows } = scope;
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
      times: wording.times(scope.traversals[f] as number),
      steps: wording.list(redone.slice(0, MAX_LISTED_ITEMS).map((stepId) => wording.step(stepId)), redone.length),
      minutes: wording.duration(finding.impactMinutesPerCase),
    };
    return {
      title: wording.text(`defects.rework.${variant}.title`, params),
      explanation: `${wording.text(`defects.rework.${variant}.explanation`, params)} ${wording.text('defects.rework.redone', { ...params, count: redone.length })}`,
    };
  });

  const added = computeReworkWork(scope, reworkFlows);
  // A loop rather than map with a callback made per analysis (see `defectMinutesOf`).
  const findings: Finding[] = [];
  for (let index = 0; index < reworkFlows.length; index++) {
    const { minutesPerCase, costMinutesPerCase } = added[index] as ReworkWork;
    findings.push(buildFlowFinding(rule, reworkFlows[index] as number, costedWorkImpact(scope, minutesPerCase, costMinutesPerCase)));
  }
  return findings;
}
