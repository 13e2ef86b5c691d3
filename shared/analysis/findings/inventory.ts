import type { AnalysisContext } from '../context';
import type { Finding } from '../types';
import { buildFinding } from './finding';
import { delayImpact, visitedSteps, visitsOf } from './impact';
import type { Wording } from './wording';

/**
 * Inventory (domain.md section 4): a visited step with a batchInterval. Work that arrives at a
 * random moment waits on average half the interval for the next batch, so the impact is
 * v·batchInterval/2 minutes of extra delay per case (case-hours, cost 0).
 */
export function detectInventory(context: AnalysisContext, wording: Wording): Finding[] {
  return visitedSteps(context)
    .filter((step) => step.batchInterval !== undefined && step.batchInterval > 0)
    .map((step) => {
      const intervalMinutes = step.batchInterval ?? 0;
      const minutes = (visitsOf(context, step.id) * intervalMinutes) / 2;
      const params = {
        step: wording.step(step.id),
        interval: wording.duration(intervalMinutes),
        half: wording.duration(intervalMinutes / 2),
        total: wording.duration(minutes),
      };
      return buildFinding(context, wording, {
        category: 'inventory',
        ruleName: 'batch',
        idParts: [step.id],
        title: wording.text('inventory.batch.title', params),
        explanation: wording.text('inventory.batch.explanation', params),
        stepIds: [step.id],
        flowIds: [],
        impact: delayImpact(context, minutes),
        annual: 'delay',
      });
    });
}
