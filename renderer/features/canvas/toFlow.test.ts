import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../../shared/analysis/types';
import { annotationNodeId, isStepNode, type StepNode } from './flowTypes';
import { createFlowProjector } from './flowProjector';
import { LANE_HEIGHT_PX, STEP_HEIGHT_PX, laneColor } from '../../../shared/layout/geometry';
import { HANDLE_IDS } from './handles';
import { toFlow, type CanvasSession } from './toFlow';
import { flow, step, workedExample } from '../../../shared/layout/testMaps';

const session: CanvasSession = {
  selection: { stepIds: [], flowIds: [], annotationIds: [] },
  language: 'nl',
  hoursPerDay: 8,
  lowDetail: false,
  editingNodeId: null,
};

function stepNode(nodes: ReturnType<typeof toFlow>['nodes'], id: string): StepNode {
  const node = nodes.find((candidate) => candidate.id === id);
  if (!node || !isStepNode(node)) throw new Error(`no step node ${id}`);
  return node;
}

describe('toFlow', () => {
  it('draws every step in the band of its lane, clamping a stale y into it', () => {
    const state = workedExample();
    // B belongs to lane 1 (mgr) but its y still says lane 0: the picture follows laneId.
    state.steps[2] = step('B', 'mgr', 440, 40);
    const { nodes } = toFlow(state, session, null);
    for (const node of nodes.filter(isStepNode)) {
      const laneIndex = state.lanes.findIndex((lane) => lane.id === state.steps.find((s) => s.id === node.id)?.laneId);
      expect(node.position.y).toBeGreaterThanOrEqual(laneIndex * LANE_HEIGHT_PX);
      expect(node.position.y + STEP_HEIGHT_PX).toBeLessThanOrEqual((laneIndex + 1) * LANE_HEIGHT_PX);
    }
    expect(stepNode(nodes, 'B').position.y).toBe(LANE_HEIGHT_PX + 8);
    expect(stepNode(nodes, 'A').position).toEqual({ x: 220, y: 50 });
    expect(stepNode(nodes, 'B').data.laneColor).toBe(laneColor(1));
  });

  it('gives each step type and annotation kind its own node type with declared size and handles', () => {
    const { nodes } = toFlow(workedExample(), session, null);
    expect(nodes.map((node) => [node.id, node.type])).toEqual([
      [annotationNodeId('a1'), 'kaizen'],
      ['start', 'start'],
      ['A', 'activity'],
      ['B', 'activity'],
      ['D', 'decision'],
      ['end', 'end'],
    ]);
    const start = stepNode(nodes, 'start');
    expect(start.handles?.map((handle) => handle.id)).toEqual([HANDLE_IDS.out, HANDLE_IDS.topOut, HANDLE_IDS.bottomOut]);
    expect(stepNode(nodes, 'end').handles?.map((handle) => handle.id)).toEqual([HANDLE_IDS.in, HANDLE_IDS.topIn, HANDLE_IDS.bottomIn]);
    for (const node of nodes) expect(node.measured).toEqual({ width: node.width, height: node.height });
  });

  it('formats the data box in the UI language and hides the inventory triangle without a wait', () => {
    const nl = toFlow(workedExample(), session, null).nodes;
    expect(stepNode(nl, 'B').data).toMatchObject({
      processTimeText: '5 minuten',
      waitTimeText: '2 uur',
      completeAccurateText: '80%',
      valueType: 'value-adding',
    });
    expect(stepNode(nl, 'A').data.waitTimeText).toBeNull();
    const en = toFlow(workedExample(), { ...session, language: 'en' }, null).nodes;
    expect(stepNode(en, 'B').data.waitTimeText).toBe('2 hours');
  });

  it('labels probabilities only where a step branches or a flow is not certain, and flags rework', () => {
    const { edges } = toFlow(workedExample(), session, null);
    const byId = new Map(edges.map((edge) => [edge.id, edge]));
    expect(byId.get('f2')?.data?.probabilityText).toBeNull();
    expect(byId.get('f4')?.data).toMatchObject({ probabilityText: '75%', label: 'ja', rework: false, route: 'forward' });
    expect(byId.get('f5')?.data).toMatchObject({ probabilityText: '25%', rework: true, route: 'backward' });
    expect(byId.get('f5')).toMatchObject({ sourceHandle: HANDLE_IDS.topOut, targetHandle: HANDLE_IDS.topIn });
    expect(byId.get('f4')).toMatchObject({ sourceHandle: HANDLE_IDS.out, targetHandle: HANDLE_IDS.in });
  });

  it('routes flows to steps straight above or below through the top and bottom', () => {
    const state = workedExample();
    state.steps.push(step('C', 'mgr', 240, 230), step('E', 'sec', 640, 50));
    state.flows.push(flow('down', 'A', 'C'), flow('up', 'D', 'E'), flow('self', 'C', 'C'));
    const byId = new Map(toFlow(state, session, null).edges.map((edge) => [edge.id, edge]));
    expect(byId.get('down')).toMatchObject({ sourceHandle: HANDLE_IDS.bottomOut, targetHandle: HANDLE_IDS.topIn, data: { route: 'down' } });
    expect(byId.get('up')).toMatchObject({ sourceHandle: HANDLE_IDS.topOut, targetHandle: HANDLE_IDS.bottomIn, data: { route: 'up' } });
    expect(byId.get('self')?.data?.route).toBe('backward');
  });

  it('prefers the effective probabilities of the analysis', () => {
    const state = workedExample();
    state.flows = [...state.flows.slice(0, 3), flow('f4', 'D', 'end'), flow('f5', 'D', 'A', { rework: true })];
    const analysis = { flowProbabilities: { f4: 0.5, f5: 0.5 }, diagnostics: [] } as unknown as Analysis;
    const without = toFlow(state, session, null).edges.find((edge) => edge.id === 'f4');
    expect(without?.data?.probabilityText).toBeNull();
    const withAnalysis = toFlow(state, session, analysis).edges.find((edge) => edge.id === 'f4');
    expect(withAnalysis?.data?.probabilityText).toBe('50%');
  });

  it('puts diagnostics on the steps they name', () => {
    const analysis = {
      flowProbabilities: {},
      diagnostics: [
        { level: 'warning', code: 'dead-end', message: '', stepIds: ['B'], flowIds: [] },
        { level: 'error', code: 'loop-without-exit', message: '', stepIds: ['A', 'B'], flowIds: [] },
        { level: 'warning', code: 'probabilities-scaled', message: '', stepIds: ['D'], flowIds: [] },
      ],
    } as unknown as Analysis;
    const { nodes } = toFlow(workedExample(), session, analysis);
    expect(stepNode(nodes, 'B').data.diagnostics).toEqual([
      { level: 'warning', code: 'dead-end' },
      { level: 'error', code: 'loop-without-exit' },
    ]);
    expect(stepNode(nodes, 'D').data.diagnostics).toEqual([]);
  });

  it('mirrors the store selection, the level of detail and inline editing', () => {
    const selected: CanvasSession = {
      ...session,
      selection: { stepIds: ['A'], flowIds: ['f2'], annotationIds: ['a1'] },
      lowDetail: true,
      editingNodeId: 'B',
    };
    const { nodes, edges } = toFlow(workedExample(), selected, null);
    expect(nodes.filter((node) => node.selected).map((node) => node.id)).toEqual([annotationNodeId('a1'), 'A']);
    expect(edges.filter((edge) => edge.selected).map((edge) => edge.id)).toEqual(['f2']);
    expect(nodes.every((node) => node.data.lowDetail)).toBe(true);
    expect(stepNode(nodes, 'B').data.editing).toBe(true);
    expect(stepNode(nodes, 'A').data.editing).toBe(false);
  });

  it('skips flows that name unknown steps', () => {
    const state = workedExample();
    state.flows.push(flow('ghost', 'A', 'nowhere'));
    expect(toFlow(state, session, null).edges.map((edge) => edge.id)).not.toContain('ghost');
  });
});

