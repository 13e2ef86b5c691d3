import type { Step } from '../../model/types';
import type { AnalysisContext } from '../context';
import type { Finding } from '../types';
import { buildFinding } from './finding';
import { compareIds } from './findingId';
import { visitedSteps, visitsOf, workImpact } from './impact';
import { inProcessOrder } from './processOrder';
import type { Wording } from './wording';

/** From this many checks per case (Σ min(v, 1)) on, checking counts as extra processing. */
export const MANY_CHECKS_PER_CASE = 2;
const TOLERANCE = 1e-9;

/** Extra processing (domain.md section 4): many checks, data typed twice, non-value-adding steps. */
export function detectExtraProcessing(context: AnalysisContext, wording: Wording): Finding[] {
  return [...detectManyChecks(context, wording), ...detectTypedTwice(context, wording), ...detectNonValueAdding(context, wording)];
}

/** Work per case of one step: v·processTime person-minutes. */
function workMinutesOf(context: AnalysisContext, step: Step): number {
  return visitsOf(context, step.id) * step.processTime;
}

/**
 * Two or more approval/check steps one case passes: Σ min(v, 1) ≥ 2 over the visited
 * approval and check steps (min(v, 1) so that a check revisited through rework counts once:
 * that is a defect, not an extra check). One finding lists them all.
 * Impact: the checking work that would go if one check sufficed — Σ v·processTime over all
 * of them minus the largest one (the one kept), person-minutes in their lanes.
 */
function detectManyChecks(context: AnalysisContext, wording: Wording): Finding[] {
  const checks = visitedSteps(context).filter((step) => step.activity === 'approval' || step.activity === 'check');
  const checksPerCase = checks.reduce((sum, step) => sum + Math.min(visitsOf(context, step.id), 1), 0);
  if (checksPerCase < MANY_CHECKS_PER_CASE - TOLERANCE) return [];
  const kept = largestByWork(context, checks);
  if (!kept) return [];
  const extra = checks.filter((step) => step !== kept);
  const impact = workImpact(context, extra.map((step) => ({ laneId: step.laneId, minutesPerCase: workMinutesOf(context, step) })));
  const params = {
    count: wording.number(checksPerCase),
    steps: wording.list(inProcessOrder(context, checks.map((step) => step.id)).map((stepId) => wording.step(stepId))),
    total: wording.duration(checks.reduce((sum, step) => sum + workMinutesOf(context, step), 0)),
    kept: wording.step(kept.id),
    minutes: wording.duration(impact.impactMinutesPerCase),
  };
  return [
    buildFinding(context, wording, {
      category: 'extra-processing',
      ruleName: 'many-checks',
      idParts: checks.map((step) => step.id),
      title: wording.text('extraProcessing.manyChecks.title', params),
      explanation: wording.text('extraProcessing.manyChecks.explanation', params),
      stepIds: checks.map((step) => step.id),
      flowIds: [],
      impact,
      annual: 'work',
    }),
  ];
}

/**
 * Data-entry steps (visited, with a system) in two or more different systems: the same data
 * is probably typed more than once. Systems are compared trimmed and case-insensitively
 * ("Excel" = "excel "). Impact: the entry work in every system except the one with the most
 * entry work (where the data would be entered once), person-minutes in the steps' lanes.
 */
function detectTypedTwice(context: AnalysisContext, wording: Wording): Finding[] {
  const entries = visitedSteps(context).filter((step) => step.activity === 'data-entry' && step.system.trim() !== '');
  const bySystem = new Map<string, Step[]>();
  for (const step of entries) {
    const key = step.system.trim().toLocaleLowerCase('en');
    bySystem.set(key, [...(bySystem.get(key) ?? []), step]);
  }
  if (bySystem.size < 2) return [];
  const systemWork = (steps: readonly Step[]): number => steps.reduce((sum, step) => sum + workMinutesOf(context, step), 0);
  // Keep the system with the most entry work; ties go to the alphabetically first system.
  const systems = [...bySystem.entries()].sort(([a, stepsA], [b, stepsB]) => systemWork(stepsB) - systemWork(stepsA) || compareIds(a, b));
  const [keptSystem, ...otherSystems] = systems;
  if (!keptSystem) return [];
  const extra = otherSystems.flatMap(([, steps]) => steps);
  const impact = workImpact(context, extra.map((step) => ({ laneId: step.laneId, minutesPerCase: workMinutesOf(context, step) })));
  const systemName = (steps: readonly Step[]): string => steps[0]?.system.trim() ?? '';
  const params = {
    count: bySystem.size,
    systems: wording.list(systems.map(([, steps]) => systemName(steps)).sort(compareIds)),
    steps: wording.list(
      inProcessOrder(context, entries.map((step) => step.id)).map(
        (stepId) => `${wording.step(stepId)} (${context.stepsById.get(stepId)?.system.trim() ?? ''})`,
      ),
    ),
    kept: systemName(keptSystem[1]),
    minutes: wording.duration(impact.impactMinutesPerCase),
  };
  return [
    buildFinding(context, wording, {
      category: 'extra-processing',
      ruleName: 'typed-twice',
      idParts: entries.map((step) => step.id),
      title: wording.text('extraProcessing.typedTwice.title', params),
      explanation: wording.text('extraProcessing.typedTwice.explanation', params),
      stepIds: entries.map((step) => step.id),
      flowIds: [],
      impact,
      annual: 'work',
    }),
  ];
}

/** Each visited non-value-adding step. Impact: its work, v·processTime person-minutes. */
function detectNonValueAdding(context: AnalysisContext, wording: Wording): Finding[] {
  return visitedSteps(context)
    .filter((step) => step.valueType === 'non-value-adding')
    .map((step) => {
      const minutes = workMinutesOf(context, step);
      const params = { step: wording.step(step.id), minutes: wording.duration(minutes) };
      return buildFinding(context, wording, {
        category: 'extra-processing',
        ruleName: 'non-value-adding',
        idParts: [step.id],
        title: wording.text('extraProcessing.nonValueAdding.title', params),
        explanation: wording.text('extraProcessing.nonValueAdding.explanation', params),
        stepIds: [step.id],
        flowIds: [],
        impact: workImpact(context, [{ laneId: step.laneId, minutesPerCase: minutes }]),
        annual: 'work',
      });
    });
}

/** The step with the most work per case; ties go to the smallest id. */
function largestByWork(context: AnalysisContext, steps: readonly Step[]): Step | undefined {
  return [...steps].sort((a, b) => workMinutesOf(context, b) - workMinutesOf(context, a) || compareIds(a.id, b.id))[0];
}
