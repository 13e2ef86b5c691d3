import { describe, expect, it } from 'vitest';
import { findingsOfRule, lineMap as line, makeStep, workedExample } from './testContext';

const CHECKS = 'extra-processing/many-checks';
const TYPED = 'extra-processing/typed-twice';
const NVA = 'extra-processing/non-value-adding';

describe('extra processing: many checks', () => {
  it('fires at exactly two checks per case, listing all, impact all but the largest', () => {
    // C1 check (sec, 5 min) + C2 approval (mgr, 10 min): Σ min(v,1) = 2 → fires.
    // Keep C2 (largest); impact C1 = 5 min/case; 1200·5/60 = 100 h; 100·€42 = €4,200.
    // PT = 20 + 5 + 10 = 35; 5/35 = 14.3% → medium.
    const spec = line([
      { id: 'A', laneId: 'sec', processTime: 20 },
      { id: 'C1', laneId: 'sec', processTime: 5, activity: 'check' },
      { id: 'C2', laneId: 'mgr', processTime: 10, activity: 'approval' },
    ]);
    const [finding, ...rest] = findingsOfRule(spec, CHECKS);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      id: 'extra-processing:many-checks:C1+C2',
      stepIds: ['C1', 'C2'],
      impactMinutesPerCase: 5,
      impactHoursPerYear: 100,
      impactCost: 4200,
      impactKind: 'person-hours',
      severity: 'medium',
    });
    expect(finding?.title).toBe('Cases are checked or approved 2 times');
    expect(finding?.explanation).toContain('‘C1’ and ‘C2’');
    expect(finding?.explanation).toContain('15 minutes');
    expect(finding?.explanation).toContain('€4,200');
  });

  it('does not count a check revisited through rework twice', () => {
    // Worked example with B as a check: v(B) = 4/3 but min(4/3, 1) = 1 < 2.
    const spec = workedExample();
    spec.steps = spec.steps.map((step) => (step.id === 'B' ? { ...step, activity: 'check' } : step));
    expect(findingsOfRule(spec, CHECKS)).toEqual([]);
  });

  it('does not fire when the second check is on a branch: 1 + 0.5 < 2', () => {
    const spec = line(
      [
        { id: 'C1', laneId: 'sec', processTime: 5, activity: 'check' },
        { id: 'C2', laneId: 'mgr', processTime: 10, activity: 'approval' },
      ],
      { C2: 0.5 },
    );
    expect(findingsOfRule(spec, CHECKS)).toEqual([]);
  });
});

describe('extra processing: data typed twice', () => {
  it('fires for data entry in two systems; the system with most entry work is kept', () => {
    // Excel: 6 + 3 ("excel " is the same system) = 9; AFAS: 4 → impact 4 min/case;
    // 1200·4/60 = 80 h; in mgr at €80 → €6,400.
    const spec = line([
      { id: 'E1', laneId: 'sec', processTime: 6, activity: 'data-entry', system: 'Excel' },
      { id: 'E2', laneId: 'mgr', processTime: 4, activity: 'data-entry', system: 'AFAS' },
      { id: 'E3', laneId: 'sec', processTime: 3, activity: 'data-entry', system: 'excel ' },
    ]);
    const [finding, ...rest] = findingsOfRule(spec, TYPED);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ id: 'extra-processing:typed-twice:E1+E2+E3', stepIds: ['E1', 'E2', 'E3'], impactMinutesPerCase: 4, impactHoursPerYear: 80, impactCost: 6400 });
    expect(finding?.title).toBe('Data entered in 2 different systems');
    expect(finding?.explanation).toContain('AFAS and Excel');
    expect(finding?.explanation).toContain('(Excel)');
  });

  it('does not fire for the same system twice, nor for an entry step without a system', () => {
    const sameSystem = line([
      { id: 'E1', laneId: 'sec', processTime: 6, activity: 'data-entry', system: 'Excel' },
      { id: 'E2', laneId: 'mgr', processTime: 4, activity: 'data-entry', system: 'EXCEL' },
      { id: 'E3', laneId: 'mgr', processTime: 4, activity: 'data-entry', system: '' },
      { id: 'W', laneId: 'mgr', processTime: 4, activity: 'work', system: 'AFAS' },
    ]);
    expect(findingsOfRule(sameSystem, TYPED)).toEqual([]);
  });
});

describe('extra processing: non-value-adding steps', () => {
  it('fires per non-value-adding step with its work as impact', () => {
    // N: pt 12, v 1.5 → 18 min/case; 1200·18/60 = 360 h; €42 → €15,120.
    const spec = line([{ id: 'N', laneId: 'sec', processTime: 12, valueType: 'non-value-adding', label: 'Kopie maken' }], { N: 1.5 });
    spec.language = 'nl';
    const [finding] = findingsOfRule(spec, NVA);
    expect(finding).toMatchObject({ id: 'extra-processing:non-value-adding:N', impactMinutesPerCase: 18, impactHoursPerYear: 360, impactCost: 15120 });
    expect(finding?.title).toBe('‘Kopie maken’ voegt geen waarde toe');
    expect(finding?.explanation).toContain('18 minuten');
    expect(finding?.explanation).toContain('€\u00a015.120');
  });

  it('does not fire for value-adding or business-required steps', () => {
    const spec = line([makeStep({ id: 'V', laneId: 'sec', processTime: 12, valueType: 'value-adding' }), { id: 'R', laneId: 'sec', processTime: 3 }]);
    expect(findingsOfRule(spec, NVA)).toEqual([]);
  });
});