describe('createFlowProjector', () => {
  it('projects exactly what toFlow projects', () => {
    const project = createFlowProjector();
    const state = workedExample();
    const selected = { ...session, selection: { stepIds: ['B'], flowIds: ['f5'], annotationIds: [] }, editingNodeId: 'D' };
    expect(project(state, session, null)).toEqual(toFlow(state, session, null));
    expect(project(state, selected, null)).toEqual(toFlow(state, selected, null));
  });

  it('keeps the objects of elements whose inputs did not change', () => {
    const project = createFlowProjector();
    const state = workedExample();
    const first = project(state, session, null);
    const edited = { ...state, steps: state.steps.map((s) => (s.id === 'B' ? { ...s, label: 'Nieuw' } : s)) };
    const second = project(edited, { ...session, selection: { stepIds: ['end'], flowIds: [], annotationIds: [] } }, null);
    const sameNode = (id: string): boolean => first.nodes.find((n) => n.id === id) === second.nodes.find((n) => n.id === id);
    const sameEdge = (id: string): boolean => first.edges.find((e) => e.id === id) === second.edges.find((e) => e.id === id);
    expect(['start', 'A', 'D'].map(sameNode)).toEqual([true, true, true]);
    expect(['B', 'end'].map(sameNode)).toEqual([false, false]);
    // Edges read only the type and place of their ends: a new label on B or selecting the end keeps every edge, and the list.
    expect(['f1', 'f2', 'f3', 'f4', 'f5'].map(sameEdge)).toEqual([true, true, true, true, true]);
    expect(second.edges).toBe(first.edges);
    const third = project(edited, { ...session, selection: { stepIds: ['end'], flowIds: [], annotationIds: [] } }, null);
    expect(third.nodes).toBe(second.nodes);
    expect(third.edges).toBe(second.edges);
  });

  it('makes the edges of a step again when the step moves, and only those', () => {
    const project = createFlowProjector();
    const state = workedExample();
    const first = project(state, session, null);
    // B moves left of A: its flows turn (f2 A→B now runs backward), the others stay.
    const moved = { ...state, steps: state.steps.map((s) => (s.id === 'B' ? { ...s, position: { x: 0, y: 230 } } : s)) };
    const second = project(moved, session, null);
    const sameEdge = (id: string): boolean => first.edges.find((e) => e.id === id) === second.edges.find((e) => e.id === id);
    expect(['f1', 'f2', 'f3', 'f4', 'f5'].map(sameEdge)).toEqual([true, false, false, true, true]);
    expect(second.edges.find((e) => e.id === 'f2')?.data?.route).toBe('backward');
    expect(second.edges).not.toBe(first.edges);
  });

  it('redraws everything when the zoom crosses the level-of-detail threshold', () => {
    const project = createFlowProjector();
    const state = workedExample();
    const near = project(state, session, null);
    const far = project(state, { ...session, lowDetail: true }, null);
    expect(far.nodes.some((node, index) => node === near.nodes[index])).toBe(false);
    expect(far.nodes.every((node) => node.data.lowDetail)).toBe(true);
  });
});
