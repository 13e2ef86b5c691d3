import { describe, expect, it } from 'vitest';
import { findingsOfRule, lineMap, workedExample } from './testContext';

const PAPER = 'transport/paper-flow';
const STEP = 'transport/transport-step';

describe('transport: paper flows', () => {
  it('fires per paper flow with the receiving wait as delay', () => {
    // f2 A→B on paper: v(A)·1 = 4/3 traversals; B waits 120 → 160 min/case;
    // 1200·160/60 = 3,200 case-hours, no cost; 160/181.33 = 88% of LT → high.
    const spec = workedExample('nl');
    spec.flows = spec.flows.map((flow) => (flow.id === 'f2' ? { ...flow, medium: 'paper' } : flow));
    const [finding, ...rest] = findingsOfRule(spec, PAPER);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ id: 'transport:paper-flow:f2', stepIds: ['A', 'B'], flowIds: ['f2'], impactKind: 'case-hours', impactCost: 0, severity: 'high' });
    expect(finding?.impactMinutesPerCase).toBeCloseTo(160, 9);
    expect(finding?.impactHoursPerYear).toBeCloseTo(3200, 9);
    expect(finding?.title).toBe('Papier gaat van ‘A’ naar ‘B’');
    expect(finding?.explanation).toContain('1,3 keer per zaak');
    expect(finding?.explanation).toContain('2,7 uur');
  });

  it('does not fire for other media', () => {
    const spec = workedExample();
    spec.flows = spec.flows.map((flow) => ({ ...flow, medium: 'email' }));
    expect(findingsOfRule(spec, PAPER)).toEqual([]);
  });
});

describe('transport: transport steps', () => {
  it('fires per transport step with its work as impact', () => {
    // T: pt 5 in mgr, v 1 → 5 min/case; 100 h/year; 100·€80 = €8,000.
    const [finding] = findingsOfRule(lineMap([{ id: 'T', laneId: 'mgr', processTime: 5, activity: 'transport', label: 'Post rondbrengen' }]), STEP);
    expect(finding).toMatchObject({ id: 'transport:transport-step:T', impactMinutesPerCase: 5, impactHoursPerYear: 100, impactCost: 8000, impactKind: 'person-hours' });
    expect(finding?.title).toBe('Moving work around: ‘Post rondbrengen’');
    expect(finding?.explanation).toContain('5 minutes');
    expect(finding?.explanation).toContain('€8,000');
  });

  it('does not fire for other activities', () => {
    expect(findingsOfRule(lineMap([{ id: 'W', laneId: 'mgr', processTime: 5, activity: 'communication' }]), STEP)).toEqual([]);
  });
});
