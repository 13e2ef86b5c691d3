import type { Flow } from '../../model/types';
import type { AnalysisContext } from '../context';
import type { Finding } from '../types';
import { buildFinding } from './finding';
import { compareIds } from './findingId';
import { type LaneWork, traversalsOf, traversedFlows, visitedSteps, visitsOf, workImpact } from './impact';
import { inProcessOrder } from './processOrder';
import type { Wording } from './wording';

/** Below this %C&A a step's output counts as a defect source (exactly 0.9 does not). */
export const LOW_COMPLETE_ACCURATE = 0.9;
/** From this probability on a flow counts as always taken (the rest is rounding). */
const ALWAYS = 0.9995;

/** Defects (domain.md section 4): steps with %C&A < 0.9 and every rework flow. */
export function detectDefects(context: AnalysisContext, wording: Wording): Finding[] {
  return [...detectLowCompleteAccurate(context, wording), ...detectRework(context, wording)];
}

/**
 * A visited step with completeAccurate < 0.9. What fixing its output costs downstream is not
 * in the data (a rework flow, when drawn, gets its own finding), so the impact is the part of
 * the step's own work that yields incomplete or wrong output: v·(1 − ca)·processTime
 * person-minutes per case, in the step's lane — a lower bound.
 */
function detectLowCompleteAccurate(context: AnalysisContext, wording: Wording): Finding[] {
  return visitedSteps(context)
    .filter((step) => step.completeAccurate < LOW_COMPLETE_ACCURATE)
    .map((step) => {
      const minutes = visitsOf(context, step.id) * (1 - step.completeAccurate) * step.processTime;
      const params = {
        step: wording.step(step.id),
        ca: wording.percent(step.completeAccurate),
        defectShare: wording.percent(1 - step.completeAccurate),
        minutes: wording.duration(minutes),
      };
      return buildFinding(context, wording, {
        category: 'defects',
        ruleName: 'low-complete-accurate',
        idParts: [step.id],
        title: wording.text('defects.lowCompleteAccurate.title', params),
        explanation: wording.text('defects.lowCompleteAccurate.explanation', params),
        stepIds: [step.id],
        flowIds: [],
        impact: workImpact(context, [{ laneId: step.laneId, minutesPerCase: minutes }]),
        annual: 'work',
      });
    });
}

/** Steps reachable from `startId` following flows forward (or backward), including itself. */
function reachFrom(context: AnalysisContext, startId: string, direction: 'forward' | 'backward'): Set<string> {
  const seen = new Set<string>([startId]);
  const queue = [startId];
  for (let stepId = queue.pop(); stepId !== undefined; stepId = queue.pop()) {
    const flows = (direction === 'forward' ? context.outgoing : context.incoming).get(stepId) ?? [];
    for (const flow of flows) {
      const next = direction === 'forward' ? flow.to : flow.from;
      if (!seen.has(next) && context.stepsById.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}

/**
 * A rework flow f = s→t. It is taken v(s)·p(f) times per case; each time the case re-enters
 * at t and passes the loop again up to s. The loop is every step reachable from t that can
 * reach s (t and s included). One pass through the loop does step x v(x)/v(t) times on
 * average (branches inside the loop make that < 1), so the extra work is
 *   v(s)·p(f) · Σ_{x in loop} processTime(x)·v(x)/v(t)  person-minutes per case,
 * split over the lanes of the loop steps. For a loop that every pass walks in full this is
 * exactly PT(with the rework) − PT(without it): domain.md's worked example gives
 * 1/3 · (10 + 5 + 1) = 5.33 = 21.33 − 16. It overstates somewhat when loop steps are also
 * reached without passing t.
 */
function detectRework(context: AnalysisContext, wording: Wording): Finding[] {
  return traversedFlows(context)
    .filter((flow) => flow.rework)
    .map((flow) => {
      const passesPerCase = traversalsOf(context, flow);
      const redone = loopSteps(context, flow);
      const entryVisits = visitsOf(context, flow.to);
      const work: LaneWork[] = redone.map((stepId) => {
        const step = context.stepsById.get(stepId);
        const perPass = step ? (step.processTime * visitsOf(context, stepId)) / entryVisits : 0;
        return { laneId: step?.laneId ?? '', minutesPerCase: passesPerCase * perPass };
      });
      const impact = workImpact(context, work);
      const probability = context.probability.get(flow.id) ?? 0;
      // A rework flow that is the step's only way out needs no "100% of the time".
      const variant = probability >= ALWAYS ? 'always' : 'sometimes';
      const params = {
        from: wording.step(flow.from),
        to: wording.step(flow.to),
        share: wording.percent(probability),
        times: wording.times(passesPerCase),
        steps: wording.list(inProcessOrder(context, redone).map((stepId) => wording.step(stepId))),
        minutes: wording.duration(impact.impactMinutesPerCase),
      };
      return buildFinding(context, wording, {
        category: 'defects',
        ruleName: 'rework',
        idParts: [flow.id],
        title: wording.text(`defects.rework.${variant}.title`, params),
        explanation: wording.text(`defects.rework.${variant}.explanation`, params),
        stepIds: [flow.from, flow.to],
        flowIds: [flow.id],
        impact,
        annual: 'work',
      });
    });
}

/** Visited steps redone when rework flow s→t is taken: reachable from t and reaching s. */
function loopSteps(context: AnalysisContext, flow: Flow): string[] {
  const afterEntry = reachFrom(context, flow.to, 'forward');
  const beforeExit = reachFrom(context, flow.from, 'backward');
  return [...afterEntry]
    .filter((stepId) => beforeExit.has(stepId) && visitsOf(context, stepId) > 0)
    .sort(compareIds);
}
