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
    // fromEntries defines own properties, so an id such as "__proto__" stays a plain key.
    flowProbabilities: Object.fromEntries(result.flowProbabilities),
  };
}
