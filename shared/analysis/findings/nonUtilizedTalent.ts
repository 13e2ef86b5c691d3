import type { ActivityKind } from '../../model/vocabulary';
import type { AnalysisContext } from '../context';
import type { Finding } from '../types';
import { buildFinding } from './finding';
import { compareIds } from './findingId';
import { visitedSteps, visitsOf, workImpact } from './impact';
import type { Wording } from './wording';

/** A lane at least this many times as expensive as the cheapest lane should delegate routine work. */
export const EXPENSIVE_LANE_FACTOR = 1.5;
/** Routine work that needs no expertise: typing data in, moving things, searching. */
const ROUTINE_ACTIVITIES: ReadonlySet<ActivityKind> = new Set(['data-entry', 'transport', 'search']);

/**
 * Non-utilized talent (domain.md section 4): a visited data-entry, transport or search step
 * with process time in a lane whose hourly cost is ≥ 1.5 × the cheapest lane of the map.
 * Lanes with hourly cost 0 are left out of "cheapest": they are external parties or systems,
 * not colleagues who could take the work over (and every lane would be ≥ 1.5 × 0).
 * Impact: the step's work v·processTime person-minutes per case, hours/year =
 * casesPerYear·minutes/60 (the hours to move), cost = hours · (lane cost − cheapest cost),
 * the saving when the cheapest lane does it.
 */
export function detectNonUtilizedTalent(context: AnalysisContext, wording: Wording): Finding[] {
  const paidLanes = [...context.lanesById.keys()]
    .map((laneId) => ({ laneId, hourlyCost: context.hourlyCostOf(laneId) }))
    .filter((lane) => lane.hourlyCost > 0)
    .sort((a, b) => a.hourlyCost - b.hourlyCost || compareIds(a.laneId, b.laneId));
  const cheapest = paidLanes[0];
  if (!cheapest) return [];
  return visitedSteps(context)
    .filter((step) => ROUTINE_ACTIVITIES.has(step.activity) && step.processTime > 0)
    .filter((step) => context.hourlyCostOf(step.laneId) >= EXPENSIVE_LANE_FACTOR * cheapest.hourlyCost)
    .map((step) => {
      const laneCost = context.hourlyCostOf(step.laneId);
      const minutes = visitsOf(context, step.id) * step.processTime;
      const work = workImpact(context, [{ laneId: step.laneId, minutesPerCase: minutes }]);
      const impact = { ...work, impactCost: work.impactHoursPerYear * (laneCost - cheapest.hourlyCost) };
      const params = {
        step: wording.step(step.id),
        activity: wording.text(`nonUtilizedTalent.activity.${step.activity}`),
        lane: wording.lane(step.laneId),
        laneCost: wording.money(laneCost),
        cheapLane: wording.lane(cheapest.laneId),
        cheapCost: wording.money(cheapest.hourlyCost),
        factor: wording.number(laneCost / cheapest.hourlyCost),
        minutes: wording.duration(minutes),
      };
      return buildFinding(context, wording, {
        category: 'non-utilized-talent',
        ruleName: 'delegate',
        idParts: [step.id],
        title: wording.text('nonUtilizedTalent.delegate.title', params),
        explanation: wording.text('nonUtilizedTalent.delegate.explanation', params),
        stepIds: [step.id],
        flowIds: [],
        impact,
        annual: 'talent',
      });
    });
}
