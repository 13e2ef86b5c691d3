import type { FindingCategory } from '../../model/vocabulary';

/**
 * Finding ids are built only from the category, the rule and the ids of the steps, flows or
 * lanes involved, never from labels, language or array positions, so the same map always
 * yields the same ids (a dismissed finding stays dismissed after a reorder or a language switch).
 * Each part is percent-encoded so the separators `:`, `+` and `>` cannot occur inside a part:
 * two different sets of ids can never produce the same finding id.
 */
function encodePart(part: string): string {
  return encodeURIComponent(part);
}

/** Code-unit order: deterministic and independent of the user's locale. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Id for a finding about an unordered set of ids: `${category}:${rule}:${sorted ids joined by '+'}`.
 * E.g. `extra-processing:approvals:s2+s5`.
 */
export function findingIdForSet(category: FindingCategory, rule: string, ids: readonly string[]): string {
  const sorted = [...new Set(ids)].sort(compareIds);
  return `${category}:${rule}:${sorted.map(encodePart).join('+')}`;
}

/**
 * Id for a finding about an ordered sequence (a lane pair A→B, a ping-pong f1 then f2):
 * `${category}:${rule}:${ids joined by '>'}`. E.g. `handoff:lane-pair:sec>mgr`.
 */
export function findingIdForSequence(category: FindingCategory, rule: string, ids: readonly string[]): string {
  return `${category}:${rule}:${ids.map(encodePart).join('>')}`;
}
