import type { Step } from '../../model/types';
import type { Finding } from '../types';
import { buildStepFinding, defineRule } from './finding';
import { delayImpact } from './impact';
import { type DetectorScope, leadTimeDelayOf } from './scope';

/** A step's total wait per case counts as long from this share of the lead time on. */
export const LONG_WAIT_SHARE_OF_LEAD_TIME = 0.2;
/** Float tolerance for the share comparison (visits come from a linear solve). */
const TOLERANCE = 1e-9;

/**
 * Waiting (domain.md section 4): a visited step whose wait per case v·waitTime is ≥ 20% of the
 * lead time LT, or whose wait per visit is ≥ 1 working day (60 · hoursPerDay minutes).
 * Impact: v·waitTime minutes of delay per case (case-hours per year, cost 0). Inside a
 * parallel block (section 7) the delay is what the lead time would lose without the wait:
 * 0 on a branch that is not critical (the text says that shortening it does not shorten
 * the lead time), less than v·waitTime where another branch takes almost as long.
 */
export function detectWaiting(scope: DetectorScope): Finding[] {
  const { context, wording, steps, visits } = scope;
  const leadTimeMinutes = context.metrics.leadTimeMinutes;
  const workingDayMinutes = 60 * context.input.settings.hoursPerDay;

  const rule = defineRule<number>(scope, 'waiting', 'long-wait', 'delay', (s) => {
    const step = steps[s] as Step;
    const stepVisits = visits[s] as number;
    const waitPerCaseMinutes = waitPerCaseOf(scope, s);
    const name = wording.step(step.id);
    const wait = wording.duration(step.waitTime);
    // Only mention visits when a case does not pass exactly once: otherwise it is noise.
    const visitsSentence =
      Math.abs(stepVisits - 1) > 1e-9
        ? wording.text('waiting.longWait.visits', { times: wording.times(stepVisits), total: wording.duration(waitPerCaseMinutes) }) + ' '
        : '';
    const saving = leadTimeDelayOf(scope, s, waitPerCaseMinutes);
    const parallelSentence =
      saving === waitPerCaseMinutes ? ''
      : saving <= 0 ? ' ' + wording.text('waiting.longWait.notCritical')
      : ' ' + wording.text('waiting.longWait.partlyCritical', { saving: wording.duration(saving) });
    return {
      title: wording.text('waiting.longWait.title', { step: name, wait }),
      explanation:
        wording.text('waiting.longWait.explanation', { step: name, wait }) +
        ' ' +
        visitsSentence +
        wording.text('waiting.longWait.share', { share: wording.percent(shareOf(waitPerCaseMinutes, leadTimeMinutes)), leadTime: wording.duration(leadTimeMinutes) }) +
        parallelSentence,
    };
  });

  const findings: Finding[] = [];
  for (let i = 0; i < scope.visitedSteps.length; i++) {
    const s = scope.visitedSteps[i] as number;
    const step = steps[s] as Step;
    if (step.waitTime <= 0) continue;
    const waitPerCaseMinutes = waitPerCaseOf(scope, s);
    const isLongShare = shareOf(waitPerCaseMinutes, leadTimeMinutes) >= LONG_WAIT_SHARE_OF_LEAD_TIME - TOLERANCE;
    const isLongPerVisit = step.waitTime >= workingDayMinutes;
    if (!isLongShare && !isLongPerVisit) continue;
    findings.push(buildStepFinding(rule, s, delayImpact(scope, leadTimeDelayOf(scope, s, waitPerCaseMinutes))));
  }
  return findings;
}

/*
 * Functions of the module rather than closures per analysis: the loop above calls them per
 * step, and V8 threw away its compiled code at each major collection once the closures it had
 * been compiled for had died.
 */

/** v·waitTime: the wait per case before step s, in minutes. */
function waitPerCaseOf(scope: DetectorScope, s: number): number {
  return (scope.visits[s] as number) * (scope.steps[s] as Step).waitTime;
}

/** The wait's share of the lead time; 0 for a lead time of 0. */
function shareOf(waitPerCaseMinutes: number, leadTimeMinutes: number): number {
  return leadTimeMinutes > 0 ? waitPerCaseMinutes / leadTimeMinutes : 0;
}
