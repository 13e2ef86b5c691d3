import { describe, expect, it } from 'vitest';
import { buildTestMap } from '../analysis/testState';
import type { Effect } from '../model/types';
import { describeEffect, describeSkippedEffect } from './describe';

const map = {
  ...buildTestMap({
    language: 'nl',
    lanes: [{ id: 'sec', name: 'Secretariaat' }, { id: 'mgr', name: 'Manager' }],
    steps: [
      { id: 'start', type: 'start', label: 'Factuur komt binnen', laneId: 'sec' },
      { id: 'a', label: 'Factuur registreren', laneId: 'sec' },
      { id: 'b', label: 'Manager keurt goed', laneId: 'mgr' },
      { id: 'end', type: 'end', label: 'Betaald', laneId: 'mgr' },
    ],
    flows: [['start', 'a'], ['a', 'b'], ['b', 'end']],
  }),
  actions: [
    {
      id: 'act1',
      title: 'Registratie schrappen',
      description: '',
      findingIds: [],
      ecrs: 'eliminate' as const,
      owner: '',
      dueDate: '',
      effort: 'low' as const,
      status: 'accepted' as const,
      effects: [],
    },
  ],
};

function describeNl(effect: Effect): string {
  return describeEffect(effect, { state: map, language: 'nl', hoursPerDay: 8 });
}

describe('describeEffect', () => {
  it('says what every kind of effect does, with the map’s names', () => {
    expect(describeNl({ type: 'remove-step', stepId: 'b' })).toBe('Stap ‘Manager keurt goed’ vervalt');
    expect(describeNl({ type: 'merge-steps', stepIds: ['a', 'b'] })).toBe('‘Factuur registreren’ en ‘Manager keurt goed’ worden één stap');
    expect(describeNl({ type: 'move-to-lane', stepId: 'b', laneId: 'sec' })).toBe('‘Manager keurt goed’ gaat naar Secretariaat');
    expect(describeNl({ type: 'set-process-time', stepId: 'a', minutes: 90 })).toBe('Bewerkingstijd van ‘Factuur registreren’: 1,5 uur');
    expect(describeNl({ type: 'set-wait-time', stepId: 'b', minutes: 960 })).toBe('Wachttijd vóór ‘Manager keurt goed’: 2 werkdagen');
    expect(describeNl({ type: 'set-complete-accurate', stepId: 'a', value: 0.95 })).toBe('‘Factuur registreren’ in één keer goed: 95%');
    expect(describeNl({ type: 'set-medium', flowId: 'f2', medium: 'email' })).toBe('‘Factuur registreren’ → ‘Manager keurt goed’ gaat per e-mail');
    expect(describeNl({ type: 'remove-flow', flowId: 'f2' })).toBe('De route ‘Factuur registreren’ → ‘Manager keurt goed’ vervalt');
    expect(describeNl({ type: 'set-probability', flowId: 'f2', probability: 0.1 })).toBe('‘Factuur registreren’ → ‘Manager keurt goed’: 10% van de keren');
    expect(describeNl({ type: 'set-batch-interval', stepId: 'b', minutes: 480 })).toBe('‘Manager keurt goed’ in rondes van 1 werkdag');
    expect(describeNl({ type: 'set-batch-interval', stepId: 'b', minutes: null })).toBe('‘Manager keurt goed’ per zaak, niet meer in rondes');
    expect(describeEffect({ type: 'remove-step', stepId: 'b' }, { state: map, language: 'en', hoursPerDay: 8 })).toBe('Step ‘Manager keurt goed’ is dropped');
  });

  it('names what no longer exists', () => {
    expect(describeNl({ type: 'remove-step', stepId: 's99' })).toBe('Stap ‘s99’ (bestaat niet meer) vervalt');
  });
});

describe('describeSkippedEffect', () => {
  it('explains in the map’s language why an effect was not applied', () => {
    expect(describeSkippedEffect({ actionId: 'act1', effect: { type: 'remove-step', stepId: 's99' }, reason: 'unknown-step' }, map)).toBe(
      'Registratie schrappen: Stap ‘s99’ (bestaat niet meer) vervalt – niet toegepast, omdat die stap niet meer bestaat.',
    );
  });
});
