import type { AnalysisContext } from '../context';
import type { Finding } from '../types';
import { detectDefects } from './defects';
import { detectExtraProcessing } from './extraProcessing';
import { detectHandoffs } from './handoffs';
import { detectInventory } from './inventory';
import { detectMotion } from './motion';
import { detectNonUtilizedTalent } from './nonUtilizedTalent';
import { createDetectorScope } from './scope';
import { sortFindings } from './sort';
import { detectTransport } from './transport';
import { detectUserTagged } from './userTagged';
import { detectWaiting } from './waiting';

export { sortFindings } from './sort';
export { SEVERITY_THRESHOLDS, rateSeverity } from './severity';

/**
 * All findings of domain.md section 4 for one analysed state: waiting, handoffs, defects,
 * extra processing, transport, motion, inventory, non-utilized talent, then the user's own
 * waste tags for steps no detector already flagged in that category.
 * Texts are in the map's language (context.input.language), built when first read (see
 * `defineLazyTexts`). Unreachable steps (0 visits)
 * and flows never taken yield nothing. Sorted by impactHoursPerYear desc, then
 * impactMinutesPerCase desc, then id (see `sortFindings`).
 */
export function detectFindings(context: AnalysisContext): Finding[] {
  const scope = createDetectorScope(context);
  const detected: Finding[] = [];
  for (const detect of [
    detectWaiting,
    detectHandoffs,
    detectDefects,
    detectExtraProcessing,
    detectTransport,
    detectMotion,
    detectInventory,
    detectNonUtilizedTalent,
    // Last: it skips what the others found (see DetectorScope.categoriesFound).
    detectUserTagged,
  ]) {
    const found = detect(scope);
    for (let i = 0; i < found.length; i++) detected.push(found[i] as Finding);
  }
  return sortFindings(detected);
}
