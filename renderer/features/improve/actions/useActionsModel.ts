import { useMemo } from 'react';
import type { Finding } from '../../../../shared/analysis/types';
import type { ActionSaving } from '../../../../shared/improve/comparison';
import { computeActionSaving } from '../../../../shared/improve/comparison';
import { applyEffects } from '../../../../shared/improve/effects';
import { deriveFutureState } from '../../../../shared/improve/futureState';
import { suggestActions, type SuggestedAction } from '../../../../shared/improve/playbook/index';
import { useDocumentState } from '../../../base/hooks';
import { EAGER_COMPARISON_MAX_STEPS, useComparison, useCurrentAnalysis } from '../useComparison';

export interface ActionsModel {
  findings: readonly Finding[];
  suggestions: readonly SuggestedAction[];
  /** Saving of each action of the map on its own, by action id (empty for a large map). */
  savingsByActionId: ReadonlyMap<string, ActionSaving>;
  /** Saving of each suggestion if it were accepted on its own, by suggestion id (empty for a large map). */
  suggestionSavings: ReadonlyMap<string, Pick<ActionSaving, 'hoursPerYear' | 'costPerYear' | 'leadTimeMinutes'>>;
  /**
   * Suggestions that no longer fit the future the accepted actions make (e.g. a shorter wait at a
   * step an accepted action removes): accepting them would leave effects unapplied.
   */
  conflictingSuggestionIds: ReadonlySet<string>;
  analysed: boolean;
}

/**
 * What the actions panel shows, all computed by shared/improve: the playbook's suggestions for
 * the current state's findings (not dismissed, not yet an action), and the savings of actions
 * and suggestions. For large maps the savings are left out (each is an analysis of its own).
 */
export function useActionsModel(): ActionsModel {
  const map = useDocumentState((state) => state.map);
  const analysis = useCurrentAnalysis();
  const comparison = useComparison(false);
  const suggestions = useMemo(() => (analysis ? suggestActions(map, analysis) : []), [map, analysis]);
  const savingsByActionId = useMemo(
    () => new Map((comparison?.actionSavings ?? []).map((saving) => [saving.actionId, saving])),
    [comparison],
  );
  const currentMetrics = comparison?.current.metrics ?? null;
  const suggestionSavings = useMemo(() => {
    if (map.steps.length > EAGER_COMPARISON_MAX_STEPS || currentMetrics === null) return new Map();
    return new Map(suggestions.map((suggestion) => [suggestion.id, computeActionSaving(map, suggestion, currentMetrics)]));
  }, [map, suggestions, currentMetrics]);
  const conflictingSuggestionIds = useMemo(() => {
    if (!map.actions.some((action) => action.status === 'accepted' || action.status === 'done')) return new Set<string>();
    const future = deriveFutureState(map).state;
    return new Set(suggestions.filter((suggestion) => applyEffects(future, suggestion.effects).skipped.length > 0).map((suggestion) => suggestion.id));
  }, [map, suggestions]);
  return { findings: analysis?.findings ?? [], suggestions, savingsByActionId, suggestionSavings, conflictingSuggestionIds, analysed: analysis !== null };
}
