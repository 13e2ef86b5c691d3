import type { AnalysisContext } from '../context';
import type { Finding } from '../types';
import { buildFinding } from './finding';
import { type LaneWork, traversalsOf, traversedFlows, visitedSteps, visitsOf, workImpact } from './impact';
import { loopsOf } from './loops';
import { MAX_LISTED_ITEMS, type Wording } from './wording';

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
function detectRework(context: AnalysisContext, wording: Wording): Finding[] {
  const loops = loopsOf(context);
  return traversedFlows(context)
    .filter((flow) => flow.rework)
    .map((flow) => {
      const passesPerCase = traversalsOf(context, flow);
      const loop = loops.loopOf(flow);
      const entryVisits = visitsOf(context, flow.to);
      const work: LaneWork[] = loop
        ? [...loop.workPerLane].map(([laneId, minutes]) => ({ laneId, minutesPerCase: (passesPerCase * minutes) / entryVisits }))
        : [{ laneId: context.stepsById.get(flow.to)?.laneId ?? '', minutesPerCase: passesPerCase * (context.stepsById.get(flow.to)?.processTime ?? 0) }];
      const redone = loop ? loops.stepsInOrder(loop) : [flow.to];
      const impact = workImpact(context, work);
      const probability = context.probability.get(flow.id) ?? 0;
      // A rework flow that is the step's only way out needs no "100% of the time".
      const variant = probability >= ALWAYS ? 'always' : 'sometimes';
      const params = {
        from: wording.step(flow.from),
        to: wording.step(flow.to),
        share: wording.percent(probability),
        times: wording.times(passesPerCase),
        steps: wording.list(redone.slice(0, MAX_LISTED_ITEMS).map((stepId) => wording.step(stepId)), redone.length),
        minutes: wording.duration(impact.impactMinutesPerCase),
      };
      return buildFinding(context, wording, {
        category: 'defects',
        ruleName: 'rework',
        idParts: [flow.id],
        title: wording.text(`defects.rework.${variant}.title`, params),
        explanation: `${wording.text(`defects.rework.${variant}.explanation`, params)} ${wording.text('defects.rework.redone', { ...params, count: redone.length })}`,
        stepIds: [flow.from, flow.to],
        flowIds: [flow.id],
        impact,
        annual: 'work',
      });
    });
}

