import { flowsOf, isActivity, LEANER_SHARE, mergeEffects, proposeFixedPlace, roundMinutes, singleStepOf } from './common';
import type { Countermeasure, PlaybookContext, Proposal } from './types';
import type { Step } from '../../model/types';

/** Share of the process time left when everything for the step is within reach. */
const WITHIN_REACH_SHARE = 0.75;

function proposeShorterStep(context: PlaybookContext, step: Step, textKey: string, share: number): Proposal[] {
  if (!(step.processTime > 0)) return [];
  const newMinutes = roundMinutes(step.processTime * share);
  return [
    {
      textKey,
      params: { step: context.quote(step.id), minutes: context.duration(step.processTime), newMinutes: context.duration(newMinutes) },
      effects: [{ type: 'set-process-time', stepId: step.id, minutes: newMinutes }],
    },
  ];
}

/** Motion (searching, switching systems, walking and clicking): a fixed place, one system, shortcuts, within reach. */
export const motionCountermeasures: readonly Countermeasure[] = [
  {
    id: 'fixed-place',
    ecrs: 'eliminate',
    effort: 'medium',
    propose: (finding, context) => {
      const step = singleStepOf(finding, context);
      return step ? proposeFixedPlace(context, step) : [];
    },
  },
  {
    id: 'one-system',
    ecrs: 'combine',
    effort: 'medium',
    propose: (finding, context) => {
      if (finding.rule !== 'motion/system-switch') return [];
      return flowsOf(finding, context).flatMap((flow): Proposal[] => {
        const from = context.step(flow.from);
        const to = context.step(flow.to);
        if (!isActivity(from) || !isActivity(to) || from.laneId !== to.laneId) return [];
        return [
          {
            textKey: 'motion.oneSystem',
            params: {
              from: context.quote(from.id),
              to: context.quote(to.id),
              lane: context.laneName(from.laneId),
              fromSystem: from.system.trim(),
              toSystem: to.system.trim(),
              times: context.times(context.traversals(flow)),
            },
            effects: mergeEffects(context, from, [to]),
          },
        ];
      });
    },
  },
  {
    id: 'search-shortcut',
    ecrs: 'simplify',
    effort: 'low',
    propose: (finding, context) => {
      const step = singleStepOf(finding, context);
      return isActivity(step) && step.activity === 'search' ? proposeShorterStep(context, step, 'motion.searchShortcut', LEANER_SHARE) : [];
    },
  },
  {
    id: 'within-reach',
    ecrs: 'simplify',
    effort: 'low',
    propose: (finding, context) => {
      const step = singleStepOf(finding, context);
      if (finding.rule !== 'motion/user-tagged' || !isActivity(step) || step.activity === 'search') return [];
      return proposeShorterStep(context, step, 'motion.withinReach', WITHIN_REACH_SHARE);
    },
  },
];
