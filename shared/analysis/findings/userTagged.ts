import type { Step } from '../../model/types';
import type { Waste } from '../../model/vocabulary';
import type { Finding } from '../types';
import { type FindingRule, buildStepFinding, categoryBitOf, defineRule } from './finding';
import { type Impact, delayImpact, laneWorkImpact } from './impact';
import { type DetectorScope, leadTimeDelayOf } from './scope';

/** Wastes that are about time lying idle, not about work done. */
const DELAY_WASTES: ReadonlySet<Waste> = new Set(['waiting', 'inventory']);

/**
 * Any category, including overproduction (domain.md section 4): one finding per visited step
 * and waste the user tagged in `wastes`, unless a detected finding of that category already
 * names the step (no duplicates). The map does not say how much of the step is waste, so the
 * impact is what is at stake: for waiting and inventory the step's wait v·waitTime (case-hours,
 * cost 0), for the other wastes the step's work v·processTime (person-hours in its lane).
 * Runs after the other detectors on the same scope: it reads what they found in
 * `scope.categoriesFound`.
 */
export function detectUserTagged(scope: DetectorScope): Finding[] {
  const { steps, visits } = scope;
  const tagged: number[] = [];
  for (let i = 0; i < scope.visitedSteps.length; i++) {
    const s = scope.visitedSteps[i] as number;
    if (((steps[s] as Step).wastes?.length ?? 0) > 0) tagged.push(s);
  }
  if (tagged.length === 0) return [];
  // One rule per waste: the category, and whether the stake is delay or work, follow from it.
  const rules = new Map<Waste, FindingRule<number>>();
  const findings: Finding[] = [];
  for (const s of tagged) {
    const step = steps[s] as Step;
    for (const waste of new Set(step.wastes ?? [])) {
      if (((scope.categoriesFound[s] as number) & categoryBitOf(waste)) !== 0) continue;
      const stepVisits = visits[s] as number;
      const impact: Impact = DELAY_WASTES.has(waste)
        ? delayImpact(scope, leadTimeDelayOf(scope, s, stepVisits * step.waitTime))
        : laneWorkImpact(scope, step.laneId, stepVisits * step.processTime);
        findings.push(buildStepFinding(ruleOf(scope, rules, waste), s, impact));
    }
  }
  return findings;
}

/**
 * The rule of `waste` from `rules`, defined on first use. A function of the module rather than
 * a closure per analysis: the loop above calls it per tagged step, and V8 threw away its
 * compiled code at every major collection once the closure it was made for had died.
 */
function ruleOf(scope: DetectorScope, rules: Map<Waste, FindingRule<number>>, waste: Waste): FindingRule<number> {
  let rule = rules.get(waste);
  if (!rule) {
    rule = defineUserTaggedRule(scope, waste);
    rules.set(waste, rule);
  }
  return rule;
}

/** The user-tagged rule of one waste: the category, and whether the stake is delay or work, follow from it. */
function defineUserTaggedRule(scope: DetectorScope, waste: Waste): FindingRule<number> {
  const { wording, steps } = scope;
  const isDelay = DELAY_WASTES.has(waste);
  return defineRule<number>(scope, waste, 'user-tagged', isDelay ? 'delay' : 'work', (s, finding) => {
    const params = {
      step: wording.step((steps[s] as Step).id),
      waste: wording.text(`waste.${waste}.name`),
      meaning: wording.text(`waste.${waste}.meaning`),
      minutes: wording.duration(finding.impactMinutesPerCase),
    };
    return {
      title: wording.text('userTagged.title', params),
      explanation: wording.text('userTagged.explanation', params) + ' ' + wording.text(isDelay ? 'userTagged.delay' : 'userTagged.work', params),
    };
  });
}
