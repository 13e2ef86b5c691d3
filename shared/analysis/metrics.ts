import type { Lane, MapSettings, Step } from '../model/types';
import type { ElapsedTimes } from './criticalPath';
import type { StepGraph } from './graph';
import type { LaneFigures, Metrics } from './types';

/** The section 3 metrics in the order of domain.md (also the order of the CLI's JSON keys). */
export const METRIC_KEYS = [
  'processTimeMinutes',
  'waitTimeMinutes',
  'leadTimeMinutes',
  'activityRatio',
  'processCycleEfficiency',
  'handoffsPerCase',
  'rolledCompleteAccurate',
  'annualEffortHours',
  'annualCost',
  'valueAddingShare',
  'criticalPathProcessTimeMinutes',
] as const satisfies readonly (keyof Metrics)[];

/** Fails to compile when Metrics gains a key that METRIC_KEYS does not list. */
const EVERY_METRIC_LISTED: Exclude<keyof Metrics, (typeof METRIC_KEYS)[number]> extends never ? true : never = true;
void EVERY_METRIC_LISTED;

export interface MetricsInput {
  steps: readonly Step[];
  lanes: readonly Lane[];
  settings: MapSettings;
  graph: StepGraph;
  /** Effective probability per flow index (domain.md 2.2). */
  probability: Float64Array;
  /** Expected visits per step index (domain.md 2.3), all finite. */
  visits: Float64Array;
  /** r(start), fraction 0..1, from `computeRolledCompleteAccurate`. */
  rolledCompleteAccurate: number;
  /** Elapsed times of a state with parallel blocks (section 7); absent without blocks. */
  elapsed?: ElapsedTimes;
}

/** lane.hourlyCost ?? settings.defaultHourlyCost, in currency per hour. */
export function hourlyCostOfLane(lane: Lane | undefined, settings: MapSettings): number {
  return lane?.hourlyCost ?? settings.defaultHourlyCost;
}

/** The first lane with each id (an unvalidated state may repeat one). Loops, not callbacks: see keepLayout.ts. */
function firstLaneIndexById(lanes: readonly Lane[]): Map<string, number> {
  const laneIndexById = new Map<string, number>();
  for (let index = 0; index < lanes.length; index++) {
    const id = (lanes[index] as Lane).id;
    if (!laneIndexById.has(id)) laneIndexById.set(id, index);
  }
  return laneIndexById;
}

/**
 * Per-lane work from Σ_{s in lane} v(s)·processTime(s) per case: annualEffortHours =
 * casesPerYear · that / 60 (hours per year) and annualCost = annualEffortHours · hourlyCost
 * (currency per year), one entry per lane in document order, lanes without work included with 0.
 */
function laneFiguresOf(lanes: readonly Lane[], settings: MapSettings, processMinutesPerCase: Float64Array): LaneFigures[] {
  const figures: LaneFigures[] = [];
  for (let index = 0; index < lanes.length; index++) {
    const lane = lanes[index] as Lane;
    const annualEffortHours = (settings.casesPerYear * (processMinutesPerCase[index] as number)) / 60;
    const hourlyCost = hourlyCostOfLane(lane, settings);
    figures.push({ id: lane.id, annualEffortHours, annualCost: annualEffortHours * hourlyCost, hourlyCost });
  }
  return figures;
}

/**
 * The metrics of domain.md section 3, per case unless named otherwise (minutes, fractions,
 * hours per year, currency per year):
 * PT = Σ_s v(s)·processTime(s); WT = Σ_s v(s)·waitTime(s); LT = PT + WT;
 * activityRatio = PT / LT; processCycleEfficiency = PT_value-adding / LT (both 0 when LT = 0);
 * handoffsPerCase = Σ_f v(from f)·p(f) over flows between different lanes;
 * annualEffortHours = casesPerYear · PT / 60;
 * annualCost = Σ_lanes laneHours · (lane.hourlyCost ?? defaultHourlyCost);
 * valueAddingShare = PT_value-adding / PT (0 when PT = 0);
 * criticalPathProcessTimeMinutes = PT.
 * With parallel blocks (`input.elapsed`, domain.md section 7) the sums stay sums over all
 * steps, but LT is the elapsed time along the critical path, criticalPathProcessTimeMinutes
 * = Σ v·processTime over the critical path, activityRatio = that / LT and
 * processCycleEfficiency = value-adding PT on the critical path / LT.
 * A step naming an unknown lane (only in an unvalidated state) still counts in the totals
 * and is costed at defaultHourlyCost, so annualCost never silently drops work.
 * `batchInterval` does not enter: it is only evidence for an inventory finding.
 * O(steps + flows).
 */
