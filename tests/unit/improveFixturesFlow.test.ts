import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseMap } from '../../shared/analysis/analyseMap';
import { applyCommand } from '../../shared/commands/apply';
import { compareStates } from '../../shared/improve/comparison';
import { suggestActions, toAction } from '../../shared/improve/playbook/index';
import { parseMap } from '../../shared/model/parse';
import type { ProcessMap } from '../../shared/model/types';

const fixturesUrl = new URL('../../fixtures/maps/', import.meta.url);
const fixtureFiles = readdirSync(fixturesUrl)
  .filter((name) => name.endsWith('.stroomlijn'))
  .sort();

function openFixture(name: string): ProcessMap {
  const parsed = parseMap(readFileSync(new URL(name, fixturesUrl), 'utf8'));
  if (!parsed.ok) throw new Error(`${name} does not open`);
  return parsed.map;
}

/*
 * The flow the app offers on every template (map → findings → accept actions →
 * future state with savings), through the same commands the actions panel dispatches.
 */
describe('map → findings → accept three suggestions → future state with savings', () => {
  it('has the six templates', () => {
    expect(fixtureFiles.length).toBeGreaterThanOrEqual(6);
  });

  for (const file of fixtureFiles) {
    it(file, () => {
      let map = openFixture(file);
      const analysis = analyseMap(map);
      expect(analysis.findings.length).toBeGreaterThan(0);
      const suggestions = suggestActions(map, analysis);
      expect(suggestions.length).toBeGreaterThanOrEqual(3);
      // Like a user reading the list: the first three that still fit the future state so far (a
      // step removed by one action cannot get a shorter wait from the next).
      const ownActions = map.actions.length;
      for (const suggestion of suggestions) {
        if (map.actions.length === ownActions + 3) break;
        const result = applyCommand(map, { type: 'action/add', action: toAction(suggestion, 'accepted') });
        expect(result.patches.length).toBeGreaterThan(0);
        if (compareStates(result.map).futureSkipped.length === 0) map = result.map;
      }
      expect(map.actions).toHaveLength(ownActions + 3);
      // Accepted suggestions are not suggested again.
      const remaining = suggestActions(map, analyseMap(map)).map((suggestion) => suggestion.id);
      for (const action of map.actions) expect(remaining).not.toContain(action.id);

      const comparison = compareStates(map);
      expect(comparison.futureSource).toBe('actions');
      expect(comparison.futureSkipped).toEqual([]);
      expect(comparison.totalSaving).not.toBeNull();
      const total = comparison.totalSaving;
      if (!total) return;
      for (const value of Object.values(total)) expect(Number.isFinite(value)).toBe(true);
      // Something gets better: fewer hours, lower cost or a shorter lead time.
      expect(Math.max(total.hoursPerYear, total.costPerYear, total.leadTimeMinutes)).toBeGreaterThan(0);
      expect(comparison.actionSavings).toHaveLength(ownActions + 3);
      for (const saving of comparison.actionSavings) {
        expect(saving.computable).toBe(true);
        for (const value of [saving.hoursPerYear, saving.costPerYear, saving.leadTimeMinutes, saving.leadTimeWorkingDays]) {
          expect(Number.isFinite(value)).toBe(true);
        }
      }

      // Editing the future by hand keeps it linked: it is materialised, then an accepted action reaches it.
      map = applyCommand(map, { type: 'future/rebuild' }).map;
      expect(compareStates(map).futureSource).toBe('edited');
      expect(compareStates(map).future.metrics?.leadTimeMinutes).toBeCloseTo(comparison.future.metrics?.leadTimeMinutes ?? Number.NaN, 9);
    });
  }
});
