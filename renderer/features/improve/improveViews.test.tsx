import { describe, expect, it } from 'vitest';
import { analyseMap } from '../../../shared/analysis/analyseMap';
import { applyCommand } from '../../../shared/commands/apply';
import { compareStates } from '../../../shared/improve/comparison';
import { suggestActions, toAction } from '../../../shared/improve/playbook/index';
import { buildKitchenSinkMap } from '../../../shared/improve/playbook/testMaps';
import { formatCurrency, formatNumber } from '../../../shared/i18n/format';
import type { ProcessMap } from '../../../shared/model/types';
import { renderPanel, visibleText } from '../../base/renderPanel.testSupport';
import { ActionsPanel } from './actions/ActionsPanel';
import { ComparisonView } from './future/ComparisonView';
import { FuturePreview } from './future/FuturePreview';
import { PickChart } from './future/PickChart';

/** The map with every waste, its first three suggestions accepted (as the actions panel does it). */
function mapWithAcceptedActions(): ProcessMap {
  let map = buildKitchenSinkMap();
  for (const suggestion of suggestActions(map, analyseMap(map)).slice(0, 3)) {
    map = applyCommand(map, { type: 'action/add', action: toAction(suggestion, 'accepted') }).map;
  }
  return map;
}

/** No translation key may show through (a key path like "actions.saving" means a missing text). */
function expectNoRawKeys(text: string): void {
  expect(text).not.toMatch(/\b(actions|future|comparison|pick|playbook)\.[a-zA-Z]/);
}

describe('improvement views', () => {
  const map = mapWithAcceptedActions();
  const analysis = analyseMap(map);

  for (const language of ['nl', 'en'] as const) {
    it(`actions panel lists the actions with their savings and the remaining suggestions (${language})`, () => {
      const text = visibleText(renderPanel(<ActionsPanel />, map, analysis, language));
      expectNoRawKeys(text);
      for (const action of map.actions) expect(text).toContain(action.title);
      const saving = compareStates(map).actionSavings[0];
      expect(text).toContain(formatNumber(saving?.hoursPerYear ?? Number.NaN, language, 0));
      const next = suggestActions(map, analysis)[0];
      expect(next && text.includes(next.title)).toBe(true);
    });

    it(`comparison view shows the figures of compareStates (${language})`, () => {
      const comparison = compareStates(map);
      const text = visibleText(renderPanel(<ComparisonView />, map, analysis, language));
      expectNoRawKeys(text);
      const current = comparison.current.metrics;
      const future = comparison.future.metrics;
      if (!current || !future || !comparison.totalSaving) throw new Error('the test map must be analysable');
      // visibleText collapses the no-break space of "€ 1.234" like any other white space.
      const money = (amount: number): string => formatCurrency(amount, map.settings.currency, language).replace(/\s+/g, ' ');
      expect(text).toContain(money(current.annualCost));
      expect(text).toContain(money(future.annualCost));
      expect(text).toContain(money(comparison.totalSaving.costPerYear));
      for (const lane of map.lanes) expect(text).toContain(lane.name);
    });

    it(`PICK chart and future preview render every accepted action (${language})`, () => {
      const pick = renderPanel(<PickChart />, map, analysis, language);
      expectNoRawKeys(visibleText(pick));
      expect(pick.match(/data-testid="pick-dot"/g)).toHaveLength(3);
      const preview = visibleText(renderPanel(<FuturePreview />, map, analysis, language));
      expectNoRawKeys(preview);
      expect(preview).toContain('3');
    });
  }

  it('opens an action in the editor with its effects in words', () => {
    const action = map.actions[0];
    if (!action) throw new Error('no action');
    const html = renderPanel(<ActionsPanel />, map, analysis, 'nl', ({ session }) => session.openAction({ kind: 'action', actionId: action.id }));
    expect(html).toContain('data-testid="action-editor"');
    expect(html).toContain('type="date"');
    expect(html.match(/<li>/g)?.length).toBe(action.effects.length);
    expectNoRawKeys(visibleText(html));
  });

  it('flags suggestions that no longer fit the accepted actions', () => {
    let sink = buildKitchenSinkMap();
    const suggestions = suggestActions(sink, analyseMap(sink));
    const stop = suggestions.find((suggestion) => suggestion.id === 'suggestion:extra-processing:non-value-adding:a3:stop');
    if (!stop) throw new Error('the map with every waste suggests stopping a3');
    const before = renderPanel(<ActionsPanel />, sink, analyseMap(sink), 'nl');
    expect(before).not.toContain('data-testid="suggestion-conflict"');
    sink = applyCommand(sink, { type: 'action/add', action: toAction(stop, 'accepted') }).map;
    const html = renderPanel(<ActionsPanel />, sink, analyseMap(sink), 'nl');
    const card = html.split('data-suggestion-id="suggestion:extra-processing:non-value-adding:a3:make-less"')[1]?.split('</li>')[0] ?? '';
    expect(card).toContain('data-testid="suggestion-conflict"');
  });
});
