import { proposeCombineWithPrevious, proposeMakeLess, proposeStopStep, singleStepOf } from './common';
import type { Countermeasure } from './types';

/** Overproduction (steps the user tagged: more is made than anyone needs): stop, make less, combine. */
export const overproductionCountermeasures: readonly Countermeasure[] = [
  {
    id: 'stop',
    ecrs: 'eliminate',
    effort: 'low',
    propose: (finding, context) => {
      const step = singleStepOf(finding, context);
      return step ? proposeStopStep(context, step, context.text('common.reason.overproduction')) : [];
    },
  },
  {
    id: 'combine-with-previous',
    ecrs: 'combine',
    effort: 'medium',
    propose: (finding, context) => {
      const step = singleStepOf(finding, context);
      return step ? proposeCombineWithPrevious(context, step) : [];
    },
  },
  {
    id: 'make-less',
    ecrs: 'simplify',
    effort: 'low',
    propose: (finding, context) => {
      const step = singleStepOf(finding, context);
      return step ? proposeMakeLess(context, step, context.text('common.reason.overproduction')) : [];
    },
  },
];
