import type { ProcessMap } from '../model/types';
import { compareStates, computeActionSaving, type Comparison } from './comparison';
import { applyEffects } from './effects';
import { deriveFutureState } from './futureState';
import { suggestActions } from './playbook/index';
import type { SuggestedAction } from './playbook/types';

/** What one suggestion would save if it were accepted on its own (computeActionSaving). */
export type SuggestionSaving = ReturnType<typeof computeActionSaving>;

/**
 * Everything the improvement views show about one version of the map, computed together so
 * the current state is analysed once (the comparison's `current` feeds the suggestions):
 * the comparison of current and future (ComparisonView, PickChart, FuturePreview, export), the
 * playbook's suggestions and which of them conflict with the accepted actions (ActionsPanel).
 * Plain data (structured-cloneable): a worker computes it for large maps.
 */
export interface ImprovementInsights {
  comparison: Comparison;
  suggestions: SuggestedAction[];
  /** By suggestion id; empty when `withSuggestionSavings` was false (one analysis per suggestion). */
  suggestionSavings: Record<string, SuggestionSaving>;
  conflictingSuggestionIds: string[];
}

export interface InsightOptions {
  /** Whether to compute each suggestion's own saving: one analysis per suggestion, so only for small maps. */
  withSuggestionSavings: boolean;
}

export function computeInsights(map: ProcessMap, options: InsightOptions): ImprovementInsights {
  const comparison = compareStates(map);
  const suggestions = suggestActions(map, comparison.current);
  const currentMetrics = comparison.current.metrics;
  const suggestionSavings: Record<string, SuggestionSaving> = {};
  if (options.withSuggestionSavings && currentMetrics !== null) {
    for (const suggestion of suggestions) {
      suggestionSavings[suggestion.id] = computeActionSaving(map, suggestion, currentMetrics);
    }
  }
  const hasAcceptedActions = map.actions.some((action) => action.status === 'accepted' || action.status === 'done');
  const future = hasAcceptedActions ? deriveFutureState(map).state : null;
  const conflictingSuggestionIds = future
    ? suggestions.filter((suggestion) => applyEffects(future, suggestion.effects).skipped.length > 0).map((suggestion) => suggestion.id)
    : [];
  return { comparison, suggestions, suggestionSavings, conflictingSuggestionIds };
}
