import type { AnalysisContext } from '../context';
import type { Finding } from '../types';
import { buildFinding } from './finding';
import { delayImpact, visitedSteps, visitsOf } from './impact';
import type { Wording } from './wording';

/** A step's total wait per case counts as long from this share of the lead time on. */
export const LONG_WAIT_SHARE_OF_LEAD_TIME = 0.2;
/** Float tolerance for the share comparison (visits come from a linear solve). */
const TOLERANCE = 1e-9;

/**
 * Waiting (domain.md section 4): a visited step whose wait per case v·waitTime is ≥ 20% of the
 * lead time LT, or whose wait per visit is ≥ 1 working day (60 · hoursPerDay minutes).
 * Impact: v·waitTime minutes of delay per case (case-hours per year, cost 0).
 */
export function detectWaiting(context: AnalysisContext, wording: Wording): Finding[] {
  const leadTimeMinutes = context.metrics.leadTimeMinutes;
  const workingDayMinutes = 60 * context.input.settings.hoursPerDay;
  const findings: Finding[] = [];
  for (const step of visitedSteps(context)) {
    if (step.waitTime <= 0) continue;
    const visits = visitsOf(context, step.id);
    const waitPerCaseMinutes = visits * step.waitTime;
    const share = leadTimeMinutes > 0 ? waitPerCaseMinutes / leadTimeMinutes : 0;
    const isLongShare = share >= LONG_WAIT_SHARE_OF_LEAD_TIME - TOLERANCE;
    const isLongPerVisit = step.waitTime >= workingDayMinutes;
    if (!isLongShare && !isLongPerVisit) continue;

    const name = wording.step(step.id);
    const wait = wording.duration(step.waitTime);
    // Only mention visits when a case does not pass exactly once: otherwise it is noise.
    const visitsSentence =
      Math.abs(visits - 1) > 1e-9
        ? wording.text('waiting.longWait.visits', { times: wording.times(visits), total: wording.duration(waitPerCaseMinutes) }) + ' '
        : '';
    findings.push(
      buildFinding(context, wording, {
        category: 'waiting',
        ruleName: 'long-wait',
        idParts: [step.id],
        title: wording.text('waiting.longWait.title', { step: name, wait }),
        explanation:
          wording.text('waiting.longWait.explanation', { step: name, wait }) +
          ' ' +
          visitsSentence +
          wording.text('waiting.longWait.share', { share: wording.percent(share), leadTime: wording.duration(leadTimeMinutes) }),
        stepIds: [step.id],
        flowIds: [],
        impact: delayImpact(context, waitPerCaseMinutes),
        annual: 'delay',
      }),
    );
  }
  return findings;
}
