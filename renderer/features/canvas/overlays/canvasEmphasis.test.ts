import { describe, expect, it } from 'vitest';
import { analyseState } from '../../../../shared/analysis/analyseMap';
import type { Finding } from '../../../../shared/analysis/types';
import type { StepNode } from '../flowTypes';
import { createFlowProjector } from '../flowProjector';
import { workedExample } from '../../../../shared/layout/testMaps';
import { toFlow, type CanvasSession } from '../toFlow';
import { NO_EMPHASIS, computeCanvasEmphasis, heatModeOf } from './canvasEmphasis';

const state = workedExample();
const settings = { casesPerYear: 2400, hoursPerDay: 8, currency: 'EUR', defaultHourlyCost: 45, workdayStart: '09:00' };
const analysis = analyseState({ state, settings, language: 'nl' });
const session: CanvasSession = {
  selection: { stepIds: [], flowIds: [], annotationIds: [] },
  language: 'nl',
  hoursPerDay: 8,
  lowDetail: false,
  editingNodeId: null,
};

function stepData(nodes: ReturnType<typeof toFlow>['nodes'], id: string): StepNode['data'] | undefined {
  return (nodes.find((node) => node.id === id) as StepNode | undefined)?.data;
}

describe('computeCanvasEmphasis', () => {
  it('is empty for the plain map without a highlighted finding', () => {
    expect(computeCanvasEmphasis({ overlay: 'none', highlightedFindingId: null, criticalPathShown: false, state, settings, analysis, findings: analysis.findings })).toBe(NO_EMPHASIS);
    expect(heatModeOf('handoffs')).toBeNull();
    expect(heatModeOf('heat-effort')).toBe('effort');
  });

  it('highlights the finding steps and flows and dims the rest on the canvas', () => {
    const rework = analysis.findings.find((finding) => finding.flowIds.includes('f5')) as Finding;
    expect(rework).toBeDefined();
    const emphasis = computeCanvasEmphasis({ overlay: 'none', highlightedFindingId: rework.id, criticalPathShown: false, state, settings, analysis, findings: analysis.findings });
    const { nodes, edges } = toFlow(state, { ...session, emphasis }, analysis);
    for (const id of rework.stepIds) expect(stepData(nodes, id)?.emphasis).toBe('highlighted');
    expect(stepData(nodes, 'start')?.emphasis).toBe('dimmed');
    expect(edges.find((edge) => edge.id === 'f5')?.data?.emphasis).toBe('highlighted');
    expect(edges.find((edge) => edge.id === 'f1')?.data?.emphasis).toBe('dimmed');
  });

  it('highlights the critical path when asked for: every reached step and flow of a map without parallel work', () => {
    const emphasis = computeCanvasEmphasis({ overlay: 'none', highlightedFindingId: null, criticalPathShown: true, state, settings, analysis, findings: [] });
    expect([...(emphasis.highlightedStepIds ?? [])]).toEqual(analysis.criticalPath?.stepIds);
    expect(emphasis.highlightedStepIds?.has('B')).toBe(true);
    // A highlighted finding goes first: the path comes back when the finding is closed.
    const rework = analysis.findings.find((finding) => finding.flowIds.includes('f5')) as Finding;
    const withFinding = computeCanvasEmphasis({ overlay: 'none', highlightedFindingId: rework.id, criticalPathShown: true, state, settings, analysis, findings: [] });
    expect([...(withFinding.highlightedStepIds ?? [])]).toEqual(rework.stepIds);
  });

  it('a highlighted finding that no longer exists highlights nothing', () => {
    expect(computeCanvasEmphasis({ overlay: 'none', highlightedFindingId: 'gone', criticalPathShown: false, state, settings, analysis, findings: [] })).toBe(NO_EMPHASIS);
  });

  it('puts the heat class on each step node (wait: only B waits, 4/3 · 120 min)', () => {
    const emphasis = computeCanvasEmphasis({ overlay: 'heat-wait', highlightedFindingId: null, criticalPathShown: false, state, settings, analysis, findings: analysis.findings });
    const { nodes } = toFlow(state, { ...session, emphasis }, analysis);
    expect(stepData(nodes, 'B')?.heatClass).toBe(4);
    expect(stepData(nodes, 'A')?.heatClass).toBe(0);
    expect(stepData(toFlow(state, session, analysis).nodes, 'A')?.heatClass).toBeNull();
  });

  it('marks cross-lane flows as handoffs in the handoff view, and the projector rebuilds them', () => {
    const project = createFlowProjector();
    const plain = project(state, session, analysis);
    const emphasis = computeCanvasEmphasis({ overlay: 'handoffs', highlightedFindingId: null, criticalPathShown: false, state, settings, analysis, findings: [] });
    const handoffs = project(state, { ...session, emphasis }, analysis);
    expect(handoffs.edges.filter((edge) => edge.data?.emphasis === 'handoff').map((edge) => edge.id)).toEqual(['f2', 'f5']);
    expect(handoffs.edges.find((edge) => edge.id === 'f1')?.data?.emphasis).toBe('dimmed');
    // Steps are not affected by the handoff view: their nodes are reused as they were.
    expect(handoffs.nodes.find((node) => node.id === 'A')).toBe(plain.nodes.find((node) => node.id === 'A'));
  });
});
