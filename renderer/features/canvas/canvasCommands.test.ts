import { describe, expect, it } from 'vitest';
import { annotationNodeId } from './flowTypes';
import { commandsForDroppedNodes } from './canvasCommands';
import { workedExample } from '../../../shared/layout/testMaps';

describe('commandsForDroppedNodes', () => {
  it('moves a step dropped in another band to that lane as one step/move', () => {
    const state = workedExample();
    // A (sec) dragged down so its centre is in the mgr band.
    const commands = commandsForDroppedNodes(state, 'current', [{ id: 'A', position: { x: 233, y: 201 } }]);
    expect(commands).toEqual([{ type: 'step/move', target: 'current', moves: [{ stepId: 'A', position: { x: 230, y: 200 }, laneId: 'mgr' }] }]);
  });

  it('keeps the lane when the centre stays in the band, clamping y into it', () => {
    const state = workedExample();
    const commands = commandsForDroppedNodes(state, 'future', [{ id: 'A', position: { x: 400, y: -30 } }]);
    expect(commands).toEqual([{ type: 'step/move', target: 'future', moves: [{ stepId: 'A', position: { x: 400, y: 8 } }] }]);
  });

  it('moves several steps in one command and annotations with their own', () => {
    const state = workedExample();
    const commands = commandsForDroppedNodes(state, 'current', [
      { id: 'B', position: { x: 500, y: 230 } },
      { id: annotationNodeId('a1'), position: { x: 12, y: 18 } },
      { id: 'D', position: { x: 720, y: 60 } },
    ]);
    expect(commands).toEqual([
      {
        type: 'step/move',
        target: 'current',
        moves: [
          { stepId: 'B', position: { x: 500, y: 230 } },
          { stepId: 'D', position: { x: 720, y: 60 }, laneId: 'sec' },
        ],
      },
      { type: 'annotation/move', target: 'current', annotationId: 'a1', position: { x: 10, y: 20 } },
    ]);
  });

  it('drops a step below the last band into the last lane', () => {
    const commands = commandsForDroppedNodes(workedExample(), 'current', [{ id: 'A', position: { x: 220, y: 900 } }]);
    expect(commands[0]).toMatchObject({ moves: [{ stepId: 'A', laneId: 'mgr', position: { y: 252 } }] });
  });
});
