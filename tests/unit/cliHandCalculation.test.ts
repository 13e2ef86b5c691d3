import { describe, expect, it } from 'vitest';
import type { JsonReport } from '../../shared/cli/jsonReport';
import { CHILD_TIMEOUT_MS, runCli } from './cliRunner';

/*
 * Hand calculation for fixtures/maps/inkomende-facturen.stroomlijn (domain.md 2–3),
 * checked against `analyze --json`. 2400 cases per year, 8 h per day.
 *
 * Lanes: lev Leverancier (no rate → default €45), sec Secretariaat €42,
 *        mgr Manager (budgethouder) €85, fin Financiële administratie €55.
 * Steps (lane, processTime PT, waitTime WT in minutes, %C&A):
 *   s1  start          lev   0     0   1
 *   s2  mailbox/print  sec   3   480   1
 *   s3  Excel-lijst    sec   6     0   0.95
 *   s4  inkooporder    sec   5    60   0.85
 *   s5  manager tekent mgr   3  1440   0.95
 *   s6  Akkoord? (dec) mgr   1     0   1
 *   s7  AFAS (VA)      fin   8   480   0.9
 *   s8  betaalrun (VA) fin   2  1200   1
 *   s9  archiveren     sec   2   480   1
 *   s10 end            sec   0     0   1
 *   s11 correctie      sec  10     0   1
 *   s12 nieuwe factuur lev  15  2400   1
 * Flows: s1→s2→s3→s4→s5→s6; s6→s7 (p 0.85) →s8→s9→s10; s6→s11 (p 0.15) →s12 →s3 (rework).
 *
 * 1. Expected visits (2.3). The only loop is s3→s4→s5→s6→s11→s12→s3.
 *    v(s1) = v(s2) = 1;  v(s3) = v(s2) + v(s12) = 1 + 0.15·v(s3)  →  v(s3) = 1/0.85 = 20/17
 *    v(s4) = v(s5) = v(s6) = 20/17 ≈ 1.176471
 *    v(s11) = v(s12) = 0.15·20/17 = 3/17 ≈ 0.176471
 *    v(s7) = v(s8) = v(s9) = v(s10) = 0.85·20/17 = 1
 * 2. PT = Σ v·PT = 3 + (20/17)(6+5+3+1) + 8 + 2 + 2 + (3/17)(10+15)
 *       = 15 + 300/17 + 75/17 = 630/17 ≈ 37.058824 min
 * 3. WT = Σ v·WT = 480 + (20/17)(60+1440) + 480 + 1200 + 480 + (3/17)·2400
 *       = 2640 + 30000/17 + 7200/17 = 82080/17 ≈ 4828.235294 min
 * 4. LT = PT + WT = 82710/17 ≈ 4865.294118 min (≈ 10.1 working days)
 *    activity ratio = PT/LT = 630/82710 ≈ 0.0076170
 *    value-adding PT = v(s7)·8 + v(s8)·2 = 10 → PCE = 10/LT = 170/82710 ≈ 0.0020554,
 *    value-adding share = 10/PT = 170/630 ≈ 0.269841
 * 5. Handoffs = Σ v(from)·p over cross-lane flows:
 *    s1→s2 (lev→sec) 1 + s4→s5 (sec→mgr) 20/17 + s6→s7 (mgr→fin) 1 + s6→s11 (mgr→sec) 3/17
 *    + s8→s9 (fin→sec) 1 + s11→s12 (sec→lev) 3/17 + s12→s3 (lev→sec) 3/17
 *    = 3 + 29/17 = 80/17 ≈ 4.705882
 * 6. Rolled %C&A: r(s10) = 1, r(s9) = r(s8) = 1, r(s7) = 0.9;
 *    r(s12) = 1·0 (its only flow is rework), r(s11) = 1·r(s12) = 0;
 *    r(s6) = 1·(0.85·0.9 + 0.15·0) = 0.765; r(s5) = 0.95·0.765 = 0.72675;
 *    r(s4) = 0.85·0.72675 = 0.6177375; r(s3) = 0.95·0.6177375 = 0.586850625 = r(s2) = r(s1).
 * 7. Annual hours = 2400·PT/60 = 40·PT per lane:
 *    lev: 40·(3/17·15)                       = 1800/17  ≈  105.882353 h × €45 = 81000/17  ≈  4764.705882
 *    sec: 40·(3 + 20/17·11 + 2 + 3/17·10)    = 13400/17 ≈  788.235294 h × €42 = 562800/17 ≈ 33105.882353
 *    mgr: 40·(20/17·4)                       = 3200/17  ≈  188.235294 h × €85 = 16000
 *    fin: 40·(8 + 2)                         = 400 h                  × €55 = 22000
 *    total 25200/17 ≈ 1482.352941 h (= 40·630/17); cost 643800/17 + 38000 ≈ 75870.588235 €
 */
const EXPECTED_VISITS: Record<string, number> = {
  s1: 1, s2: 1, s3: 20 / 17, s4: 20 / 17, s5: 20 / 17, s6: 20 / 17,
  s7: 1, s8: 1, s9: 1, s10: 1, s11: 3 / 17, s12: 3 / 17,
};
const EXPECTED_METRICS = {
  processTimeMinutes: 630 / 17,
  waitTimeMinutes: 82080 / 17,
  leadTimeMinutes: 82710 / 17,
  activityRatio: 630 / 82710,
  processCycleEfficiency: 170 / 82710,
  handoffsPerCase: 80 / 17,
  rolledCompleteAccurate: 0.586850625,
  annualEffortHours: 25200 / 17,
  annualCost: 643800 / 17 + 38000,
  valueAddingShare: 170 / 630,
};
const EXPECTED_LANES = [
  { id: 'lev', annualEffortHours: 1800 / 17, annualCost: 81000 / 17 },
  { id: 'sec', annualEffortHours: 13400 / 17, annualCost: 562800 / 17 },
  { id: 'mgr', annualEffortHours: 3200 / 17, annualCost: 16000 },
  { id: 'fin', annualEffortHours: 400, annualCost: 22000 },
];
const DIGITS = 6;

describe('analyze --json on the invoices fixture equals the hand calculation', { timeout: CHILD_TIMEOUT_MS }, () => {
  it('visits, metrics and lanes', async () => {
    const run = await runCli(['fixtures/maps/inkomende-facturen.stroomlijn', '--json']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as JsonReport;

    expect(report.steps.map((step) => step.id).sort()).toEqual(Object.keys(EXPECTED_VISITS).sort());
    for (const step of report.steps) expect(step.expectedVisits, step.id).toBeCloseTo(EXPECTED_VISITS[step.id] ?? Number.NaN, DIGITS);

    expect(report.metrics).not.toBeNull();
    for (const [key, expected] of Object.entries(EXPECTED_METRICS)) {
      expect(report.metrics?.[key as keyof typeof EXPECTED_METRICS], key).toBeCloseTo(expected, DIGITS);
    }

    expect(report.lanes.map((lane) => lane.id)).toEqual(EXPECTED_LANES.map((lane) => lane.id));
    report.lanes.forEach((lane, index) => {
      expect(lane.annualEffortHours, lane.id).toBeCloseTo(EXPECTED_LANES[index]?.annualEffortHours ?? Number.NaN, DIGITS);
      expect(lane.annualCost, lane.id).toBeCloseTo(EXPECTED_LANES[index]?.annualCost ?? Number.NaN, DIGITS);
    });
    expect(report.diagnostics.filter((diagnostic) => diagnostic.level === 'error')).toEqual([]);
  });
});