export function computeMetrics(input: MetricsInput): { metrics: Metrics; lanes: LaneFigures[] } {
  const { steps, settings, graph, probability, visits } = input;
  const laneIndexById = firstLaneIndexById(input.lanes);
  // One pass over the steps for the totals and the lanes' sums (each summed in step order).
  const laneProcessMinutes = new Float64Array(input.lanes.length);
  let orphanProcessMinutes = 0;
  let processTimeMinutes = 0;
  let waitTimeMinutes = 0;
  let valueAddingMinutes = 0;
  for (let s = 0; s < steps.length; s++) {
    const stepVisits = visits[s] as number;
    if (stepVisits === 0) continue;
    const step = steps[s] as Step;
    const processMinutes = stepVisits * step.processTime;
    processTimeMinutes += processMinutes;
    waitTimeMinutes += stepVisits * step.waitTime;
    if (step.valueType === 'value-adding') valueAddingMinutes += processMinutes;
    const laneIndex = laneIndexById.get(step.laneId);
    if (laneIndex === undefined) orphanProcessMinutes += processMinutes;
    else laneProcessMinutes[laneIndex] = (laneProcessMinutes[laneIndex] as number) + processMinutes;
  }
  let handoffsPerCase = 0;
  for (let f = 0; f < graph.flowCount; f++) {
    const from = graph.flowFrom[f] as number;
    const p = probability[f] as number;
    if (from < 0 || p === 0) continue;
    const to = graph.flowTo[f] as number;
    if ((steps[from] as Step).laneId === (steps[to] as Step).laneId) continue;
    handoffsPerCase += (visits[from] as number) * p;
  }
  const lanes = laneFiguresOf(input.lanes, settings, laneProcessMinutes);
  const annualEffortHours = (settings.casesPerYear * processTimeMinutes) / 60;
  const orphanHours = (settings.casesPerYear * orphanProcessMinutes) / 60;
  let laneCost = 0;
  for (const lane of lanes) laneCost += lane.annualCost;
  const annualCost = laneCost + orphanHours * settings.defaultHourlyCost;
  const { elapsed } = input;
  // Without blocks the version-1 formulas, so every number stays exactly what it was.
  const leadTimeMinutes = elapsed ? elapsed.leadTimeMinutes : processTimeMinutes + waitTimeMinutes;
  const criticalPathProcessTimeMinutes = elapsed ? elapsed.criticalPathProcessTimeMinutes : processTimeMinutes;
  const criticalValueAddingMinutes = elapsed ? elapsed.criticalPathValueAddingMinutes : valueAddingMinutes;
  const metrics: Metrics = {
    processTimeMinutes,
    waitTimeMinutes,
    leadTimeMinutes,
    activityRatio: leadTimeMinutes > 0 ? criticalPathProcessTimeMinutes / leadTimeMinutes : 0,
    processCycleEfficiency: leadTimeMinutes > 0 ? criticalValueAddingMinutes / leadTimeMinutes : 0,
    handoffsPerCase,
    rolledCompleteAccurate: input.rolledCompleteAccurate,
    annualEffortHours,
    annualCost,
    valueAddingShare: processTimeMinutes > 0 ? valueAddingMinutes / processTimeMinutes : 0,
    criticalPathProcessTimeMinutes,
  };
  return { metrics, lanes };
}
