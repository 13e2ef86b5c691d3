import { describe, expect, it } from 'vitest';
import { computeFutureState } from '../../shared/improve/futureState';
import { buildPlanContent } from '../../shared/plan/content';
import { planImages } from '../../shared/plan/planImages';
import type { ProcessMap } from '../../shared/model/types';
import { GENERATED_AT, invoicesWithActions } from './planFixtures';

function mapSvgs(map: ProcessMap, kind: 'current' | 'future'): string {
  return planImages(buildPlanContent(map, { language: 'nl', generatedAt: GENERATED_AT, sourceFileName: 'facturen.stroomlijn' }))
    .filter((image) => image.id.startsWith(`${kind}-map`))
    .map((image) => image.svg ?? '')
    .join('');
}

const stepCount = (svg: string): number => svg.match(/<g class="step /g)?.length ?? 0;

describe('the plan draws the future state as it is', () => {
  it('leaves out a step that an accepted action removes, and draws every other future step once', () => {
    // Action a1 (accepted) removes s2 "Facturen uit de mailbox halen en printen".
    const map = invoicesWithActions();
    const future = computeFutureState(map).state;
    expect(future.steps.some((step) => step.id === 's2')).toBe(false);
    const current = mapSvgs(map, 'current');
    const drawn = mapSvgs(map, 'future');
    expect(current).toContain('mailbox');
    expect(drawn).not.toContain('mailbox');
    expect(stepCount(current)).toBe(map.steps.length);
    expect(stepCount(drawn)).toBe(future.steps.length);
  });

  it('also with a stored (hand-edited) future', () => {
    const map = invoicesWithActions();
    map.future = structuredClone(computeFutureState(map).state);
    const drawn = mapSvgs(map, 'future');
    expect(drawn).not.toContain('mailbox');
    expect(stepCount(drawn)).toBe(map.future.steps.length);
  });
});
