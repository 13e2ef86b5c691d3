import type { Analysis } from '../analysis/types';
import { localeOf } from '../i18n/format';
import { getTranslator } from '../i18n/translator';
import { NEW_MAP_TITLES } from '../model/defaults';
import type { ProcessMap } from '../model/types';
import type { Language } from '../model/vocabulary';

/**
 * What the plan of a map would have to leave out, so the app can ask for it before export
 * (and the command line warn): the plan itself never prints a placeholder in its place.
 */
export type PlanGap =
  /** The map still has the title of a new map ("Nieuwe kaart"): the plan would name no process. */
  | { kind: 'title' }
  /** meta.description is empty: the plan has no background to state. */
  | { kind: 'background' }
  /** No goal with text or targets. */
  | { kind: 'goal' }
  /** Actions that are not rejected but have no owner, in the map's order. */
  | { kind: 'owners'; actionIds: string[] }
  /** Actions that are not rejected but have no due date, in the map's order. */
  | { kind: 'due-dates'; actionIds: string[] }
  /** Findings without a "why?" answer: those the actions answer, or without actions the three largest. */
  | { kind: 'causes'; findingIds: string[] };

export type PlanGapKind = PlanGap['kind'];

/** Findings asked about when no action answers any: the largest few, as a plan would start with. */
const LARGEST_FINDINGS_WITHOUT_ACTIONS = 3;

/**
 * The gaps of `map`'s plan, in the order of the plan (title, background, goal, owners, due dates,
 * causes); empty when nothing is missing. `analysis` is `analyseMap(map)`: its findings (not
 * set aside) in its order, largest impact first.
 */
export function listPlanGaps(map: ProcessMap, analysis: Analysis): PlanGap[] {
  const gaps: PlanGap[] = [];
  if (NEW_MAP_TITLES.includes(map.meta.title.trim())) gaps.push({ kind: 'title' });
  if (map.meta.description.trim() === '') gaps.push({ kind: 'background' });
  const goal = map.goal;
  if (!goal || (goal.text.trim() === '' && goal.targets.length === 0)) gaps.push({ kind: 'goal' });

  // A rejected action is not carried out: it needs neither an owner nor a date.
  const planned = map.actions.filter((action) => action.status !== 'rejected');
  const withoutOwner = planned.filter((action) => action.owner.trim() === '').map((action) => action.id);
  const withoutDate = planned.filter((action) => action.dueDate.trim() === '').map((action) => action.id);
  if (withoutOwner.length > 0) gaps.push({ kind: 'owners', actionIds: withoutOwner });
  if (withoutDate.length > 0) gaps.push({ kind: 'due-dates', actionIds: withoutDate });

  const dismissed = new Set(map.dismissedFindings.map((entry) => entry.findingId));
  const findings = analysis.findings.filter((finding) => !dismissed.has(finding.id));
  const answered = new Set(planned.flatMap((action) => action.findingIds));
  const asked = findings.some((finding) => answered.has(finding.id))
    ? findings.filter((finding) => answered.has(finding.id))
    : findings.slice(0, LARGEST_FINDINGS_WITHOUT_ACTIONS);
  const withCause = new Set(map.rootCauses.filter((entry) => entry.whys.some((why) => why.trim() !== '')).map((entry) => entry.findingId));
  const withoutCause = asked.filter((finding) => !withCause.has(finding.id)).map((finding) => finding.id);
  if (withoutCause.length > 0) gaps.push({ kind: 'causes', findingIds: withoutCause });
  return gaps;
}

/** How many things a gap is about (actions or findings), for its plural; 1 for the others. */
function countOf(gap: PlanGap): number {
  if (gap.kind === 'owners' || gap.kind === 'due-dates') return gap.actionIds.length;
  if (gap.kind === 'causes') return gap.findingIds.length;
  return 1;
}

/**
 * A short name of each gap for a list ("eigenaren (2 acties)"), in `language`: the keys
 * `plan:gaps.<kind>` serve the app's export checklist as well.
 */
export function describePlanGap(gap: PlanGap, language: Language): string {
  return getTranslator(language)(`plan:gaps.${gap.kind}`, { count: countOf(gap) });
}

/** The gaps in one line for the command line's warning (without the file name), or '' when there are none. */
export function describePlanGaps(gaps: readonly PlanGap[], language: Language): string {
  if (gaps.length === 0) return '';
  const list = new Intl.ListFormat(localeOf(language), { type: 'conjunction', style: 'long' }).format(gaps.map((gap) => describePlanGap(gap, language)));
  return getTranslator(language)('plan:gaps.line', { list });
}
