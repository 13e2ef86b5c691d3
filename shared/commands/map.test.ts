import { describe, expect, it } from 'vitest';
import { applyCommand } from './apply';
import { checkChange, makeTestMap, REVERSIBLE_CHANGE } from './testSupport';

describe('map commands', () => {
  it('map/set-meta changes the title and undoes exactly', () => {
    const check = checkChange(makeTestMap(), { type: 'map/set-meta', patch: { title: 'Nieuwe titel', author: 'An' } });
    expect(check).toMatchObject(REVERSIBLE_CHANGE);
    expect(check.map.meta.title).toBe('Nieuwe titel');
    expect(check.map.meta.author).toBe('An');
    expect(check.map.meta.updatedAt).toBe('2026-01-01T00:00:00Z');
  });

  it('map/set-meta refuses an empty title and an unknown language', () => {
    const map = makeTestMap();
    expect(applyCommand(map, { type: 'map/set-meta', patch: { title: '  ' } }).patches).toEqual([]);
    const badLanguage = { type: 'map/set-meta', patch: { language: 'de' } } as unknown as Parameters<typeof applyCommand>[1];
    expect(applyCommand(map, badLanguage).map).toBe(map);
  });

  it('map/set-settings changes settings; the same values give no patches', () => {
    const map = makeTestMap();
    const check = checkChange(map, { type: 'map/set-settings', patch: { casesPerYear: 2400, hoursPerDay: 7.5 } });
    expect(check).toMatchObject(REVERSIBLE_CHANGE);
    expect(check.map.settings).toMatchObject({ casesPerYear: 2400, hoursPerDay: 7.5 });
    const same = applyCommand(map, { type: 'map/set-settings', patch: { casesPerYear: 100 } });
    expect(same.patches).toEqual([]);
    expect(same.map).toBe(map);
  });

  it('map/set-settings refuses values outside the format ranges', () => {
    const map = makeTestMap();
    for (const patch of [{ hoursPerDay: 0 }, { hoursPerDay: 25 }, { casesPerYear: -1 }, { currency: 'euro' }, { defaultHourlyCost: Number.NaN }]) {
      expect(applyCommand(map, { type: 'map/set-settings', patch }).patches).toEqual([]);
    }
  });

  it('map/set-follow-up keeps a measured follow-up, refuses a malformed one and removes it with null', () => {
    const followUp = {
      file: 'na.csv',
      measuredAt: '2026-06-01T10:00:00Z',
      measured: { cases: 312, from: '2026-03-01', to: '2026-05-31', leadTimeMinutes: 2976, processTimeMinutes: 120, waitTimeMinutes: 2856, handoffsPerCase: 2, casesPerYear: 1250 },
    };
    const check = checkChange(makeTestMap(), { type: 'map/set-follow-up', followUp });
    expect(check).toMatchObject(REVERSIBLE_CHANGE);
    expect(check.map.followUp).toEqual(followUp);
    const malformed = { type: 'map/set-follow-up', followUp: { ...followUp, measured: { ...followUp.measured, cases: -1 } } } as Parameters<typeof applyCommand>[1];
    expect(applyCommand(makeTestMap(), malformed).patches).toEqual([]);
    const removed = checkChange(check.map, { type: 'map/set-follow-up', followUp: null });
    expect(removed).toMatchObject(REVERSIBLE_CHANGE);
    expect(removed.map.followUp).toBeUndefined();
  });
});
