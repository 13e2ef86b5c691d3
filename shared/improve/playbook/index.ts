import type { Analysis, Finding } from '../../analysis/types';
import type { Action, ProcessMap } from '../../model/types';
import { ECRS, type Ecrs, type FindingCategory } from '../../model/vocabulary';
import { applyEffects } from '../effects';
import { jsonEqual } from '../jsonEqual';
import { createPlaybookContext } from './context';
import { defectsCountermeasures } from './defects';
import { extraProcessingCountermeasures } from './extraProcessing';
import { handoffCountermeasures } from './handoff';
import { inventoryCountermeasures } from './inventory';
import { motionCountermeasures } from './motion';
import { nonUtilizedTalentCountermeasures } from './nonUtilizedTalent';
import { overproductionCountermeasures } from './overproduction';
import { transportCountermeasures } from './transport';
import type { Countermeasure, SuggestedAction } from './types';
import { waitingCountermeasures } from './waiting';

export type { Countermeasure, SuggestedAction } from './types';

/** The action playbook: countermeasures per finding category, each in ECRS order. */
export const PLAYBOOK: Readonly<Record<FindingCategory, readonly Countermeasure[]>> = {
  defects: defectsCountermeasures,
  overproduction: overproductionCountermeasures,
  waiting: waitingCountermeasures,
  'non-utilized-talent': nonUtilizedTalentCountermeasures,
  transport: transportCountermeasures,
  inventory: inventoryCountermeasures,
  motion: motionCountermeasures,
  'extra-processing': extraProcessingCountermeasures,
  handoff: handoffCountermeasures,
};

/**
 * Stable id of a suggestion: from the finding (whose id is stable for the same map), the
 * countermeasure and, when one countermeasure makes several suggestions for one finding, the
 * step or flow it targets. Re-running the playbook gives the same ids, so an accepted
 * suggestion is recognised and not suggested again.
 */
export function suggestionId(findingId: string, countermeasureId: string, targetId?: string): string {
  const parts = ['suggestion', findingId, countermeasureId, ...(targetId === undefined ? [] : [encodeURIComponent(targetId)])];
  return parts.join(':');
}

const ECRS_RANK = new Map<Ecrs, number>(ECRS.map((ecrs, index) => [ecrs, index]));

/** Texts built from optional sentences can have doubled or trailing spaces. */
function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Suggested actions for a map: for every finding that is not dismissed, the
 * countermeasures of its category that apply to it, as proposed actions in the map's
 * language with the map's own step labels, lane names, systems and numbers, and structured
 * effects naming the map's real ids (domain.md section 5), so their saving can be computed.
 * - Ids are stable (`suggestionId`); a suggestion whose id is already an action of the map, or
 *   whose effects equal an existing action's, is left out.
 * - The same countermeasure with the same effects suggested for several findings (e.g. a
 *   mandate for a long wait and for a handoff) is one suggestion answering all of them; it
 *   keeps the id and texts of the first finding in id order.
 * - Ordered by ECRS (eliminate, combine, rearrange, simplify), then by the largest
 *   impactHoursPerYear of the findings it answers (person-hours or case-hours as the finding
 *   counts them), then by id.
 * `analysis` must be the analysis of the map's current state (`analyseMap(map)`).
 * Titles and descriptions are made on first read. About 0.1–0.2 ms per suggestion.
 */
export function suggestActions(map: ProcessMap, analysis: Analysis): SuggestedAction[] {
  const context = createPlaybookContext(map, analysis);
  const dismissed = new Set(map.dismissedFindings.map((entry) => entry.findingId));
  const findings = analysis.findings.filter((finding) => !dismissed.has(finding.id)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const byEffects = new Map<string, SuggestedAction>();
  // On a map with parallel work, a suggestion whose graph changes would break a block is not
  // made (its effects would only be skipped in the future state, domain.md section 7).
  const hasParallelSteps = map.steps.some((step) => step.type === 'parallel');
  const breaksBlock = (effects: SuggestedAction['effects']): boolean =>
    hasParallelSteps &&
    effects.some((effect) => effect.type === 'remove-step' || effect.type === 'merge-steps' || effect.type === 'remove-flow') &&
    applyEffects(map, effects).skipped.some((skipped) => skipped.reason === 'parallel-block');
  for (const finding of findings) {
    for (const countermeasure of PLAYBOOK[finding.category]) {
      for (const proposal of countermeasure.propose(finding, context)) {
        if (proposal.effects.length === 0 || breaksBlock(proposal.effects)) continue;
        const key = JSON.stringify([proposal.textKey, proposal.effects]);
        const existing = byEffects.get(key);
        if (existing) {
          addFinding(existing, finding);
          continue;
        }
        const suggestion = {
          id: suggestionId(finding.id, countermeasure.id, proposal.targetId),
          title: '',
          description: '',
          findingIds: [finding.id],
          ecrs: countermeasure.ecrs,
          owner: '',
          dueDate: '',
          effort: countermeasure.effort,
          status: 'proposed',
          effects: proposal.effects,
          category: finding.category,
          countermeasureId: countermeasure.id,
          impactHoursPerYear: finding.impactHoursPerYear,
        } satisfies SuggestedAction;
        defineLazyText(suggestion, 'title', () => tidy(context.text(`${proposal.textKey}.title`, proposal.params)));
        defineLazyText(suggestion, 'description', () => tidy(context.text(`${proposal.textKey}.description`, proposal.params)));
        byEffects.set(key, suggestion);
      }
    }
  }
  const actionIds = new Set(map.actions.map((action) => action.id));
  return [...byEffects.values()]
    .filter((suggestion) => !actionIds.has(suggestion.id) && !map.actions.some((action) => jsonEqual(action.effects, suggestion.effects)))
    .sort(
      (a, b) =>
        (ECRS_RANK.get(a.ecrs) ?? 0) - (ECRS_RANK.get(b.ecrs) ?? 0) ||
        b.impactHoursPerYear - a.impactHoursPerYear ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
}

/**
 * Makes a text field computed on first read and then kept: a 10,000-step map yields tens of
 * thousands of suggestions, and translating texts nobody looks at would take seconds. The
 * field stays an enumerable property, so spreading, JSON and structuredClone see the text.
 */
function defineLazyText(target: SuggestedAction, key: 'title' | 'description', compute: () => string): void {
  let value: string | undefined;
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get: () => (value ??= compute()),
    set: (next: string) => {
      value = next;
    },
  });
}

function addFinding(suggestion: SuggestedAction, finding: Finding): void {
  if (!suggestion.findingIds.includes(finding.id)) suggestion.findingIds.push(finding.id);
  suggestion.impactHoursPerYear = Math.max(suggestion.impactHoursPerYear, finding.impactHoursPerYear);
}

/** The action part of a suggestion, for `action/add` (optionally with another status). */
export function toAction(suggestion: SuggestedAction, status: Action['status'] = 'proposed'): Action {
  const { category: _category, countermeasureId: _countermeasureId, impactHoursPerYear: _impact, ...action } = suggestion;
  return { ...action, findingIds: [...action.findingIds], effects: [...action.effects], status };
}
