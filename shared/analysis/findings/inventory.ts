import type { Step } from '../../model/types';
import type { Finding } from '../types';
import { buildStepFinding, defineRule } from './finding';
import { delayImpact } from './impact';
import type { DetectorScope } from './scope';

/**
 * Inventory (domain.md section 4): a visited step with a batchInterval. Work that arrives at a
 * random moment waits on average half the interval for the next batch, so the impact is
 * v·batchInterval/2 minutes of extra delay per case (case-hours, cost 0).
 */
export function detectInventory(scope: DetectorScope): Finding[] {
  const { wording, steps, visits } = scope;
  const rule = defineRule<number>(scope, 'inventory', 'batch', 'delay', (s, finding) => {
    const step = steps[s] as Step;
    const intervalMinutes = step.batchInterval ?? 0;
    const params = {
      step: wording.step(step.id),
      interval: wording.duration(intervalMinutes),
      half: wording.duration(intervalMinutes / 2),
      total: wording.duration(finding.impactMinutesPerCase),
    };
    return { title: wording.text('inventory.batch.title', params), explanation: wording.text('inventory.batch.explanation', params) };
  });
  const findings: Finding[] = [];
  for (let i = 0; i < scope.visitedSteps.length; i++) {
    const s = scope.visitedSteps[i] as number;
    const step = steps[s] as Step;
    if (step.batchInterval === undefined || !(step.batchInterval > 0)) continue;
    const minutes = ((visits[s] as number) * step.batchInterval) / 2;
    findings.push(buildStepFinding(rule, s, delayImpact(scope, minutes)));
  }
  return findings;
}
