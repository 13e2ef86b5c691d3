import { describe, expect, it } from 'vitest';
import { workedExample } from '../../../../shared/layout/testMaps';
import { createCanvasRouter } from './canvasRoutes';

describe('createCanvasRouter', () => {
  it('keeps the routes while only what the router does not read changes (times, names)', () => {
    const route = createCanvasRouter();
    const state = workedExample();
    const first = route(state);
    expect([...first.keys()]).toEqual(['f1', 'f2', 'f3', 'f4', 'f5']);
    const retimed = { ...state, steps: state.steps.map((step) => (step.id === 'B' ? { ...step, processTime: 42, label: 'Anders' } : step)) };
    expect(route(retimed)).toBe(first);
  });

  it('routes again when a step moves, a flow gets a label or a lane is added', () => {
    const route = createCanvasRouter();
    const state = workedExample();
    const first = route(state);
    const moved = { ...state, steps: state.steps.map((step) => (step.id === 'B' ? { ...step, position: { x: 460, y: 230 } } : step)) };
    const second = route(moved);
    expect(second).not.toBe(first);
    // B is 20 px further right: f2 (A → B) now ends 20 px further right.
    expect(second.get('f2')?.points.at(-1)?.x).toBe((first.get('f2')?.points.at(-1)?.x ?? 0) + 20);
    const labelled = { ...moved, flows: moved.flows.map((flow) => (flow.id === 'f2' ? { ...flow, label: 'per post' } : flow)) };
    expect(route(labelled)).not.toBe(second);
    const thirdLane = { ...labelled, lanes: [...labelled.lanes, { id: 'x', name: 'Extra' }] };
    expect(route(thirdLane)).not.toBe(route(labelled));
  });
});
