import type { AnalysisContext } from '../context';
import type { Finding } from '../types';
import { buildFinding } from './finding';
import { traversalsOf, traversedFlows, visitedSteps, visitsOf, workImpact } from './impact';
import type { Wording } from './wording';

/**
 * Minutes one switch between systems costs (close, open, log in, find the case again).
 * The map does not record it, so this is a stated, deliberately small assumption; the
 * explanation says so.
 */
export const SYSTEM_SWITCH_MINUTES = 1;

/** Motion (domain.md section 4): searching, and switching systems between consecutive steps. */
export function detectMotion(context: AnalysisContext, wording: Wording): Finding[] {
  return [...detectSearch(context, wording), ...detectSystemSwitches(context, wording)];
}

/** Each visited step with activity 'search'. Impact: its work, v·processTime person-minutes. */
function detectSearch(context: AnalysisContext, wording: Wording): Finding[] {
  return visitedSteps(context)
    .filter((step) => step.activity === 'search')
    .map((step) => {
      const minutes = visitsOf(context, step.id) * step.processTime;
      const params = { step: wording.step(step.id), minutes: wording.duration(minutes) };
      return buildFinding(context, wording, {
        category: 'motion',
        ruleName: 'search',
        idParts: [step.id],
        title: wording.text('motion.search.title', params),
        explanation: wording.text('motion.search.explanation', params),
        stepIds: [step.id],
        flowIds: [],
        impact: workImpact(context, [{ laneId: step.laneId, minutesPerCase: minutes }]),
        annual: 'work',
      });
    });
}

/**
 * A flow s→t a case takes within one lane where both steps name a system and the systems
 * differ (trimmed, case-insensitive): the same person switches tools. Impact: switches per
 * case v(s)·p × {@link SYSTEM_SWITCH_MINUTES}, person-minutes in that lane.
 */
function detectSystemSwitches(context: AnalysisContext, wording: Wording): Finding[] {
  const findings: Finding[] = [];
  for (const flow of traversedFlows(context)) {
    const from = context.stepsById.get(flow.from);
    const to = context.stepsById.get(flow.to);
    if (!from || !to || from.laneId !== to.laneId) continue;
    const fromSystem = from.system.trim();
    const toSystem = to.system.trim();
    if (fromSystem === '' || toSystem === '' || fromSystem.toLocaleLowerCase('en') === toSystem.toLocaleLowerCase('en')) continue;
    const switches = traversalsOf(context, flow);
    const impact = workImpact(context, [{ laneId: from.laneId, minutesPerCase: switches * SYSTEM_SWITCH_MINUTES }]);
    const params = {
      from: wording.step(from.id),
      to: wording.step(to.id),
      fromSystem,
      toSystem,
      lane: wording.lane(from.laneId),
      times: wording.times(switches),
      assumed: wording.duration(SYSTEM_SWITCH_MINUTES),
      minutes: wording.duration(impact.impactMinutesPerCase),
    };
    findings.push(
      buildFinding(context, wording, {
        category: 'motion',
        ruleName: 'system-switch',
        idParts: [flow.id],
        title: wording.text('motion.systemSwitch.title', params),
        explanation: wording.text('motion.systemSwitch.explanation', params),
        stepIds: [from.id, to.id],
        flowIds: [flow.id],
        impact,
        annual: 'work',
      }),
    );
  }
  return findings;
}
