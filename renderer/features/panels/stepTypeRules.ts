import type { MapState, Step } from '../../../shared/model/types';
import { STEP_TYPES, type StepType } from '../../../shared/model/vocabulary';

export interface StepTypeRules {
  allowed: ReadonlySet<StepType>;
  /** Why the type cannot change at all (i18n key under `step.`), when that is the case. */
  lockReason: 'typeLockedStart' | 'typeLockedLastEnd' | null;
}

/**
 * Which kinds a step may become without breaking domain.md 1.1 (exactly one start,
 * at least one end, no flows out of an end): the same rules the `step/update` command
 * enforces, so the inspector offers only changes that will be applied.
 */
export function allowedStepTypes(step: Step, state: MapState): StepTypeRules {
  if (step.type === 'start') return { allowed: new Set(['start']), lockReason: 'typeLockedStart' };
  const endCount = state.steps.filter((other) => other.type === 'end').length;
  if (step.type === 'end' && endCount <= 1) return { allowed: new Set(['end']), lockReason: 'typeLockedLastEnd' };
  const hasStart = state.steps.some((other) => other.type === 'start');
  const hasOutgoing = state.flows.some((flow) => flow.from === step.id);
  const allowed = new Set<StepType>(
    STEP_TYPES.filter((type) => {
      if (type === step.type) return true;
      // Parallel gateways come in split–join pairs; turning one step into one would leave a split without its join, so the palette places them as a pair.
      if (type === 'parallel') return false;
      if (type === 'start') return !hasStart;
      if (type === 'end') return !hasOutgoing;
      return true;
    }),
  );
  return { allowed, lockReason: null };
}
