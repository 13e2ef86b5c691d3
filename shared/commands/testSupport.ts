import { applyPatches } from 'immer';
import type { ProcessMap, Step } from '../model/types';
import { applyCommand, type CommandResult } from './apply';
import { sameValue, structuredCloneJson } from './patching';
import type { Command } from './types';

/**
 * Test support for the command tests (pure data and functions, no test framework):
 * a small valid map and a helper that applies a command, undoes and redoes it.
 */

export function makeStep(id: string, laneId: string, overrides: Partial<Step> = {}): Step {
  return {
    id,
    type: 'activity',
    label: id,
    laneId,
    processTime: 10,
    waitTime: 0,
    completeAccurate: 1,
    valueType: 'business-required',
    activity: 'work',
    system: '',
    position: { x: 0, y: 0 },
    ...overrides,
  };
}

/** start(sec) → a(sec) → b(mgr) → decision d(mgr) → end(mgr) (0.75) | back to a (0.25). */
export function makeTestMap(): ProcessMap {
  return {
    format: 'stroomlijn-map',
    schemaVersion: 2,
    meta: {
      title: 'Test',
      description: '',
      organisation: '',
      author: '',
      language: 'nl',
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-01T00:00:00Z',
    },
    settings: { casesPerYear: 100, hoursPerDay: 8, currency: 'EUR', defaultHourlyCost: 45, workdayStart: '09:00' },
    lanes: [
      { id: 'sec', name: 'Secretariaat', hourlyCost: 42 },
      { id: 'mgr', name: 'Manager' },
      { id: 'ext', name: 'Extern' },
    ],
    steps: [
      makeStep('start', 'sec', { type: 'start', processTime: 0 }),
      makeStep('a', 'sec', { position: { x: 200, y: 0 } }),
      makeStep('b', 'mgr', { waitTime: 120, completeAccurate: 0.8, position: { x: 400, y: 0 } }),
      makeStep('d', 'mgr', { type: 'decision', processTime: 1, position: { x: 600, y: 0 } }),
      makeStep('end', 'mgr', { type: 'end', processTime: 0, position: { x: 800, y: 0 } }),
    ],
    flows: [
      { id: 'f1', from: 'start', to: 'a', rework: false, medium: 'other', label: '' },
      { id: 'f2', from: 'a', to: 'b', rework: false, medium: 'email', label: '' },
      { id: 'f3', from: 'b', to: 'd', rework: false, medium: 'other', label: '' },
      { id: 'f4', from: 'd', to: 'end', probability: 0.75, rework: false, medium: 'other', label: 'ja' },
      { id: 'f5', from: 'd', to: 'a', probability: 0.25, rework: true, medium: 'other', label: 'nee' },
    ],
    annotations: [{ id: 'n1', kind: 'note', text: 'Let op', position: { x: 0, y: 300 } }],
    actions: [],
    dismissedFindings: [],
    rootCauses: [],
    future: null,
  };
}

/** A map with a future state that equals the current one. */
export function makeTestMapWithFuture(): ProcessMap {
  const map = makeTestMap();
  const { lanes, steps, flows, annotations } = structuredCloneJson(map);
  return { ...map, future: { lanes, steps, flows, annotations } };
}

export interface RoundTrip {
  result: CommandResult;
  /** The document after applying the inverse patches to the result. */
  undone: ProcessMap;
  /** The document after applying the patches to the undone document again. */
  redone: ProcessMap;
}

export function applyAndUndo(map: ProcessMap, command: Command): RoundTrip {
  const result = applyCommand(map, command);
  const undone = applyPatches(result.map, result.inversePatches);
  const redone = applyPatches(undone, result.patches);
  return { result, undone, redone };
}

export interface ChangeCheck {
  changed: boolean;
  inputUntouched: boolean;
  undoRestores: boolean;
  redoReapplies: boolean;
  /** The document after the command. */
  map: ProcessMap;
}

/**
 * Applies a command and checks the four properties every edit must have: it changes the
 * document, leaves its input untouched, undo gives back exactly the previous document and
 * redo exactly the new one. Tests expect all four true (`expectReversible`-style).
 */
export function checkChange(map: ProcessMap, command: Command): ChangeCheck {
  const before = structuredCloneJson(map);
  const { result, undone, redone } = applyAndUndo(map, command);
  return {
    changed: result.patches.length > 0 && result.map !== map,
    inputUntouched: sameValue(map, before),
    undoRestores: sameValue(undone, before),
    redoReapplies: sameValue(redone, result.map),
    map: result.map,
  };
}

export const REVERSIBLE_CHANGE = { changed: true, inputUntouched: true, undoRestores: true, redoReapplies: true };
