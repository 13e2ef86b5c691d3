import { describe, expect, it } from 'vitest';
import { buildPlanContent } from '../../shared/plan/content';
import type { PlanDocument } from '../../shared/plan/types';
import { GENERATED_AT, loadFixture } from './planFixtures';

function appendixLabels(document: PlanDocument): string[] {
  const table = document.sections.find((section) => section.id === 'appendix')?.blocks.find((block) => block.kind === 'table');
  if (!table || table.kind !== 'table') throw new Error('no appendix table');
  return table.rows.map((row) => row[0] ?? '');
}

describe('the plan’s appendix', () => {
  it('lists the steps in process order, the main path first, the end step last, whatever the order in the file', () => {
    const map = loadFixture('inkomende-facturen');
    // As in a map begun with "New": start and end first, the steps added later.
    const end = map.steps.find((step) => step.type === 'end');
    const reordered = { ...map, steps: [...map.steps.filter((step) => step.type === 'start'), ...(end ? [end] : []), ...map.steps.filter((step) => step.type !== 'start' && step !== end).reverse()] };
    const labelOf = new Map(map.steps.map((step) => [step.id, step.label]));
    // s1 → … → s6 (Akkoord?), the approved path s7 → s8 → s9 (85%) before the correction route s11 → s12, the end s10 last.
    const expected = ['s1', 's2', 's3', 's4', 's5', 's6', 's7', 's8', 's9', 's11', 's12', 's10'].map((id) => labelOf.get(id));
    expect(appendixLabels(buildPlanContent(reordered, { generatedAt: GENERATED_AT }))).toEqual(expected);
  });

  it('puts steps no case reaches after the process and before the end, in the order of the file', () => {
    const map = loadFixture('inkomende-facturen');
    const island = { ...map.steps[2]!, id: 'x1', label: 'Los eiland', position: { x: 0, y: 0 } };
    const labels = appendixLabels(buildPlanContent({ ...map, steps: [island, ...map.steps] }, { generatedAt: GENERATED_AT }));
    expect(labels.slice(-2)).toEqual(['Los eiland', 'Factuur betaald en gearchiveerd']);
  });
});
