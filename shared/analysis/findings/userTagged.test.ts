import { describe, expect, it } from 'vitest';
import { detectFindings } from './index';
import { buildTestContext, lineMap } from './testContext';

describe('user-tagged wastes', () => {
  it('makes one finding per step and tagged waste, with the step’s work as impact', () => {
    // R: pt 15, wait 30, v 1, sec €42. Overproduction (tagged twice, counted once) → work
    // 15 min/case, 1200·15/60 = 300 h, 300·€42 = €12,600. The waiting tag is not repeated: the
    // waiting detector already flags R (30 of LT 45 = 67% ≥ 20%).
    const spec = lineMap([{ id: 'R', laneId: 'sec', processTime: 15, waitTime: 30, wastes: ['overproduction', 'waiting', 'overproduction'], label: 'Rapport maken' }]);
    spec.language = 'nl';
    const findings = detectFindings(buildTestContext(spec));
    const tagged = findings.filter((finding) => finding.rule.endsWith('/user-tagged'));
    expect(tagged).toHaveLength(1);
    expect(tagged[0]).toMatchObject({ id: 'overproduction:user-tagged:R', category: 'overproduction', impactMinutesPerCase: 15, impactHoursPerYear: 300, impactCost: 12600 });
    expect(tagged[0]?.title).toBe('Door jou gemarkeerd: overproductie bij ‘Rapport maken’');
    expect(tagged[0]?.explanation).toContain('15 minuten');
    expect(findings.map((finding) => finding.id)).toContain('waiting:long-wait:R');
  });

  it('uses the wait as delay for a waiting tag the detectors did not flag', () => {
    // R waits 5 of LT 100 + 5 = 105 (4.8%): no waiting finding, so the tag becomes one:
    // 5 min/case, 1200·5/60 = 100 case-hours.
    const spec = lineMap([{ id: 'R', laneId: 'sec', processTime: 100, waitTime: 5, wastes: ['waiting'] }]);
    const findings = detectFindings(buildTestContext(spec));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ id: 'waiting:user-tagged:R', impactMinutesPerCase: 5, impactHoursPerYear: 100, impactKind: 'case-hours', impactCost: 0 });
    expect(findings[0]?.explanation).toContain('5 minutes');
  });

  it('does not duplicate a detected finding of the same category on the step', () => {
    const spec = lineMap([{ id: 'B', laneId: 'sec', processTime: 10, completeAccurate: 0.5, wastes: ['defects'] }]);
    const findings = detectFindings(buildTestContext(spec));
    expect(findings.map((finding) => finding.id)).toEqual(['defects:low-complete-accurate:B']);
  });

  it('ignores tags on unreachable steps', () => {
    const spec = lineMap([{ id: 'B', laneId: 'sec', processTime: 10, wastes: ['motion'] }], { B: 0 });
    expect(detectFindings(buildTestContext(spec))).toEqual([]);
  });
});
