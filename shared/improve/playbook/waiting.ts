import { isActivity, proposeDropCheck, proposeMandate, singleStepOf } from './common';
import type { Countermeasure, PlaybookContext, Proposal } from './types';
import type { Step } from '../../model/types';

/** Two fixed pick-up moments a day: work waits at most a quarter of a working day on average. */
const FIXED_MOMENTS_WAIT_DAYS = 0.25;
/** A service level of one working day. */
const SERVICE_LEVEL_WAIT_DAYS = 1;

function proposeShorterWait(context: PlaybookContext, step: Step | undefined, textKey: string, waitDays: number): Proposal[] {
  if (!step || (step.type !== 'activity' && step.type !== 'decision')) return [];
  const newWait = waitDays * context.workingDayMinutes;
  if (!(step.waitTime > newWait)) return [];
  // The client's or supplier's lane (the start step's) is not ours to plan: only an agreement with them fits.
  const isExternal = step.laneId === context.outsideLaneId;
  if (isExternal && textKey !== 'waiting.serviceLevel') return [];
  return [
    {
      textKey: isExternal ? 'waiting.serviceLevelExternal' : textKey,
      params: { step: context.quote(step.id), lane: context.laneName(step.laneId), wait: context.duration(step.waitTime), newWait: context.duration(newWait) },
      effects: [{ type: 'set-wait-time', stepId: step.id, minutes: newWait }],
    },
  ];
}

/**
 * Waiting (a long wait before one step): approve or check less, pick the work up at fixed
 * moments, agree a service level, or let the lane that has the case approve it.
 */
export const waitingCountermeasures: readonly Countermeasure[] = [
  {
    id: 'drop-approval',
    ecrs: 'eliminate',
    effort: 'medium',
    propose: (finding, context) => {
      const step = singleStepOf(finding, context);
      if (!isActivity(step)) return [];
      const reason = context.text('common.reason.waiting', { wait: context.duration(step.waitTime), lane: context.laneName(step.laneId) });
      return proposeDropCheck(context, step, reason);
    },
  },
  {
    id: 'mandate',
    ecrs: 'rearrange',
    effort: 'medium',
    propose: (finding, context) => {
      const step = singleStepOf(finding, context);
      return step ? proposeMandate(context, step) : [];
    },
  },
  {
    id: 'fixed-moments',
    ecrs: 'rearrange',
    effort: 'medium',
    propose: (finding, context) => proposeShorterWait(context, singleStepOf(finding, context), 'waiting.fixedMoments', FIXED_MOMENTS_WAIT_DAYS),
  },
  {
    id: 'service-level',
    ecrs: 'rearrange',
    effort: 'low',
    propose: (finding, context) => proposeShorterWait(context, singleStepOf(finding, context), 'waiting.serviceLevel', SERVICE_LEVEL_WAIT_DAYS),
  },
];
