import { describe, expect, it } from 'vitest';
import { findingsOfRule, lineMap } from './testContext';

const SEARCH = 'motion/search';
const SWITCH = 'motion/system-switch';

describe('motion: search', () => {
  it('fires per search step with its work as impact', () => {
    // S: pt 8, v 2 → 16 min/case; 1200·16/60 = 320 h; €42 → €13,440.
    const [finding] = findingsOfRule(lineMap([{ id: 'S', laneId: 'sec', processTime: 8, activity: 'search' }], { S: 2 }), SEARCH);
    expect(finding).toMatchObject({ id: 'motion:search:S', impactMinutesPerCase: 16, impactHoursPerYear: 320, impactCost: 13440 });
    expect(finding?.explanation).toContain('16 minutes');
    expect(finding?.explanation).toContain('320 hours');
  });

  it('does not fire for other activities', () => {
    expect(findingsOfRule(lineMap([{ id: 'S', laneId: 'sec', processTime: 8, activity: 'check' }]), SEARCH)).toEqual([]);
  });
});

describe('motion: switching systems', () => {
  it('fires for consecutive steps in one lane in different systems', () => {
    // f2 A (Excel) → B (Outlook), both sec, taken once per case: 1 switch · 1 min (assumption)
    // = 1 min/case; 1200/60 = 20 h; 20·€42 = €840.
    const spec = lineMap([
      { id: 'A', laneId: 'sec', processTime: 5, system: 'Excel' },
      { id: 'B', laneId: 'sec', processTime: 5, system: 'Outlook' },
    ]);
    spec.language = 'nl';
    spec.lanes = spec.lanes.map((lane) => (lane.id === 'sec' ? { ...lane, name: 'Secretariaat' } : lane));
    const [finding, ...rest] = findingsOfRule(spec, SWITCH);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ id: 'motion:system-switch:f2', stepIds: ['A', 'B'], flowIds: ['f2'], impactMinutesPerCase: 1, impactHoursPerYear: 20, impactCost: 840 });
    expect(finding?.title).toBe('Wisselen van systeem: van Excel naar Outlook bij ‘B’');
    expect(finding?.explanation).toContain('Binnen Secretariaat');
    expect(finding?.explanation).toContain('1 minuut per wissel');
    expect(finding?.explanation).toContain('€\u00a0840');
  });

  it('does not fire for the same system, a missing system, or a change of lane', () => {
    const spec = lineMap([
      { id: 'A', laneId: 'sec', system: 'Excel' },
      { id: 'B', laneId: 'sec', system: ' excel' },
      { id: 'C', laneId: 'sec', system: '' },
      { id: 'D', laneId: 'sec', system: 'Outlook' },
      { id: 'E', laneId: 'mgr', system: 'AFAS' },
    ]);
    expect(findingsOfRule(spec, SWITCH)).toEqual([]);
  });
});
