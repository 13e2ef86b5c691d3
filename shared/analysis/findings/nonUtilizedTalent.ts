import type { Step } from '../../model/types';
import type { ActivityKind } from '../../model/vocabulary';
import type { Finding } from '../types';
import { buildStepFinding, defineRule } from './finding';
import { compareIds } from './findingId';
import { laneWorkImpact } from './impact';
import { type DetectorScope, workMinutesPerCaseOf } from './scope';

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
export function detectNonUtilizedTalent(scope: DetectorScope): Finding[] {
  const { context, wording, steps } = scope;
  const paidLanes = [...context.lanesById.keys()]
    .map((laneId) => ({ laneId, hourlyCost: context.hourlyCostOf(laneId) }))
    .filter((lane) => lane.hourlyCost > 0)
    .sort((a, b) => a.hourlyCost - b.hourlyCost || compareIds(a.laneId, b.laneId));
  const cheapest = paidLanes[0];
  if (!cheapest) return [];
  const rule = defineRule<number>(scope, 'non-utilized-talent', 'delegate', 'talent', (s) => {
    const step = steps[s] as Step;
    const laneCost = context.hourlyCostOf(step.laneId);
    const params = {
      step: wording.step(step.id),
      activity: wording.text(`nonUtilizedTalent.activity.${step.activity}`),
      lane: wording.lane(step.laneId),
      laneCost: wording.money(laneCost),
      cheapLane: wording.lane(cheapest.laneId),
      cheapCost: wording.money(cheapest.hourlyCost),
      factor: wording.number(laneCost / cheapest.hourlyCost),
      minutes: wording.duration(workMinutesPerCaseOf(scope, s)),
    };
    return {
      title: wording.text('nonUtilizedTalent.delegate.title', params),
      explanation: wording.text('nonUtilizedTalent.delegate.explanation', params),
    };
  });
  const findings: Finding[] = [];
  for (let i = 0; i < scope.visitedSteps.length; i++) {
    const s = scope.visitedSteps[i] as number;
    const step = steps[s] as Step;
    if (!ROUTINE_ACTIVITIES.has(step.activity) || !(step.processTime > 0)) continue;
    const laneCost = context.hourlyCostOf(step.laneId);
    if (!(laneCost >= EXPENSIVE_LANE_FACTOR * cheapest.hourlyCost)) continue;
    const work = laneWorkImpact(scope, step.laneId, workMinutesPerCaseOf(scope, s));
    const impact = { ...work, impactCost: work.impactHoursPerYear * (laneCost - cheapest.hourlyCost) };
    findings.push(buildStepFinding(rule, s, impact));
  }
  return findings;
}
