import type { FindingCategory } from '../../model/vocabulary';

/**
 * Whether encodeURIComponent would change the id: true unless every character is one it
 * leaves alone (A–Z a–z 0–9 - _ . ! ~ * ' ( )). Ids are usually plain ("s12", "f3"), and
 * this check is much cheaper than encoding.
 */
function needsEncoding(part: string): boolean {
  for (let i = 0; i < part.length; i++) {
    const code = part.charCodeAt(i);
    const plain =
      (code >= 97 && code <= 122) || // a–z
      (code >= 65 && code <= 90) || // A–Z
      (code >= 48 && code <= 57) || // 0–9
      code === 45 || code === 95 || code === 46 || code === 33 || code === 126 || code === 42 || code === 39 || code === 40 || code === 41;
    if (!plain) return true;
  }
  return false;
}

/**
 * Finding ids are built only from the category, the rule and the ids of the steps, flows or
 * lanes involved, never from labels, language or array positions, so the same map always
 * yields the same ids (a dismissed finding stays dismissed after a reorder or a language switch).
 * Each part is percent-encoded so the separators `:`, `+` and `>` cannot occur inside a part:
 * two different sets of ids can never produce the same finding id.
 */
export function encodeIdPart(part: string): string {
  return needsEncoding(part) ? encodeURIComponent(part) : part;
}

/** Code-unit order: deterministic and independent of the user's locale. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The start every id of a rule shares: `${category}:${rule}:`. */
export function findingIdPrefix(category: FindingCategory, rule: string): string {
  return `${category}:${rule}:`;
}

/** The ids part of a finding about an unordered set of ids: sorted, de-duplicated, encoded, joined by '+'. */
export function setIdPart(ids: readonly string[]): string {
  if (ids.length === 1) return encodeIdPart(ids[0] as string);
  // Detectors often pass thousands of ids already sorted and distinct (every check of a map):
  // then no set and no sort are needed.
  if (isStrictlyAscending(ids)) return ids.map(encodeIdPart).join('+');
  // The default sort orders strings by code units, as compareIds does.
  return [...new Set(ids)].sort().map(encodeIdPart).join('+');
}

/** Whether every id comes after the one before it in code-unit order (so none repeats). */
function isStrictlyAscending(ids: readonly string[]): boolean {
  for (let i = 1; i < ids.length; i++) if (!((ids[i - 1] as string) < (ids[i] as string))) return false;
  return true;
}

/** The ids part of a finding about an ordered sequence of ids: encoded, joined by '>'. */
export function sequenceIdPart(ids: readonly string[]): string {
  return ids.map(encodeIdPart).join('>');
}

/**
 * Id for a finding about an unordered set of ids: `${category}:${rule}:${sorted ids joined by '+'}`.
 * E.g. `extra-processing:approvals:s2+s5`.
 */
export function findingIdForSet(category: FindingCategory, rule: string, ids: readonly string[]): string {
  return findingIdPrefix(category, rule) + setIdPart(ids);
}

/**
 * Id for a finding about an ordered sequence (a lane pair A→B, a ping-pong f1 then f2):
 * `${category}:${rule}:${ids joined by '>'}`. E.g. `handoff:lane-pair:sec>mgr`.
 */
export function findingIdForSequence(category: FindingCategory, rule: string, ids: readonly string[]): string {
  return findingIdPrefix(category, rule) + sequenceIdPart(ids);
}
