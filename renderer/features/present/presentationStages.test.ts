import { describe, expect, it } from 'vitest';
import { compareStates } from '../../../shared/improve/comparison';
import { buildPlanContent } from '../../../shared/plan/content';
import { invoicesWithActions } from '../../../tests/unit/planFixtures';
import { buildStages } from './presentationStages';

const generatedAt = '2026-12-07T10:00:00Z';

describe('buildStages', () => {
  it('gives the same stages from the insight service’s comparison as from its own, with the plan’s facts', () => {
    const map = invoicesWithActions();
    const own = buildStages(map, generatedAt);
    const reused = buildStages(map, generatedAt, compareStates(map));
    expect(reused.stages).toEqual(own.stages);
    // The figures are the plan's (one content model for plan, deck and screen).
    const plan = buildPlanContent(map, { generatedAt });
    const current = own.stages[0];
    expect(current?.kind).toBe('current');
    if (current?.kind === 'current') expect(current.tiles[0]?.[1]).toBe(plan.meeting.figures?.now.leadTime);
    expect(own.stages.filter((stage) => stage.kind === 'finding')).toHaveLength(plan.meeting.topFindings.length);
  });

  it('draws each state once, when a stage first asks, and rings a finding’s steps on that drawing', () => {
    const map = invoicesWithActions();
    const { stages, pictures } = buildStages(map, generatedAt);
    const finding = stages.find((stage) => stage.kind === 'finding');
    const current = stages[0];
    if (finding?.kind !== 'finding' || current?.kind !== 'current') throw new Error('expected a current and a finding stage');
    const whole = pictures.get(current.picture);
    expect(pictures.get(current.picture)).toBe(whole);
    const ringed = pictures.get(finding.picture);
    expect(ringed?.svg.startsWith((whole?.svg ?? '').replace(/<\/svg>$/, ''))).toBe(true);
    // One ring per step of the finding.
    expect(ringed?.svg.match(/stroke="#e8590c"/g)).toHaveLength(finding.finding.stepIds.length);
  });
});
