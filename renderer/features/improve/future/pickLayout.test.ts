import { describe, expect, it } from 'vitest';
import type { ActionSaving } from '../../../../shared/improve/comparison';
import type { Action } from '../../../../shared/model/types';
import { CHART, columnCenterX, effortAtX, placeDots } from './pickLayout';

function action(id: string, effort: Action['effort'], status: Action['status'] = 'accepted'): Action {
  return { id, title: `Action ${id} with a title that is longer than a label can show`, description: '', findingIds: [], ecrs: 'simplify', owner: '', dueDate: '', effort, status, effects: [] };
}

function saving(actionId: string, hoursPerYear: number, quadrant: ActionSaving['quadrant']): ActionSaving {
  return { actionId, status: 'accepted', effort: 'low', hoursPerYear, costPerYear: 0, leadTimeMinutes: 0, leadTimeWorkingDays: 0, handoffsPerCase: 0, quadrant, skipped: [], computable: true };
}

describe('PICK chart layout', () => {
  it('maps x to the effort columns and back', () => {
    for (const effort of ['low', 'medium', 'high'] as const) expect(effortAtX(columnCenterX(effort))).toBe(effort);
    expect(effortAtX(-100)).toBe('low');
    expect(effortAtX(CHART.width + 100)).toBe('high');
  });

  it('places the biggest saver highest, leaves rejected actions out and keeps dots of one column apart', () => {
    const actions = [action('a', 'low'), action('b', 'low'), action('c', 'high'), action('d', 'low', 'rejected')];
    const dots = placeDots(actions, [saving('a', 100, 'implement'), saving('b', 100, 'implement'), saving('c', 0, 'kill'), saving('d', 500, 'possible')]);
    expect(dots.map((dot) => dot.actionId)).toEqual(['a', 'b', 'c']);
    const [a, b, c] = dots;
    if (!a || !b || !c) throw new Error('three dots');
    expect(Math.abs(a.y - b.y)).toBeGreaterThanOrEqual(26);
    expect(c.y).toBeGreaterThan(a.y);
    expect(effortAtX(a.x)).toBe('low');
    expect(effortAtX(c.x)).toBe('high');
    expect(a.shortTitle.endsWith('…')).toBe(true);
    expect(a.number).toBe(1);
  });
});
