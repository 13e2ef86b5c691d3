import { describe, expect, it } from 'vitest';
import { workedExample } from '../../../shared/layout/testMaps';
import { overviewShapes } from './MapOverview';
import { toFlow } from './toFlow';

describe('overviewShapes', () => {
  it('draws the nodes as one path per colour, a rectangle per node, and bounds them all', () => {
    const session = { selection: { stepIds: [], flowIds: [], annotationIds: [] }, language: 'nl' as const, hoursPerDay: 8, lowDetail: false, editingNodeId: null };
    const { nodes } = toFlow(workedExample(), session, null);
    const { paths, bounds } = overviewShapes(nodes);
    // Colours: kaizen note yellow; start and end grey; A, B and D by value type (A and D the default, business-required).
    expect(paths.map((path) => path.color)).toEqual(['#f3d65b', '#5b6472', '#d9a21b', '#3f9d5a']);
    expect(paths.find((path) => path.color === '#5b6472')?.d.match(/M/g)).toHaveLength(2);
    expect(paths.find((path) => path.color === '#d9a21b')?.d.match(/M/g)).toHaveLength(2);
    const a = nodes.find((node) => node.id === 'A');
    expect(paths.find((path) => path.color === '#d9a21b')?.d).toContain(`M${a?.position.x},${a?.position.y}h${a?.width}v${a?.height}h-${a?.width}z`);
    // From the start step (x 0) to the end step's right edge, from lane 0's top step to the note below.
    const right = Math.max(...nodes.map((node) => node.position.x + (node.width ?? 0)));
    const bottom = Math.max(...nodes.map((node) => node.position.y + (node.height ?? 0)));
    expect(bounds).toEqual({ x: 0, y: 50, width: right, height: bottom - 50 });
  });

  it('has no bounds without nodes', () => {
    expect(overviewShapes([])).toEqual({ paths: [], bounds: null });
  });
});
