import { describe, expect, it } from 'vitest';
import type { Flow, MapState, Step } from '../../../shared/model/types';
import { allowedStepTypes } from './stepTypeRules';

function step(id: string, type: Step['type']): Step {
  return {
    id, type, label: id, laneId: 'l', processTime: 0, waitTime: 0, completeAccurate: 1,
    valueType: 'business-required', activity: 'work', system: '', position: { x: 0, y: 0 },
  };
}
const flow = (id: string, from: string, to: string): Flow => ({ id, from, to, rework: false, medium: 'other', label: '' });

const state: MapState = {
  lanes: [{ id: 'l', name: 'Lane' }],
  steps: [step('s', 'start'), step('a', 'activity'), step('b', 'activity'), step('e1', 'end'), step('e2', 'end')],
  flows: [flow('f1', 's', 'a'), flow('f2', 'a', 'e1'), flow('f3', 'b', 'e2')],
  annotations: [],
};

describe('allowedStepTypes (the rules step/update enforces)', () => {
  it('keeps the one start a start', () => {
    expect(allowedStepTypes(step('s', 'start'), state)).toEqual({ allowed: new Set(['start']), lockReason: 'typeLockedStart' });
  });

  it('offers no second start, and no end for a step with outgoing flows', () => {
    expect([...allowedStepTypes(step('a', 'activity'), state).allowed].sort()).toEqual(['activity', 'decision']);
  });

  it('lets a step without outgoing flows become an end', () => {
    const withoutOutgoing = { ...state, flows: state.flows.filter((f) => f.from !== 'b') };
    expect(allowedStepTypes(step('b', 'activity'), withoutOutgoing).allowed.has('end')).toBe(true);
  });

  it('lets one of two ends change, but locks the last end', () => {
    expect(allowedStepTypes(step('e1', 'end'), state).lockReason).toBeNull();
    const oneEnd = { ...state, steps: state.steps.filter((s) => s.id !== 'e2') };
    expect(allowedStepTypes(step('e1', 'end'), oneEnd)).toEqual({ allowed: new Set(['end']), lockReason: 'typeLockedLastEnd' });
  });

  it('offers start when the map has none', () => {
    const noStart = { ...state, steps: state.steps.filter((s) => s.type !== 'start') };
    expect(allowedStepTypes(step('a', 'activity'), noStart).allowed.has('start')).toBe(true);
  });
});
