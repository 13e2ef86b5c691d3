import { describe, expect, it } from 'vitest';
import type { ActionSaving } from '../../../../shared/improve/comparison';
import { pickQuadrant } from '../../../../shared/improve/pick';
import type { Action } from '../../../../shared/model/types';
import { EFFORTS } from '../../../../shared/model/vocabulary';
import { CHART, DOT_RADIUS, columnCenterX, effortAtX, labelBox, layoutPick, type PickDot, type PickLayout } from './pickLayout';

function action(id: string, effort: Action['effort'], status: Action['status'] = 'accepted', title = `Action ${id} with a title that is longer than a label can show`): Action {
  return { id, title, description: '', findingIds: [], ecrs: 'simplify', owner: '', dueDate: '', effort, status, effects: [] };
}

function saving(actionId: string, effort: Action['effort'], payoff: number, hoursPerYear = 0): ActionSaving {
  return {
    actionId,
    status: 'accepted',
    effort,
    hoursPerYear,
    costPerYear: 0,
    leadTimeMinutes: 0,
    leadTimeWorkingDays: 0,
    handoffsPerCase: 0,
    payoff,
    quadrant: pickQuadrant(payoff, effort),
    skipped: [],
    computable: true,
  };
}

const overlaps = (a: { left: number; right: number; top: number; bottom: number }, b: typeof a): boolean =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Every claim the chart makes about its labels: none overlaps another label or dot, each stays in its column and quadrant. */
function expectReadable(layout: PickLayout): void {
  const circle = (dot: PickDot) => ({ left: dot.x - DOT_RADIUS, right: dot.x + DOT_RADIUS, top: dot.y - DOT_RADIUS, bottom: dot.y + DOT_RADIUS });
  layout.dots.forEach((dot, index) => {
    const label = labelBox(dot);
    const column = CHART.left + ((CHART.right - CHART.left) / EFFORTS.length) * (EFFORTS.indexOf(dot.effort) + 1);
    expect(label.right, `${dot.actionId} stays in its column`).toBeLessThanOrEqual(column);
    const high = dot.quadrant === 'implement' || dot.quadrant === 'challenge';
    expect(dot.y - DOT_RADIUS, dot.actionId).toBeGreaterThanOrEqual(high ? layout.top + 28 : layout.splitY + 28); // under the quadrant's name
    expect(dot.y + DOT_RADIUS, dot.actionId).toBeLessThanOrEqual(high ? layout.splitY : layout.bottom);
    for (const other of layout.dots.slice(index + 1)) {
      expect(overlaps(label, labelBox(other)), `labels ${dot.actionId} and ${other.actionId}`).toBe(false);
      expect(overlaps(circle(dot), circle(other)), `dots ${dot.actionId} and ${other.actionId}`).toBe(false);
      expect(overlaps(label, circle(other)) || overlaps(labelBox(other), circle(dot)), `label and dot ${dot.actionId}, ${other.actionId}`).toBe(false);
    }
  });
}

describe('PICK chart layout', () => {
  it('maps x to the effort columns and back', () => {
    for (const effort of ['low', 'medium', 'high'] as const) expect(effortAtX(columnCenterX(effort))).toBe(effort);
    expect(effortAtX(-100)).toBe('low');
    expect(effortAtX(CHART.width + 100)).toBe('high');
  });

  it('places the biggest payoff highest, high payoff above the middle line, and leaves rejected actions out', () => {
    const actions = [action('a', 'low'), action('b', 'low'), action('c', 'high'), action('d', 'low', 'rejected')];
    const layout = layoutPick(actions, [saving('a', 'low', 1, 100), saving('b', 'low', 0.6, 60), saving('c', 'high', 0), saving('d', 'low', 1, 500)]);
    expect(layout.dots.map((dot) => dot.actionId)).toEqual(['a', 'b', 'c']);
    const [a, b, c] = layout.dots;
    if (!a || !b || !c) throw new Error('three dots');
    expect(a.y).toBeLessThan(b.y);
    expect(b.y).toBeLessThan(layout.splitY);
    expect(c.y).toBeGreaterThan(layout.splitY);
    expect(effortAtX(a.x)).toBe('low');
    expect(effortAtX(c.x)).toBe('high');
    expect(a.shortTitle.endsWith('…')).toBe(true);
    expect(a.number).toBe(1);
    expectReadable(layout);
  });

  it('keeps the labels of two actions with the same payoff apart (the issue: two waits of 3–4 days, both in Possible)', () => {
    const actions = [action('a', 'low'), action('b', 'low')];
    const layout = layoutPick(actions, [saving('a', 'low', 0), saving('b', 'low', 0)]);
    expect(Math.abs((layout.dots[0]?.y ?? 0) - (layout.dots[1]?.y ?? 0))).toBeGreaterThanOrEqual(16);
    expectReadable(layout);
  });

  it('never lets labels overlap, however many actions share a quadrant: the chart grows instead', () => {
    const actions = Array.from({ length: 40 }, (_, i) => action(`x${i}`, EFFORTS[i % 3] ?? 'low', 'proposed', `${'W'.repeat(60)} ${i}`));
    const savings = actions.map((candidate, i) => saving(candidate.id, candidate.effort, i % 5 === 0 ? 0.5 : 0.1 * (i % 4)));
    const layout = layoutPick(actions, savings);
    expect(layout.height).toBeGreaterThan(CHART.height);
    expectReadable(layout);
    // Deterministic: the same input, the same picture.
    expect(layoutPick(actions, savings)).toEqual(layout);
  });
});
