import { describe, expect, it } from 'vitest';
import type { ProcessMap } from '../../../shared/model/types';
import { annotationNodeId } from './flowTypes';
import { planAddElement, type AddElementRequest } from './planAddElement';
import { placeInOtherLane } from '../../../shared/layout/placeNextStep';
import { workedExample } from '../../../shared/layout/testMaps';

function mapOf(): ProcessMap {
  return {
    format: 'stroomlijn-map',
    schemaVersion: 2,
    meta: { title: 'T', description: '', organisation: '', author: '', language: 'nl', createdAt: '', updatedAt: '' },
    settings: { casesPerYear: 0, hoursPerDay: 8, currency: 'EUR', defaultHourlyCost: 45, workdayStart: '09:00' },
    ...workedExample(),
    actions: [],
    dismissedFindings: [],
    rootCauses: [],
    future: null,
  };
}

const request = (overrides: Partial<AddElementRequest>): AddElementRequest => ({
  kind: 'activity',
  at: null,
  viewCenter: { x: 0, y: 0 },
  selectedStepIds: [],
  text: 'Nieuwe stap',
  ...overrides,
});

describe('planAddElement', () => {
  it('drops a step centred on the drop point, in the lane under it', () => {
    const map = mapOf();
    const plan = planAddElement(map, 'current', map, request({ at: { x: 1200, y: 270 } }));
    expect(plan?.command).toMatchObject({ type: 'step/add', step: { id: 's1', type: 'activity', laneId: 'mgr', label: 'Nieuwe stap', position: { x: 1130, y: 220 } } });
    expect(plan?.nodeId).toBe('s1');
  });

  it('adds after the one selected step, connected from it', () => {
    const map = mapOf();
    const plan = planAddElement(map, 'future', map, request({ kind: 'decision', selectedStepIds: ['end'] }));
    // An end step cannot be followed: the step goes to the view centre instead, unconnected.
    expect(plan?.command).not.toHaveProperty('connectFrom');
    // D has two ways out (a decision): the new step is one more way out, right of D.
    const after = planAddElement(map, 'future', map, request({ kind: 'decision', selectedStepIds: ['D'] }));
    expect(after?.command).toEqual(expect.objectContaining({ type: 'step/add', target: 'future', connectFrom: { stepId: 'D', flowId: 'f6' } }));
    expect(after?.followUps).toEqual([]);
  });

  it('inserts between a step and its one successor: A → B becomes A → new → B, keeping the flow of A', () => {
    const map = mapOf();
    const plan = planAddElement(map, 'current', map, request({ selectedStepIds: ['A'] }));
    // A (sec, x 220) → B (mgr): one stride right of A in sec (x 440) is free, nothing moves.
    expect(plan?.command).toMatchObject({ type: 'step/add', step: { id: 's1', laneId: 'sec', position: { x: 440, y: 50 } } });
    expect(plan?.command).not.toHaveProperty('connectFrom');
    expect(plan?.followUps).toEqual([
      { type: 'flow/update', target: 'current', flowId: 'f2', patch: { to: 's1' } },
      { type: 'flow/add', target: 'current', flow: { id: 'f6', from: 's1', to: 'B', rework: false, medium: 'other', label: '' } },
    ]);
  });

  it('makes room when the successor sits right next to the step: everything to its right moves one stride', () => {
    const map = mapOf();
    // B in A's lane, right next to it.
    map.steps = map.steps.map((step) => (step.id === 'B' ? { ...step, laneId: 'sec', position: { x: 440, y: 50 } } : step));
    const plan = planAddElement(map, 'current', map, request({ selectedStepIds: ['A'] }));
    expect(plan?.command).toMatchObject({ step: { laneId: 'sec', position: { x: 440, y: 50 } } });
    expect(plan?.followUps[0]).toEqual({
      type: 'step/move',
      target: 'current',
      moves: [
        { stepId: 'B', position: { x: 660, y: 50 } },
        { stepId: 'D', position: { x: 880, y: 230 } },
        { stepId: 'end', position: { x: 1100, y: 230 } },
      ],
    });
  });

  it('does not insert before a rework flow, nor after a decision: they get another way out', () => {
    const map = mapOf();
    // B's only way out made rework: Enter adds a plain way out.
    map.flows = map.flows.map((flow) => (flow.id === 'f3' ? { ...flow, rework: true } : flow));
    const plan = planAddElement(map, 'current', map, request({ selectedStepIds: ['B'] }));
    expect(plan?.command).toMatchObject({ connectFrom: { stepId: 'B' } });
    expect(plan?.followUps).toEqual([]);
    // The decision D with one plain way out (to end): Enter adds its next branch.
    const decision = mapOf();
    decision.flows = decision.flows.filter((flow) => flow.id !== 'f5');
    const branch = planAddElement(decision, 'current', decision, request({ selectedStepIds: ['D'] }));
    expect(branch?.command).toMatchObject({ connectFrom: { stepId: 'D' } });
    expect(branch?.followUps).toEqual([]);
  });

  it('puts a clicked step in the lane at the view centre, at a free spot', () => {
    const map = mapOf();
    const plan = planAddElement(map, 'current', map, request({ viewCenter: { x: 950, y: 300 } }));
    // Centred at 950 it would overlap "end" (880) in mgr; the next free stride is further right.
    expect(plan?.command).toMatchObject({ step: { laneId: 'mgr', position: { x: 1100, y: 230 } } });
  });

  it('centres notes and kaizen bursts on the point', () => {
    const map = mapOf();
    const plan = planAddElement(map, 'current', map, request({ kind: 'kaizen', at: { x: 500, y: 500 }, text: '' }));
    expect(plan?.command).toEqual({
      type: 'annotation/add',
      target: 'current',
      annotation: { id: 'a2', kind: 'kaizen', text: '', position: { x: 400, y: 440 } },
    });
    expect(plan?.nodeId).toBe(annotationNodeId('a2'));
  });

  it('puts a clicked note next to what is already at the view centre, not on top of it', () => {
    const map = mapOf();
    // The kaizen burst a1 covers 300–510 × 400–530; a note centred at (400, 460) would overlap it.
    const plan = planAddElement(map, 'current', map, request({ kind: 'note', viewCenter: { x: 400, y: 460 }, text: '' }));
    expect(plan?.command).toMatchObject({ annotation: { kind: 'note', position: { x: 510, y: 410 } } });
  });

  it('cannot add a step to a map without lanes', () => {
    const map = { ...mapOf(), lanes: [] };
    expect(planAddElement(map, 'current', map, request({}))).toBeNull();
  });
});

describe('placeInOtherLane', () => {
  it('puts a step moved to another lane in that band at a free spot, not on top of a step there', () => {
    const state = mapOf();
    // A (sec, x 220) to mgr: B stands at 440 in mgr; 220 + 150 wide + 70 gap = 440 leaves room, so A keeps x 220.
    expect(placeInOtherLane(state, 'A', 'mgr')).toEqual({ laneId: 'mgr', position: { x: 220, y: 230 } });
    // A at x 880 to mgr would cover 'end' (880–1010): the next stride, 1100, keeps the 70 gap (1010 + 70 ≤ 1100).
    const moved = { ...state, steps: state.steps.map((step) => (step.id === 'A' ? { ...step, position: { x: 880, y: 50 } } : step)) };
    expect(placeInOtherLane(moved, 'A', 'mgr')?.position.x).toBe(1100);
  });
});
