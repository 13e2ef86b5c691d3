import type { Step } from '../../model/types';
import type { Finding } from '../types';
import { buildFlowFinding, buildStepFinding, defineRule } from './finding';
import { laneWorkImpact } from './impact';
import { type DetectorScope, workMinutesPerCaseOf } from './scope';

/**
 * Minutes one switch between systems costs (close, open, log in, find the case again).
 * The map does not record it, so this is a stated, deliberately small assumption; the
 * explanation says so.
 */
export const SYSTEM_SWITCH_MINUTES = 1;

/** Motion (domain.md section 4): searching, and switching systems between consecutive steps. */
export function detectMotion(scope: DetectorScope): Finding[] {
  return [...detectSearch(scope), ...detectSystemSwitches(scope)];
}

/** Each visited step with activity 'search'. Impact: its work, v·processTime person-minutes. */
function detectSearch(scope: DetectorScope): Finding[] {
  const { wording, steps } = scope;
  const rule = defineRule<number>(scope, 'motion', 'search', 'work', (s) => {
    const params = { step: wording.step((steps[s] as Step).id), minutes: wording.duration(workMinutesPerCaseOf(scope, s)) };
    return { title: wording.text('motion.search.title', params), explanation: wording.text('motion.search.explanation', params) };
  });
  const findings: Finding[] = [];
  for (let i = 0; i < scope.visitedSteps.length; i++) {
    const s = scope.visitedSteps[i] as number;
    const step = steps[s] as Step;
    if (step.activity !== 'search') continue;
    findings.push(buildStepFinding(rule, s, laneWorkImpact(scope, step.laneId, workMinutesPerCaseOf(scope, s))));
  }
  return findings;
}

/** The system a step names, trimmed, and the same in lower case for comparing. */
interface StepSystem {
  name: string;
  key: string;
}

/**
 * A flow s→t a case takes within one lane where both steps name a system and the systems
 * differ (trimmed, case-insensitive): the same person switches tools. Impact: switches per
 * case v(s)·p × {@link SYSTEM_SWITCH_MINUTES}, person-minutes in that lane.
 */
function detectSystemSwitches(scope: DetectorScope): Finding[] {
  const { wording, steps, traversals } = scope;
  const { graph } = scope.context;
  // Steps share a handful of systems: trim and lower-case each distinct text once.
  const systems = new Map<string, StepSystem>();
  const rule = defineRule<number>(scope, 'motion', 'system-switch', 'work', (f, finding) => {
    const from = steps[graph.flowFrom[f] as number] as Step;
    const to = steps[graph.flowTo[f] as number] as Step;
    const params = {
      from: wording.step(from.id),
      to: wording.step(to.id),
      fromSystem: systemOf(systems, from).name,
      toSystem: systemOf(systems, to).name,
      lane: wording.lane(from.laneId),
      times: wording.times(traversals[f] as number),
      assumed: wording.duration(SYSTEM_SWITCH_MINUTES),
      minutes: wording.duration(finding.impactMinutesPerCase),
    };
    return {
      title: wording.text('motion.systemSwitch.title', params),
      explanation: wording.text('motion.systemSwitch.explanation', params),
    };
  });
  const findings: Finding[] = [];
  for (let i = 0; i < scope.takenFlows.length; i++) {
    const f = scope.takenFlows[i] as number;
    const from = steps[graph.flowFrom[f] as number] as Step;
    const to = steps[graph.flowTo[f] as number] as Step;
    if (from.laneId !== to.laneId) continue;
    const fromSystem = systemOf(systems, from);
    const toSystem = systemOf(systems, to);
    if (fromSystem.name === '' || toSystem.name === '' || fromSystem.key === toSystem.key) continue;
    const impact = laneWorkImpact(scope, from.laneId, (traversals[f] as number) * SYSTEM_SWITCH_MINUTES);
    findings.push(buildFlowFinding(rule, f, impact));
  }
  return findings;
}

/**
 * The system `step` names, from `systems` (filled as distinct texts come up). A function of the
 * module rather than a closure per analysis, whose compiled code V8 threw away at every major
 * collection once the closure had died.
 */
function systemOf(systems: Map<string, StepSystem>, step: Step): StepSystem {
  let system = systems.get(step.system);
  if (!system) {
    const name = step.system.trim();
    system = { name, key: name.toLocaleLowerCase('en') };
    systems.set(step.system, system);
  }
  return system;
}
