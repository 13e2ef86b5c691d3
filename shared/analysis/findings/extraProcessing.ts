import type { Step } from '../../model/types';
import type { Finding } from '../types';
import { NO_INDICES, buildFinding, buildStepFinding, defineRule } from './finding';
import { compareIds } from './findingId';
import { laneWorkImpact, workImpact } from './impact';
import { inProcessOrder } from './processOrder';
import { type DetectorScope, sortById, workMinutesPerCaseOf } from './scope';
import { visitedStepsInIdOrder } from './stepIdOrder';

/** From this many checks per case (Σ min(v, 1)) on, checking counts as extra processing. */
export const MANY_CHECKS_PER_CASE = 2;
const TOLERANCE = 1e-9;

/** Extra processing (domain.md section 4): many checks, data typed twice, non-value-adding steps. */
export function detectExtraProcessing(scope: DetectorScope): Finding[] {
  return [...detectManyChecks(scope), ...detectTypedTwice(scope), ...detectNonValueAdding(scope)];
}

/** A visited step with its work per case, v·processTime person-minutes. */
interface StepWork {
  index: number;
  step: Step;
  visits: number;
  minutes: number;
}

/** The visited steps that pass `test`, in id order (sums over them then do not depend on the file's order). */
function visitedStepsById(scope: DetectorScope, test: (step: Step) => boolean): StepWork[] {
  const { steps, visits } = scope;
  const indices: number[] = [];
  for (let i = 0; i < scope.visitedSteps.length; i++) {
    const s = scope.visitedSteps[i] as number;
    if (test(steps[s] as Step)) indices.push(s);
  }
  return (visitedStepsInIdOrder(scope, indices) ?? sortById(indices, steps, scope.stepIndexById)).map((s) => {
    const step = steps[s] as Step;
    return { index: s, step, visits: visits[s] as number, minutes: (visits[s] as number) * step.processTime };
  });
}

/**
 * Two or more approval/check steps one case passes: Σ min(v, 1) ≥ 2 over the visited
 * approval and check steps (min(v, 1) so that a check revisited through rework counts once:
 * that is a defect, not an extra check). One finding lists them all.
 * Impact: the checking work that would go if one check sufficed — Σ v·processTime over all
 * of them minus the largest one (the one kept), person-minutes in their lanes.
 */
function detectManyChecks(scope: DetectorScope): Finding[] {
  const { context, wording } = scope;
  const checks = visitedStepsById(scope, (step) => step.activity === 'approval' || step.activity === 'check');
  const checksPerCase = checks.reduce((sum, check) => sum + Math.min(check.visits, 1), 0);
  if (checksPerCase < MANY_CHECKS_PER_CASE - TOLERANCE) return [];
  const kept = largestByWork(checks);
  if (!kept) return [];
  const extra = checks.filter((check) => check !== kept);
  const impact = workImpact(scope, extra.map((check) => ({ laneId: check.step.laneId, minutesPerCase: check.minutes })));
  const checkIds = checks.map((check) => check.step.id);
  const rule = defineRule<null>(scope, 'extra-processing', 'many-checks', 'work', (_subject, finding) => {
    const params = {
      count: wording.number(checksPerCase),
      steps: wording.list(inProcessOrder(context, checkIds).map((stepId) => wording.step(stepId))),
      total: wording.duration(checks.reduce((sum, check) => sum + check.minutes, 0)),
      kept: wording.step(kept.step.id),
      minutes: wording.duration(finding.impactMinutesPerCase),
    };
    return {
      title: wording.text('extraProcessing.manyChecks.title', params),
      explanation: wording.text('extraProcessing.manyChecks.explanation', params),
    };
  });
  return [buildFinding(rule, null, { idParts: checkIds, stepIndices: checks.map((check) => check.index), stepsInIdOrder: true, flowIndices: NO_INDICES, impact })];
}

/**
 * Data-entry steps (visited, with a system) in two or more different systems: the same data
 * is probably typed more than once. Systems are compared trimmed and case-insensitively
 * ("Excel" = "excel "). Impact: the entry work in every system except the one with the most
 * entry work (where the data would be entered once), person-minutes in the steps' lanes.
 */
