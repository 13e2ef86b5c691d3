import { proposeCombineWithPrevious, singleStepOf } from './common';
import type { Countermeasure, PlaybookContext, Proposal } from './types';
import type { Step } from '../../model/types';

/**
 * The new wait of a batch step whose interval goes from `batchInterval` to `newIntervalMinutes`.
 * Work waits on average half an interval for the next round (domain.md section 4); that wait
 * is taken to be part of the step's wait time, as far as the wait time reaches:
 * batch part = min(wait, interval/2), new batch part = min(batch part, newInterval/2),
 * new wait = wait − batch part + new batch part. E.g. a weekly payment run (2400 min, wait
 * 1200) made daily (480 min): 1200 − 1200 + 240 = 240 minutes.
 */
function waitAfterInterval(step: Step, newIntervalMinutes: number): number {
  const batchPart = Math.min(step.waitTime, (step.batchInterval ?? 0) / 2);
  return step.waitTime - batchPart + Math.min(batchPart, newIntervalMinutes / 2);
}

/**
 * Work in rounds of `newIntervalMinutes` (0: case by case): the step's batch interval is
 * shortened or cleared with its wait (set-batch-interval, set-wait-time), so the future state
 * no longer shows the old round as waiting work.
 */
function proposeShorterInterval(context: PlaybookContext, step: Step | undefined, textKey: string, newIntervalMinutes: number): Proposal[] {
  if (!step || step.type !== 'activity' || step.batchInterval === undefined) return [];
  const newWait = waitAfterInterval(step, newIntervalMinutes);
  if (!(newWait < step.waitTime)) return [];
  return [
    {
      textKey,
      params: {
        step: context.quote(step.id),
        interval: context.duration(step.batchInterval),
        half: context.duration(step.batchInterval / 2),
        wait: context.duration(step.waitTime),
        newWait: context.duration(newWait),
      },
      effects: [
        { type: 'set-batch-interval', stepId: step.id, minutes: newIntervalMinutes > 0 ? newIntervalMinutes : null },
        { type: 'set-wait-time', stepId: step.id, minutes: newWait },
      ],
    },
  ];
}

/**
 * Inventory (work collected and done in rounds): case by case instead of in rounds, a round
 * every day, or doing it in one go with the step before it.
 */
export const inventoryCountermeasures: readonly Countermeasure[] = [
  {
    id: 'one-by-one',
    ecrs: 'eliminate',
    effort: 'medium',
    propose: (finding, context) => proposeShorterInterval(context, singleStepOf(finding, context), 'inventory.oneByOne', 0),
  },
  {
    id: 'combine-with-previous',
    ecrs: 'combine',
    effort: 'medium',
    propose: (finding, context) => {
      const step = singleStepOf(finding, context);
      return step && step.waitTime > 0 ? proposeCombineWithPrevious(context, step) : [];
    },
  },
  {
    id: 'daily',
    ecrs: 'rearrange',
    effort: 'low',
    propose: (finding, context) => {
      const step = singleStepOf(finding, context);
      if (!step || (step.batchInterval ?? 0) <= context.workingDayMinutes) return [];
      return proposeShorterInterval(context, step, 'inventory.daily', context.workingDayMinutes);
    },
  },
];
