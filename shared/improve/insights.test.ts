import { describe, expect, it } from 'vitest';
import { invoicesWithActions } from '../../tests/unit/planFixtures';
import { compareStates, computeActionSaving } from './comparison';
import { computeInsights } from './insights';
import { suggestActions } from './playbook/index';

describe('computeInsights: what the improvement views show, from one analysis of the current state', () => {
  const map = invoicesWithActions();

  it('equals the comparison and the suggestions computed on their own', () => {
    const insights = computeInsights(map, { withSuggestionSavings: true });
    const comparison = compareStates(map);
    expect(JSON.parse(JSON.stringify(insights.comparison))).toEqual(JSON.parse(JSON.stringify(comparison)));
    expect(insights.suggestions).toEqual(suggestActions(map, comparison.current));
    const [first] = insights.suggestions;
    if (!first) throw new Error('the invoices map has suggestions');
    const own = computeActionSaving(map, first, comparison.current.metrics);
    expect(insights.suggestionSavings[first.id]).toEqual(own);
  });

  it('leaves the per-suggestion savings out when asked (large maps) and survives a structured clone (the worker)', () => {
    const insights = computeInsights(map, { withSuggestionSavings: false });
    expect(insights.suggestionSavings).toEqual({});
    expect(structuredClone(insights).suggestions).toEqual(insights.suggestions);
  });
});
