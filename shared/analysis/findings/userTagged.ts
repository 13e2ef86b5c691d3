import type { Waste } from '../../model/vocabulary';
import type { AnalysisContext } from '../context';
import type { Finding } from '../types';
import { buildFinding } from './finding';
import { type Impact, delayImpact, visitedSteps, visitsOf, workImpact } from './impact';
import type { Wording } from './wording';

/** Wastes that are about time lying idle, not about work done. */
const DELAY_WASTES: ReadonlySet<Waste> = new Set(['waiting', 'inventory']);

/**
 * Any category, including overproduction (domain.md section 4): one finding per visited step
 * and waste the user tagged in `wastes`, unless a detected finding of that category already
 * names the step (no duplicates). The map does not say how much of the step is waste, so the
 * impact is what is at stake: for waiting and inventory the step's wait v·waitTime (case-hours,
 * cost 0), for the other wastes the step's work v·processTime (person-hours in its lane).
 */
export function detectUserTagged(context: AnalysisContext, wording: Wording, detected: readonly Finding[]): Finding[] {
  // Only pairs the user tagged can be covered; checking those keeps this linear without
  // building a key for every step of every finding (lane pairs list thousands on big maps).
  const covered = new Set<string>();
  for (const finding of detected) {
    for (const stepId of finding.stepIds) {
      const tags: readonly string[] = context.stepsById.get(stepId)?.wastes ?? [];
      if (tags.includes(finding.category)) covered.add(`${finding.category} ${stepId}`);
    }
  }
  const findings: Finding[] = [];
  for (const step of visitedSteps(context)) {
    for (const waste of new Set(step.wastes ?? [])) {
      if (covered.has(`${waste} ${step.id}`)) continue;
      const visits = visitsOf(context, step.id);
      const isDelay = DELAY_WASTES.has(waste);
      const impact: Impact = isDelay
        ? delayImpact(context, visits * step.waitTime)
        : workImpact(context, [{ laneId: step.laneId, minutesPerCase: visits * step.processTime }]);
      const params = {
        step: wording.step(step.id),
        waste: wording.text(`waste.${waste}.name`),
        meaning: wording.text(`waste.${waste}.meaning`),
        minutes: wording.duration(impact.impactMinutesPerCase),
      };
      findings.push(
        buildFinding(context, wording, {
          category: waste,
          ruleName: 'user-tagged',
          idParts: [step.id],
          title: wording.text('userTagged.title', params),
          explanation:
            wording.text('userTagged.explanation', params) + ' ' + wording.text(isDelay ? 'userTagged.delay' : 'userTagged.work', params),
          stepIds: [step.id],
          flowIds: [],
          impact,
          annual: isDelay ? 'delay' : 'work',
        }),
      );
    }
  }
  return findings;
}
