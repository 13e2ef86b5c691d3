import { describe, expect, it } from 'vitest';
import { STEP_GAP_PX } from './geometry';
import { createLayeredRunner } from './layeredRunner';

describe('layered stand-in for ELK', () => {
  it('puts each node in the column of its longest path from a source, also on a chain of 20,000 (no recursion)', async () => {
    const runner = createLayeredRunner();
    // a → b → d and a → c → d, and d ← a directly: d is two columns right of a.
    const laidOut = await runner({
      id: 'root',
      children: ['a', 'b', 'c', 'd'].map((id) => ({ id, width: id === 'a' ? 40 : 100, height: 50 })),
      edges: [
        { id: 'e1', sources: ['a'], targets: ['b'] },
        { id: 'e2', sources: ['b'], targets: ['d'] },
        { id: 'e3', sources: ['a'], targets: ['c'] },
        { id: 'e4', sources: ['c'], targets: ['d'] },
        { id: 'e5', sources: ['a'], targets: ['d'] },
      ],
    });
    // Column width: the widest node (100) + STEP_GAP_PX.
    const column = 100 + STEP_GAP_PX;
    expect(laidOut.children?.map((child) => [child.id, child.x])).toEqual([['a', 0], ['b', column], ['c', column], ['d', 2 * column]]);
    const count = 20_000;
    const chain = await runner({
      id: 'root',
      children: Array.from({ length: count }, (_, index) => ({ id: `n${index}`, width: 10, height: 10 })),
      edges: Array.from({ length: count - 1 }, (_, index) => ({ id: `e${index}`, sources: [`n${index}`], targets: [`n${index + 1}`] })),
    });
    expect(chain.children?.[count - 1]?.x).toBe((count - 1) * (10 + STEP_GAP_PX));
  });
});
