import type { Finding } from '../../../../shared/analysis/types';
import type { DismissedFinding } from '../../../../shared/model/types';
import { FINDING_CATEGORIES, type FindingCategory } from '../../../../shared/model/vocabulary';

/** The findings of one category (a DOWNTIME waste or handoffs) with their summed impact. */
export interface FindingGroup {
  category: FindingCategory;
  /** In the analysis' order: largest impact first. */
  findings: Finding[];
  /** Σ impactHoursPerYear of the findings that count paid work. */
  personHoursPerYear: number;
  /** Σ impactHoursPerYear of the findings that count delay cases suffer. */
  caseHoursPerYear: number;
  /** Σ impactCost. */
  cost: number;
}

export interface SetAsideFinding {
  finding: Finding;
  reason: string;
}

export interface GroupedFindings {
  /** Only categories with findings, in DOWNTIME order followed by handoffs. */
  groups: FindingGroup[];
  /** Findings the user set aside, with the reason from the file. */
  setAside: SetAsideFinding[];
}

/**
 * Sorts the analysis' findings into category groups, keeping the set-aside ones apart.
 * With `stepId`, only findings naming that step are kept (the panel follows the selection).
 * Person-hours and case-hours are summed separately: they count different things.
 */
export function groupFindings(
  findings: readonly Finding[],
  dismissed: readonly DismissedFinding[],
  stepId: string | null = null,
): GroupedFindings {
  const reasonById = new Map(dismissed.map((entry) => [entry.findingId, entry.reason]));
  const byCategory = new Map<FindingCategory, FindingGroup>();
  const setAside: SetAsideFinding[] = [];
  for (const finding of findings) {
    if (stepId !== null && !finding.stepIds.includes(stepId)) continue;
    const reason = reasonById.get(finding.id);
    if (reason !== undefined) {
      setAside.push({ finding, reason });
      continue;
    }
    const group = byCategory.get(finding.category) ?? { category: finding.category, findings: [], personHoursPerYear: 0, caseHoursPerYear: 0, cost: 0 };
    group.findings.push(finding);
    if (finding.impactKind === 'person-hours') group.personHoursPerYear += finding.impactHoursPerYear;
    else group.caseHoursPerYear += finding.impactHoursPerYear;
    group.cost += finding.impactCost;
    byCategory.set(finding.category, group);
  }
  const groups = FINDING_CATEGORIES.flatMap((category) => {
    const group = byCategory.get(category);
    return group ? [group] : [];
  });
  return { groups, setAside };
}
