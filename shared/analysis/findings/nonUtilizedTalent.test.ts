import { describe, expect, it } from 'vitest';
import { type TestMapSpec, findingsOfRule, lineMap } from './testContext';

const DELEGATE = 'non-utilized-talent/delegate';

/** Data entry by the manager; lanes: sec €40, mgr at `managerCost`, an external party at €0. */
function entryByManager(managerCost: number | undefined, activity: 'data-entry' | 'transport' | 'search' | 'work' = 'data-entry'): TestMapSpec {
  const spec = lineMap([
    { id: 'A', laneId: 'sec', processTime: 5 },
    { id: 'M', laneId: 'mgr', processTime: 10, activity, label: 'Invoeren in AFAS' },
  ]);
  spec.settings = { defaultHourlyCost: 60 };
  spec.lanes = [
    { id: 'sec', name: 'Secretariat', hourlyCost: 40 },
    { id: 'mgr', name: 'Manager', ...(managerCost === undefined ? {} : { hourlyCost: managerCost }) },
    { id: 'ext', name: 'Supplier', hourlyCost: 0 },
  ];
  return spec;
}

describe('non-utilized talent: delegate routine work', () => {
  it('fires at exactly 1.5× the cheapest paid lane; cost is the saving', () => {
    // Manager €60 = 1.5·€40 (the €0 supplier does not count). M: 10 min/case → 1200·10/60 = 200 h;
    // saving 200·(60 − 40) = €4,000. 10/15 of PT → high.
    const [finding, ...rest] = findingsOfRule(entryByManager(60), DELEGATE);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ id: 'non-utilized-talent:delegate:M', stepIds: ['M'], impactMinutesPerCase: 10, impactHoursPerYear: 200, impactCost: 4000, impactKind: 'person-hours', severity: 'high' });
    expect(finding?.title).toBe('‘Invoeren in AFAS’ could be done by Secretariat');
    expect(finding?.explanation).toContain('€60 per hour');
    expect(finding?.explanation).toContain('1.5 times');
    expect(finding?.explanation).toContain('saves about €4,000');
  });

  it('uses the default hourly cost for a lane without one', () => {
    // mgr has no hourlyCost → default €60.
    expect(findingsOfRule(entryByManager(undefined, 'search'), DELEGATE)).toHaveLength(1);
    expect(findingsOfRule(entryByManager(90, 'transport'), DELEGATE)[0]?.impactCost).toBe(10000);
  });

  it('does not fire below 1.5×, for other activities, or in the cheapest lane', () => {
    expect(findingsOfRule(entryByManager(59.9), DELEGATE)).toEqual([]);
    expect(findingsOfRule(entryByManager(100, 'work'), DELEGATE)).toEqual([]);
    const cheap = entryByManager(100, 'work');
    cheap.steps = cheap.steps.map((step) => (step.id === 'A' ? { ...step, activity: 'data-entry' } : step));
    expect(findingsOfRule(cheap, DELEGATE)).toEqual([]);
  });
});
