import { describe, expect, it } from 'vitest';
import { COMMAND_TYPES } from '../../../shared/commands/apply';
import { makeStep, makeTestMapWithFuture } from '../../../shared/commands/testSupport';
import type { Command, CommandType } from '../../../shared/commands/types';
import type { Action, ProcessMap } from '../../../shared/model/types';
import { appEn, appNl } from '../i18n/locales/app';
import { historyLabelKeyOf } from './commandLabels';
import { createDocumentStore } from './documentStore';

const accepted: Action = {
  id: 'act1',
  title: 'Niet meer wachten op b',
  description: '',
  findingIds: [],
  ecrs: 'eliminate',
  owner: '',
  dueDate: '',
  effort: 'low',
  status: 'accepted',
  effects: [{ type: 'set-wait-time', stepId: 'b', minutes: 0 }],
};

/** A map every example below changes: a stored future (a copy of the current state), an accepted action, a set-aside finding, a goal with one target. */
function exampleMap(): ProcessMap {
  return {
    ...makeTestMapWithFuture(),
    actions: [accepted],
    dismissedFindings: [{ findingId: 'waiting:long-wait:b', reason: 'hoort zo' }],
    goal: { text: '', targets: [{ metric: 'leadTimeMinutes', value: 2400, dueDate: '' }] },
  };
}

/**
 * One command of every type that changes exampleMap(). Keyed by type with the union's own
 * mapped type, so a new command type does not compile until it has an example here, and the
 * test below then checks it is labelled in both languages and undone exactly.
 */
const EXAMPLES: { [Type in CommandType]: Extract<Command, { type: Type }> } = {
  'map/set-meta': { type: 'map/set-meta', patch: { title: 'Anders' } },
  'map/set-settings': { type: 'map/set-settings', patch: { casesPerYear: 250 } },
  'map/set-follow-up': {
    type: 'map/set-follow-up',
    followUp: {
      file: 'na.csv',
      measuredAt: '2026-06-01T10:00:00Z',
      measured: { cases: 312, from: '2026-03-01', to: '2026-05-31', leadTimeMinutes: 2976, processTimeMinutes: 120, waitTimeMinutes: 2856, handoffsPerCase: 2, casesPerYear: 1250 },
    },
  },
  'lane/add': { type: 'lane/add', lane: { id: 'lane9', name: 'Nieuw' }, index: 1 },
  'lane/update': { type: 'lane/update', laneId: 'sec', patch: { hourlyCost: null } },
  'lane/move': { type: 'lane/move', laneId: 'ext', toIndex: 0 },
  'lane/delete': { type: 'lane/delete', laneId: 'ext', deletion: { mode: 'delete-steps' } },
  'step/add': { type: 'step/add', step: makeStep('s9', 'ext'), connectFrom: { stepId: 'a', flowId: 'f9' } },
  'step/update': { type: 'step/update', stepId: 'a', patch: { processTime: 25 } },
  'step/move': { type: 'step/move', moves: [{ stepId: 'a', position: { x: 210, y: 200 }, laneId: 'mgr' }] },
  'flow/add': { type: 'flow/add', flow: { id: 'f9', from: 'a', to: 'end', rework: false, medium: 'phone', label: '' } },
  'flow/update': { type: 'flow/update', flowId: 'f2', patch: { medium: 'paper' } },
  'annotation/add': { type: 'annotation/add', annotation: { id: 'a9', kind: 'kaizen', text: 'Sneller', position: { x: 0, y: 0 } } },
  'annotation/update': { type: 'annotation/update', annotationId: 'n1', patch: { text: 'Nog steeds' } },
  'annotation/move': { type: 'annotation/move', annotationId: 'n1', position: { x: 40, y: 320 } },
  'elements/delete': { type: 'elements/delete', stepIds: ['b'], flowIds: [], annotationIds: ['n1'] },
  'elements/paste': { type: 'elements/paste', target: 'future', steps: [makeStep('s9', 'sec')], flows: [], annotations: [] },
  'layout/apply': { type: 'layout/apply', positions: { a: { x: 240, y: 50 } } },
  'action/add': { type: 'action/add', action: { ...accepted, id: 'act2', status: 'proposed', effects: [] } },
  'action/update': { type: 'action/update', actionId: 'act1', patch: { owner: 'Anna' } },
  'action/delete': { type: 'action/delete', actionId: 'act1' },
  'future/rebuild': { type: 'future/rebuild' },
  'future/clear': { type: 'future/clear' },
  'findings/dismiss': { type: 'findings/dismiss', findingIds: ['handoff:lane-pair:sec>mgr'], reason: 'bewust' },
  'findings/restore': { type: 'findings/restore', findingIds: ['waiting:long-wait:b'] },
  'root-cause/set': { type: 'root-cause/set', findingId: 'waiting:long-wait:b', whys: ['Niemand ziet de post', 'De bak staat achterin'] },
  'goal/set-text': { type: 'goal/set-text', text: 'Sneller antwoord' },
  'goal/add-target': { type: 'goal/add-target', target: { metric: 'handoffsPerCase', value: 2, dueDate: '2027-03-01' } },
  'goal/update-target': { type: 'goal/update-target', index: 0, patch: { value: 4 } },
  'goal/delete-target': { type: 'goal/delete-target', index: 0 },
};

describe('every command', () => {
  it('has an example: the examples cover exactly the command types of the handler registry', () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual([...COMMAND_TYPES].sort());
  });

  it.each(COMMAND_TYPES)('%s is labelled for the history in both languages', (type) => {
    const key = historyLabelKeyOf(EXAMPLES[type]).replace('app:history.', '');
    expect(appEn.history[key as keyof typeof appEn.history], `en ${key}`).toMatch(/\S/);
    expect(appNl.history[key as keyof typeof appNl.history], `nl ${key}`).toMatch(/\S/);
  });

  it.each(COMMAND_TYPES)('%s is one undo step that restores the document exactly, and redo repeats it', (type) => {
    const before = exampleMap();
    const store = createDocumentStore(before);
    expect(store.dispatch(EXAMPLES[type]), 'the example changes the map').toBe(true);
    const after = store.getState().map;
    expect(store.getState().undoLabel).toBe(historyLabelKeyOf(EXAMPLES[type]));
    store.undo();
    expect(store.getState().map).toEqual(before);
    expect(store.getState()).toMatchObject({ canUndo: false, dirty: false });
    store.redo();
    expect(store.getState().map).toEqual(after);
  });

  it('reads the history label off the type', () => {
    expect(historyLabelKeyOf({ type: 'map/set-meta' })).toBe('app:history.mapSetMeta');
    expect(historyLabelKeyOf({ type: 'elements/paste' })).toBe('app:history.elementsPaste');
  });
});
