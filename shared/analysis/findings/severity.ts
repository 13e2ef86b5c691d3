import type { Metrics, Severity } from '../types';
import type { Impact } from './impact';

/**
 * All severity thresholds of the findings, in one place.
 *
 * A finding's severity is the share of the process its impact represents, per case, so it
 * does not depend on `casesPerYear`:
 * - delay (impactKind 'case-hours'): impactMinutesPerCase / lead time (LT);
 * - work (impactKind 'person-hours'): impactMinutesPerCase / process time (PT), i.e. the
 *   share of all paid effort on a case (equal to the share of the annual effort hours).
 * A share at or above `high` is high, at or above `medium` is medium, below that low.
 * Delay thresholds are higher than work thresholds because in office processes waiting
 * usually dominates the lead time (activity ratios of 1–10% are common), so only a large
 * share of it stands out.
 */
export const SEVERITY_THRESHOLDS = {
  delayShareOfLeadTime: { high: 0.25, medium: 0.1 },
  workShareOfProcessTime: { high: 0.15, medium: 0.05 },
} as const;

/** Tolerance so that a share computed as 0.1499999999 still counts as 15%. */
const SHARE_TOLERANCE = 1e-9;

/**
 * Severity of an impact: share = minutes per case / LT (delay) or / PT (work), compared with
 * {@link SEVERITY_THRESHOLDS}. A process with LT or PT of 0 gives share 0, so 'low'.
 */
export function rateSeverity(metrics: Metrics, impact: Impact): Severity {
  const isDelay = impact.impactKind === 'case-hours';
  const whole = isDelay ? metrics.leadTimeMinutes : metrics.processTimeMinutes;
  const thresholds = isDelay ? SEVERITY_THRESHOLDS.delayShareOfLeadTime : SEVERITY_THRESHOLDS.workShareOfProcessTime;
  const share = whole > 0 ? impact.impactMinutesPerCase / whole : 0;
  if (share >= thresholds.high - SHARE_TOLERANCE) return 'high';
  if (share >= thresholds.medium - SHARE_TOLERANCE) return 'medium';
  return 'low';
}
