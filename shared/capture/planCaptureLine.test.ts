import { describe, expect, it } from 'vitest';
import { applyCommand } from '../commands/apply';
import { makeTestMap } from '../commands/testSupport';
import { createEmptyMap } from '../model/defaults';
import type { ProcessMap } from '../model/types';
import { captureAnchor, planCaptureLine } from './planCaptureLine';
import { readCaptureLine, type CaptureLine } from './readCaptureLine';

function read(text: string): CaptureLine {
  const reading = readCaptureLine(text, 'nl', { hoursPerDay: 8 });
  if (reading.kind !== 'line') throw new Error(`not a line: ${text}`);
  return reading.line;
}

/** Types the lines one after the other into `map`, as the quick entry does; returns the map and the new step ids. */
function typeLines(start: ProcessMap, lines: string[]): { map: ProcessMap; stepIds: string[] } {
  let map = start;
  let previous = captureAnchor(map, []);
  const stepIds: string[] = [];
  for (const text of lines) {
    const plan = planCaptureLine({ map, target: 'current', state: map, line: read(text), previousStepId: previous, defaultLaneName: 'Medewerker' });
    for (const command of plan.commands) {
      const result = applyCommand(map, command);
      expect(result.patches.length, `${command.type} of '${text}' changed nothing`).toBeGreaterThan(0);
      map = result.map;
    }
    stepIds.push(plan.stepId);
    previous = plan.stepId;
  }
  return { map, stepIds };
}

const newMap = (): ProcessMap => createEmptyMap({ title: 'Workshop', language: 'nl', now: '2026-12-07T10:00:00Z' });

describe('planCaptureLine', () => {
  it('grows Start → 1 → 2 → … → Klaar in a new map, in the lanes the roles name', () => {
    const blank = newMap();
    const { map, stepIds } = typeLines(blank, [
      'Secretariaat: post openen, 5 min',
      'Secretariaat: factuur controleren, 10 min, wacht 2 uur',
      'Manager: akkoord geven, 2 min, wacht 2 dagen',
      'Financiën: betalen, 15 min, wacht 1 dag',
      'archiveren',
    ]);
    const state = map;
    const [start, end] = blank.steps.map((step) => step.id) as [string, string];
    // The lanes: the two of a new map (matched by name) and one new one, at the bottom.
    expect(state.lanes.map((lane) => lane.name)).toEqual(['Secretariaat', 'Manager', 'Financiën']);
    const laneOf = (id: string): string | undefined => state.lanes.find((lane) => lane.id === state.steps.find((step) => step.id === id)?.laneId)?.name;
    // No role: the lane of the step before (Financiën).
    expect(stepIds.map(laneOf)).toEqual(['Secretariaat', 'Secretariaat', 'Manager', 'Financiën', 'Financiën']);
    // One chain from start to end, with the old start → end flow now leading out of the last step.
    const next = (id: string): string[] => state.flows.filter((flow) => flow.from === id).map((flow) => flow.to);
    const chain = [start, ...stepIds, end];
    for (let index = 0; index + 1 < chain.length; index += 1) expect(next(chain[index] as string)).toEqual([chain[index + 1]]);
    expect(state.flows).toHaveLength(6);
    // Times: 2 uur = 120 min; 2 dagen = 2 × 8 × 60 = 960; 1 dag = 480.
    const figures = stepIds.map((id) => state.steps.find((step) => step.id === id)).map((step) => [step?.processTime, step?.waitTime]);
    expect(figures).toEqual([
      [5, 0],
      [10, 120],
      [2, 960],
      [15, 480],
      [0, 0],
    ]);
    // Left to right in typing order: 50 + 220 × k for the five. The end (at 570 in a new map) leaves room for the
    // first (270 + 220 = 490 ≤ 570) and moves one stride for each of the other four: 570 + 4 × 220 = 1450.
    const xs = chain.map((id) => state.steps.find((step) => step.id === id)?.position.x);
    expect(xs).toEqual([50, 270, 490, 710, 930, 1150, 1450]);
  });

  it('appends after the selected step when it leads nowhere, and at the end of the lane without a step before', () => {
    const map = makeTestMap();
    // 'a' leads to 'b' only: the new step goes between them.
    const between = planCaptureLine({ map, target: 'current', state: map, line: read('Extern: bellen'), previousStepId: 'a', defaultLaneName: 'X' });
    expect(between.newLane).toBe(false);
    expect(between.commands.map((command) => command.type)).toEqual(['step/move', 'step/add', 'flow/update']);
    // Without a step before: at the end of the (existing) lane, unconnected; a new role makes a lane.
    const alone = planCaptureLine({ map, target: 'current', state: map, line: read('Balie: post openen'), previousStepId: null, defaultLaneName: 'X' });
    expect(alone.newLane).toBe(true);
    expect(alone.commands).toMatchObject([
      { type: 'lane/add', lane: { name: 'Balie' } },
      { type: 'step/add', step: { label: 'post openen', position: { x: 0, y: 3 * 180 + 50 } } },
    ]);
    expect(alone.commands[1]).not.toHaveProperty('connectFrom');
  });

  it('matches a role to a lane without regard to case', () => {
    const map = makeTestMap();
    const plan = planCaptureLine({ map, target: 'current', state: map, line: read('manager: tekenen'), previousStepId: null, defaultLaneName: 'X' });
    expect(plan).toMatchObject({ laneId: 'mgr', newLane: false });
  });

  it('makes a lane with the default name when the map has none and the line names no role', () => {
    const map: ProcessMap = { ...newMap(), lanes: [], steps: [], flows: [] };
    const plan = planCaptureLine({ map, target: 'current', state: map, line: read('post openen'), previousStepId: null, defaultLaneName: 'Medewerker' });
    expect(plan.commands[0]).toMatchObject({ type: 'lane/add', lane: { name: 'Medewerker' } });
  });
});

describe('captureAnchor', () => {
  it('is the selected step, else the step before the end, else the rightmost step', () => {
    const map = makeTestMap();
    expect(captureAnchor(map, ['b'])).toBe('b');
    // The end is selected: it cannot lead on; 'd' leads into the end.
    expect(captureAnchor(map, ['end'])).toBe('d');
    expect(captureAnchor(newMap(), [])).toBe(newMap().steps[0]?.id);
    expect(captureAnchor({ ...map, steps: [], flows: [] }, [])).toBeNull();
  });
});
