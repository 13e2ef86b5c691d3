import type { ProcessMap } from '../model/types';
import { buildAnalysisContext } from './buildContext';
import { detectFindings } from './findings/index';
import type { Analysis, AnalysisInput } from './types';

/**
 * The analysis of a map's current state: `analyseState` with the map's own settings and
 * language. A pure function of the document.
 */
export function analyseMap(map: ProcessMap): Analysis {
  return analyseState({ state: map, settings: map.settings, language: map.meta.language });
}

/**
 * The full analysis of one state (the current one, or a future state): effective flow
 * probabilities, expected visits, the metrics of domain.md section 3, lane figures,
 * findings and diagnostics (messages in `input.language`).
 * When an error makes the numbers undefined (no unique start, a loop without exit),
 * `metrics` is null, `lanes` and `findings` are empty, and `steps` still lists every
 * step (see `buildAnalysisContext` for the visit values then). Findings the user
 * dismissed are returned as well: filtering them is the caller's choice.
 * Time O(steps + flows) plus one exact solve per strongly connected component and the
 * detectors.
 */
export function analyseState(input: AnalysisInput): Analysis {
  const result = buildAnalysisContext(input);
  return {
    metrics: result.metrics,
    steps: result.steps,
    lanes: result.lanes,
    findings: result.context ? detectFindings(result.context) : [],
    diagnostics: result.diagnostics,
    flowProbabilities: recordOf(result.flowProbabilities),
    criticalPath: result.criticalPath,
    parallelBlocks: result.parallelBlocks,
  };
}

/**
 * The map as a plain record in the map's order, like Object.fromEntries but without an
 * entry array per flow (100,000-step maps have over 100,000 flows).
 */
function recordOf(values: ReadonlyMap<string, number>): Record<string, number> {
  const record: Record<string, number> = {};
  // A function of the module with the record as `this`, not a closure made per call: see keepLayout.ts.
  values.forEach(assignEntry, record);
  return record;
}

function assignEntry(this: Record<string, number>, value: number, id: string): void {
  // Defined rather than assigned, so an id such as "__proto__" stays a plain key.
  if (id === '__proto__') Object.defineProperty(this, id, { value, writable: true, enumerable: true, configurable: true });
  else this[id] = value;
}
