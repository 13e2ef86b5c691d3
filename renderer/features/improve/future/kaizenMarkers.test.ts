import { describe, expect, it } from 'vitest';
import { applyActions } from '../../../../shared/improve/futureState';
import type { Action, MapState } from '../../../../shared/model/types';
import { workedExample } from '../../../../shared/layout/testMaps';
import { kaizenMarkers } from './kaizenMarkers';

function action(id: string, status: Action['status'], effects: Action['effects']): Action {
  return { id, title: id, description: '', findingIds: [], ecrs: 'simplify', owner: '', dueDate: '', effort: 'low', status, effects };
}

describe('kaizen bursts of accepted actions', () => {
  const state: MapState = workedExample();
  const [firstStep, secondStep] = state.steps.filter((step) => step.type === 'activity');
  const flowOut = state.flows.find((flow) => flow.from === secondStep?.id);
  if (!firstStep || !secondStep || !flowOut) throw new Error('the worked example has two activities');

  it('marks the steps the effects of accepted and done actions touch, not proposed or rejected ones', () => {
    const actions = [
      action('x', 'accepted', [{ type: 'set-wait-time', stepId: firstStep.id, minutes: 0 }]),
      action('y', 'done', [{ type: 'set-medium', flowId: flowOut.id, medium: 'system' }]),
      action('z', 'proposed', [{ type: 'set-wait-time', stepId: secondStep.id, minutes: 0 }]),
      action('w', 'rejected', [{ type: 'set-wait-time', stepId: secondStep.id, minutes: 0 }]),
    ];
    const markers = kaizenMarkers(actions, state, state);
    expect(markers.map((marker) => [marker.actionId, marker.stepId, marker.number])).toEqual([
      ['x', firstStep.id, 1],
      ['y', secondStep.id, 2],
    ]);
  });

  it('lines up several bursts on one step and leaves out steps the future no longer has', () => {
    const actions = [
      action('x', 'accepted', [{ type: 'set-wait-time', stepId: firstStep.id, minutes: 0 }]),
      action('y', 'accepted', [{ type: 'set-process-time', stepId: firstStep.id, minutes: 1 }]),
      action('z', 'accepted', [{ type: 'remove-step', stepId: secondStep.id }]),
    ];
    const current = kaizenMarkers(actions, state, state);
    expect(current).toHaveLength(3);
    expect(current[0]?.x).not.toBe(current[1]?.x);
    const future = applyActions({ ...state, actions } as never, actions).state;
    expect(kaizenMarkers(actions, future, state).map((marker) => marker.actionId)).toEqual(['x', 'y']);
  });
});
