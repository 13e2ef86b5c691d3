import type { DismissedFinding } from '../model/types';
import type { Finding } from './types';

/** The findings the user did not set aside (map.dismissedFindings), in their order. */
export function activeFindings(findings: readonly Finding[], dismissed: readonly DismissedFinding[]): Finding[] {
  const dismissedIds = new Set(dismissed.map((entry) => entry.findingId));
  return findings.filter((finding) => !dismissedIds.has(finding.id));
}
