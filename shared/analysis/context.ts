import type { Lane } from '../model/types';
import type { ElapsedTimes } from './criticalPath';
import type { StepGraph, StronglyConnectedComponents } from './graph';
import type { ParallelStructure } from './parallelBlocks';
import type { AnalysisInput, LaneFigures, Metrics } from './types';

/**
 * Everything the finding detectors read, computed once per analysis by
 * `buildAnalysisContext` (visits, probabilities, metrics) so no detector recomputes it.
 * Only built when the visits are defined (no loop without exit).
 *
 * Steps and flows are addressed by their position in `input.state` (step s is
 * `input.state.steps[s]`, flow f is `input.state.flows[f]`): the detectors walk typed arrays
 * instead of looking every figure up by id, which keeps 100,000-step maps fast.
 */
export interface AnalysisContext {
  input: AnalysisInput;
  /**
   * The step graph of `input.state`: `stepIndexById` (an id names the first step with it),
   * the two ends of each flow (-1 for a flow naming an unknown step) and the outgoing and
   * incoming flows of each step in document order.
   */
  graph: StepGraph;
  /** The index of the first flow with each id. */
  flowIndexById: ReadonlyMap<string, number>;
  /** Expected visits per step index (domain.md 2.3), all finite; 0 for unreachable steps. */
  visits: Float64Array;
  /** Effective probability per flow index (domain.md 2.2); 0 for flows the analysis ignores. */
  probability: Float64Array;
  /**
   * The strongly connected components of the steps reachable from the start over the flows
   * with probability > 0, as the visits were solved on them.
   */
  components: StronglyConnectedComponents;
  /** Whether every flow between known steps has probability > 0 (`components` then covers all flows). */
  everyFlowTaken: boolean;
  /** First lane with each id. */
  lanesById: ReadonlyMap<string, Lane>;
  metrics: Metrics;
  lanes: readonly LaneFigures[];
  /** lane.hourlyCost ?? settings.defaultHourlyCost */
  hourlyCostOf(laneId: string): number;
  /** The blocks and elapsed times of a state with parallel blocks (domain.md section 7); null without. */
  parallel: { structure: ParallelStructure; elapsed: ElapsedTimes } | null;
}
