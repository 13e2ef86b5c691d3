import { computeHeatMap, crossLaneFlowIds, type HeatMode } from '../../../../shared/analysis/overlays';
import type { Analysis, Finding } from '../../../../shared/analysis/types';
import type { MapSettings, MapState } from '../../../../shared/model/types';
import type { CanvasOverlay } from '../../../base/session/sessionStore';
import type { CanvasEmphasis } from '../flowTypes';

export const NO_EMPHASIS: CanvasEmphasis = Object.freeze({
  highlightedStepIds: null,
  highlightedFlowIds: null,
  heatClassByStep: null,
  handoffFlowIds: null,
});

const HEAT_MODE_OF_OVERLAY: Partial<Record<CanvasOverlay, HeatMode>> = {
  'heat-wait': 'wait',
  'heat-effort': 'effort',
  'heat-findings': 'findings',
};

/** The heat mode an overlay shows, or null for the plain map and the handoff view. */
export function heatModeOf(overlay: CanvasOverlay): HeatMode | null {
  return HEAT_MODE_OF_OVERLAY[overlay] ?? null;
}

export interface EmphasisInputs {
  overlay: CanvasOverlay;
  highlightedFindingId: string | null;
  /** Whether the critical path is asked for (toolbar toggle); a highlighted finding goes first. */
  criticalPathShown: boolean;
  state: Pick<MapState, 'steps' | 'flows'>;
  settings: Pick<MapSettings, 'casesPerYear'>;
  analysis: Analysis | null;
  /** The findings not set aside (what the findings heat map counts). */
  findings: readonly Finding[];
}

/**
 * What the canvas should emphasise: the highlighted finding's steps and flows (else, when asked
 * for, the critical path of the analysis: domain.md section 7), the heat class
 * of every step (figures from shared/analysis/overlays) and the handoff flows. A highlighted
 * finding that no longer exists (the map changed) highlights nothing.
 */
export function computeCanvasEmphasis({ overlay, highlightedFindingId, criticalPathShown, state, settings, analysis, findings }: EmphasisInputs): CanvasEmphasis {
  const finding = highlightedFindingId === null ? undefined : analysis?.findings.find((item) => item.id === highlightedFindingId);
  const highlighted = finding ?? (criticalPathShown ? analysis?.criticalPath : undefined) ?? null;
  const heatMode = heatModeOf(overlay);
  const heat = heatMode !== null && analysis ? computeHeatMap(state, settings, analysis, heatMode, findings) : null;
  if (!highlighted && !heat && overlay !== 'handoffs') return NO_EMPHASIS;
  return {
    highlightedStepIds: highlighted ? new Set(highlighted.stepIds) : null,
    highlightedFlowIds: highlighted ? new Set(highlighted.flowIds) : null,
    heatClassByStep: heat ? new Map(heat.steps.map((step) => [step.stepId, step.heatClass])) : null,
    handoffFlowIds: overlay === 'handoffs' ? crossLaneFlowIds(state) : null,
  };
}