function detectTypedTwice(scope: DetectorScope): Finding[] {
  const { context, wording } = scope;
  const entries = visitedStepsById(scope, (step) => step.activity === 'data-entry' && step.system.trim() !== '');
  const bySystem = new Map<string, StepWork[]>();
  // Steps share a handful of systems: lower-case each distinct text once.
  const keyOfSystem = new Map<string, string>();
  for (const entry of entries) {
    let key = keyOfSystem.get(entry.step.system);
    if (key === undefined) {
      key = entry.step.system.trim().toLocaleLowerCase('en');
      keyOfSystem.set(entry.step.system, key);
    }
    const list = bySystem.get(key);
    if (list) list.push(entry);
    else bySystem.set(key, [entry]);
  }
  if (bySystem.size < 2) return [];
  const systemWork = (list: readonly StepWork[]): number => list.reduce((sum, entry) => sum + entry.minutes, 0);
  // Keep the system with the most entry work; ties go to the alphabetically first system.
  const systems = [...bySystem.entries()].sort(([a, listA], [b, listB]) => systemWork(listB) - systemWork(listA) || compareIds(a, b));
  const [keptSystem, ...otherSystems] = systems;
  if (!keptSystem) return [];
  const extra = otherSystems.flatMap(([, list]) => list);
  const impact = workImpact(scope, extra.map((entry) => ({ laneId: entry.step.laneId, minutesPerCase: entry.minutes })));
  const systemName = (list: readonly StepWork[]): string => list[0]?.step.system.trim() ?? '';
  const entryIds = entries.map((entry) => entry.step.id);
  const rule = defineRule<null>(scope, 'extra-processing', 'typed-twice', 'work', (_subject, finding) => {
    const params = {
      count: bySystem.size,
      systems: wording.list(systems.map(([, list]) => systemName(list)).sort(compareIds)),
      steps: wording.list(
        inProcessOrder(context, entryIds).map((stepId) => {
          const index = context.graph.stepIndexById.get(stepId);
          const system = index === undefined ? '' : (scope.steps[index]?.system.trim() ?? '');
          return `${wording.step(stepId)} (${system})`;
        }),
      ),
      kept: systemName(keptSystem[1]),
      minutes: wording.duration(finding.impactMinutesPerCase),
    };
    return {
      title: wording.text('extraProcessing.typedTwice.title', params),
      explanation: wording.text('extraProcessing.typedTwice.explanation', params),
    };
  });
  return [buildFinding(rule, null, { idParts: entryIds, stepIndices: entries.map((entry) => entry.index), stepsInIdOrder: true, flowIndices: NO_INDICES, impact })];
}

/** Each visited non-value-adding step. Impact: its work, v·processTime person-minutes. */
function detectNonValueAdding(scope: DetectorScope): Finding[] {
  const { wording, steps } = scope;
  const rule = defineRule<number>(scope, 'extra-processing', 'non-value-adding', 'work', (s) => {
    const params = { step: wording.step((steps[s] as Step).id), minutes: wording.duration(workMinutesPerCaseOf(scope, s)) };
    return {
      title: wording.text('extraProcessing.nonValueAdding.title', params),
      explanation: wording.text('extraProcessing.nonValueAdding.explanation', params),
    };
  });
  const findings: Finding[] = [];
  for (let i = 0; i < scope.visitedSteps.length; i++) {
    const s = scope.visitedSteps[i] as number;
    const step = steps[s] as Step;
    if (step.valueType !== 'non-value-adding') continue;
    findings.push(buildStepFinding(rule, s, laneWorkImpact(scope, step.laneId, workMinutesPerCaseOf(scope, s))));
  }
  return findings;
}

/** The check with the most work per case; ties go to the smallest id. One pass, no sort. */
function largestByWork(checks: readonly StepWork[]): StepWork | undefined {
  let largest = checks[0];
  for (let i = 1; i < checks.length; i++) {
    const check = checks[i] as StepWork;
    const current = largest as StepWork;
    // NaN work (an unvalidated state) has no largest: the first of a sort decides, as before.
    if (Number.isNaN(check.minutes) || Number.isNaN(current.minutes)) return [...checks].sort((a, b) => b.minutes - a.minutes || compareIds(a.step.id, b.step.id))[0];
    if (check.minutes > current.minutes || (check.minutes === current.minutes && compareIds(check.step.id, current.step.id) < 0)) largest = check;
  }
  return largest;
}
