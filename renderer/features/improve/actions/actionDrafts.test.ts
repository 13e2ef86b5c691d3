import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../../shared/commands/apply';
import { createEmptyMap } from '../../../../shared/model/defaults';
import type { Action } from '../../../../shared/model/types';
import { actionPatch, createActionId, createBlankAction, losesHandEdits } from './actionDrafts';

const baseMap = createEmptyMap({ title: 'Test', language: 'nl', now: '2026-11-26T10:00:00Z' });

function withAction(action: Action) {
  return applyCommand(baseMap, { type: 'action/add', action }).map;
}

describe('action drafts', () => {
  it('creates ids that no element or action uses', () => {
    const first = createBlankAction(baseMap);
    const map = withAction(first);
    expect(createActionId(map)).not.toBe(first.id);
    expect(map.actions).toHaveLength(1);
  });

  it('patches only the changed fields', () => {
    const action = createBlankAction(baseMap);
    expect(actionPatch(action, { ...action, owner: 'Anna', findingIds: ['x'] })).toEqual({ owner: 'Anna', findingIds: ['x'] });
    expect(actionPatch(action, { ...action })).toEqual({});
  });

  it('warns only when a hand-edited stored future would be rebuilt', () => {
    const lane = baseMap.lanes[0];
    if (!lane) throw new Error('the empty map has lanes');
    const accepted: Action = {
      ...createBlankAction(baseMap),
      status: 'accepted',
      effects: [{ type: 'set-wait-time', stepId: baseMap.steps[1]?.id ?? '', minutes: 5 }],
    };
    let map = withAction(accepted);
    const proposed = { ...accepted, status: 'proposed' as const };
    expect(losesHandEdits(map, accepted, proposed)).toBe(false);
    map = applyCommand(map, { type: 'future/rebuild' }).map;
    expect(losesHandEdits(map, accepted, proposed)).toBe(false);
    map = applyCommand(map, { type: 'lane/update', target: 'future', laneId: lane.id, patch: { name: 'Anders' } }).map;
    expect(losesHandEdits(map, accepted, proposed)).toBe(true);
    expect(losesHandEdits(map, accepted, undefined)).toBe(true);
    expect(losesHandEdits(map, accepted, { ...accepted, owner: 'Piet' })).toBe(false);
  });
});
