import type { AnalysisContext } from '../context';
import type { Finding } from '../types';
import { detectDefects } from './defects';
import { detectExtraProcessing } from './extraProcessing';
import { detectHandoffs } from './handoffs';
import { detectInventory } from './inventory';
import { detectMotion } from './motion';
import { detectNonUtilizedTalent } from './nonUtilizedTalent';
import { type DetectorScope, createDetectorScope } from './scope';
import { sortFindings } from './sort';
import { detectTransport } from './transport';
import { detectUserTagged } from './userTagged';
import { detectWaiting } from './waiting';

export { sortFindings } from './sort';
export { SEVERITY_THRESHOLDS, rateSeverity } from './severity';

/** The detectors in the order they run. */
const DETECTORS: readonly ((scope: DetectorScope) => Finding[])[] = [
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
];

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
  const lists: Finding[][] = [];
  let count = 0;
  for (const detect of DETECTORS) {
    const found = detect(scope);
    lists.push(found);
    count += found.length;
  }
  // One array of the final length: pushing 200,000 findings one by one regrows and copies it.
  const detected = new Array<Finding>(count);
  let at = 0;
  for (const found of lists) for (let i = 0; i < found.length; i++) detected[at++] = found[i] as Finding;
  return sortFindings(detected);
}
