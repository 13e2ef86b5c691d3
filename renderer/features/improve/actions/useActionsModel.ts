import { useMemo } from 'react';
import type { Finding } from '../../../../shared/analysis/types';
import type { ActionSaving } from '../../../../shared/improve/comparison';
import type { SuggestionSaving } from '../../../../shared/improve/insights';
import type { SuggestedAction } from '../../../../shared/improve/playbook/types';
import { useInsights } from '../../../base/hooks';
import { useCurrentAnalysis } from '../useComparison';

export interface ActionsModel {
  findings: readonly Finding[];
  suggestions: readonly SuggestedAction[];
  /** Saving of each action of the map on its own, by action id (empty for a large map). */
  savingsByActionId: ReadonlyMap<string, ActionSaving>;
  /** Saving of each suggestion if it were accepted on its own, by suggestion id (empty for a large map). */
  suggestionSavings: ReadonlyMap<string, SuggestionSaving>;
  /**
   * Suggestions that no longer fit the future the accepted actions make (e.g. a shorter wait at a
   * step an accepted action removes): accepting them would leave effects unapplied.
   */
  conflictingSuggestionIds: ReadonlySet<string>;
  analysed: boolean;
  /** Newer suggestions and savings are being computed (a large map, in the worker). */
  computing: boolean;
}

/**
 * What the actions panel shows, all computed by shared/improve (computeInsights, once per change
 * in the insight service, in a worker for large maps): the playbook's suggestions for the current
 * state's findings (not dismissed, not yet an action), and the savings of actions and
 * suggestions. For large maps the suggestions' savings are left out (each is an analysis of its own).
 */
export function useActionsModel(): ActionsModel {
  const analysis = useCurrentAnalysis();
  const { insights, pending } = useInsights(true);
  const savingsByActionId = useMemo(
    () => new Map((insights?.comparison.actionSavings ?? []).map((saving) => [saving.actionId, saving])),
    [insights],
  );
  const suggestionSavings = useMemo(() => new Map(Object.entries(insights?.suggestionSavings ?? {})), [insights]);
  const conflictingSuggestionIds = useMemo(() => new Set(insights?.conflictingSuggestionIds ?? []), [insights]);
  return {
    findings: analysis?.findings ?? [],
    suggestions: insights?.suggestions ?? [],
    savingsByActionId,
    suggestionSavings,
    conflictingSuggestionIds,
    analysed: analysis !== null && insights !== null,
    computing: pending,
  };
}
