import type { Flow, Lane, Step } from '../model/types';
import type { AnalysisInput, LaneFigures, Metrics } from './types';

/**
 * Everything the finding detectors read, computed once per analysis by
 * `buildAnalysisContext` (visits, probabilities, metrics) so no detector recomputes it.
 * Only built when the visits are defined (no loop without exit).
 */
export interface AnalysisContext {
  input: AnalysisInput;
  stepsById: ReadonlyMap<string, Step>;
  lanesById: ReadonlyMap<string, Lane>;
  /** Outgoing and incoming flows per step id, in document order; every step id has an entry. */
  outgoing: ReadonlyMap<string, readonly Flow[]>;
  incoming: ReadonlyMap<string, readonly Flow[]>;
  /** Effective probability per flow id (domain.md 2.2). */
  probability: ReadonlyMap<string, number>;
  /** Expected visits per step id (domain.md 2.3); 0 for unreachable steps. */
  visits: ReadonlyMap<string, number>;
  metrics: Metrics;
  lanes: readonly LaneFigures[];
  /** lane.hourlyCost ?? settings.defaultHourlyCost */
  hourlyCostOf(laneId: string): number;
}
