import type { FindingCategory } from '../../model/vocabulary';
import type { AnalysisContext } from '../context';
import type { Finding } from '../types';
import { compareIds, findingIdForSequence, findingIdForSet } from './findingId';
import type { Impact } from './impact';
import { rateSeverity } from './severity';
import type { Wording } from './wording';

/** What a detector decides; `buildFinding` adds the id, severity and the annual figures. */
export interface FindingDraft {
  category: FindingCategory;
  /** Short rule name, e.g. 'long-wait'; the finding's `rule` becomes `${category}/${ruleName}`. */
  ruleName: string;
  /** Ids the finding is about; `ordered` keeps their order in the id (lane pairs, ping-pongs). */
  idParts: readonly string[];
  ordered?: boolean;
  title: string;
  /** The rule's explanation; a sentence with the annual figures is appended. */
  explanation: string;
  stepIds: readonly string[];
  flowIds: readonly string[];
  impact: Impact;
  /** Which annual sentence fits: paid work, delay, or work moved to a cheaper lane (cost = saving). */
  annual: 'work' | 'delay' | 'talent';
}

const flowIdCache = new WeakMap<AnalysisContext, ReadonlySet<string>>();

/** The ids of all flows of the map, computed once per context. */
function flowIdsOf(context: AnalysisContext): ReadonlySet<string> {
  let ids = flowIdCache.get(context);
  if (!ids) {
    ids = new Set([...context.outgoing.values()].flatMap((flows) => flows.map((flow) => flow.id)));
    flowIdCache.set(context, ids);
  }
  return ids;
}

function uniqueSorted(ids: readonly string[]): string[] {
  return [...new Set(ids)].sort(compareIds);
}

/**
 * Completes a draft into a {@link Finding}: stable id from category, rule and ids; severity
 * from {@link rateSeverity}; step and flow ids de-duplicated, sorted and limited to ids that
 * exist in the map (a finding never points at something that is not there).
 */
export function buildFinding(context: AnalysisContext, wording: Wording, draft: FindingDraft): Finding {
  const id = draft.ordered
    ? findingIdForSequence(draft.category, draft.ruleName, draft.idParts)
    : findingIdForSet(draft.category, draft.ruleName, draft.idParts);
  const flowIdsInMap = flowIdsOf(context);
  const annual = annualSentence(context, wording, draft);
  return {
    id,
    category: draft.category,
    rule: `${draft.category}/${draft.ruleName}`,
    severity: rateSeverity(context.metrics, draft.impact),
    title: draft.title,
    explanation: annual === '' ? draft.explanation : `${draft.explanation} ${annual}`,
    stepIds: uniqueSorted(draft.stepIds).filter((stepId) => context.stepsById.has(stepId)),
    flowIds: uniqueSorted(draft.flowIds).filter((flowId) => flowIdsInMap.has(flowId)),
    ...draft.impact,
  };
}

/** "Over a year (2,400 cases) …"; empty when there are no annual hours to show. */
function annualSentence(context: AnalysisContext, wording: Wording, draft: FindingDraft): string {
  if (draft.impact.impactHoursPerYear <= 0) return '';
  return wording.text(`common.annual.${draft.annual}`, {
    cases: wording.number(context.input.settings.casesPerYear, 0),
    hours: wording.hours(draft.impact.impactHoursPerYear),
    cost: wording.money(draft.impact.impactCost),
  });
}
