import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseMap } from '../analysis/analyseMap';
import { applyCommand } from '../commands/apply';
import { parseMap } from '../model/parse';
import type { ProcessMap } from '../model/types';
import { compareStates } from './comparison';
import { suggestActions, toAction } from './playbook/index';

/*
 * fixtures/maps/inkomende-facturen.stroomlijn with three suggestions accepted, computed by hand.
 * (The current state's figures are derived in tests/unit/cliHandCalculation.test.ts:
 * v(s3..s6) = 20/17, v(s11) = v(s12) = 3/17, the rest 1; PT = 630/17 = 37.06 min;
 * WT = 82080/17 = 4828.24 min; LT = 82710/17 = 4865.29 min = 10.14 working days;
 * handoffs 80/17 = 4.71; rolled %C&A 0.586850625; 1,482.35 h; € 75,870.59.)
 *
 * A  drop-double-entry: "Stop met bijhouden in Excel": remove s3 (Excel list, sec, 6 min).
 *    s3 had one exit, so s2 → s4 (f2) and the rework s12 → s4 (f12) keep their ids; the loop
 *    s4 … s12 → s4 keeps v = 20/17.
 *    Alone: PT − 20/17·6 = −120/17 min → −40·120/17 = −282.35 h, at €42: −€11,858.82;
 *    LT −120/17 = −7.06 min; handoffs unchanged.
 * B  mandate: "Geef de rol Secretariaat het mandaat": s5 (approval, 3 min) and its decision s6
 *    (1 min) move from mgr (€85) to sec (€42), s5's wait 1440 → 0.
 *    Alone: hours unchanged; cost −40·(20/17)·4·(85 − 42) = −137600/17 = −€8,094.12;
 *    LT −(20/17)·1440 = −28800/17 = −1694.12 min (3.53 working days);
 *    handoffs: s4→s5 (20/17) and s6→s11 (3/17) are now within sec: −23/17 = −1.35.
 * C  daily payment run: s8's wait 1200 → 240 (weekly round 2400 min → daily 480:
 *    1200 − 1200 + min(1200, 240)). Alone: LT −960 min = −2 working days, nothing else.
 *
 * Future (A + B + C):
 *   PT = 3 (s2) + 20/17·(5 + 3 + 1) (s4, s5, s6) + 8 + 2 + 2 (s7, s8, s9) + 3/17·25 (s11, s12)
 *      = 15 + 180/17 + 75/17 = 15 + 15 = 30 min
 *   WT = 480 + 20/17·60 + 480 + 240 + 480 + 3/17·2400 = 1680 + 8400/17 = 36960/17 = 2174.12 min
 *   LT = 37470/17 = 2204.12 min = 4.59 working days (saving 45240/17 = 2661.18 min = 5.54 days,
 *        the sum of A, B and C alone: they do not overlap)
 *   activity ratio = 30 / LT = 510/37470 = 0.01361; PCE = 10 / LT = 170/37470 = 0.004537;
 *   value-adding share = 10/30 = 1/3
 *   handoffs: s1→s2 1 + s6→s7 1 + s8→s9 1 + s11→s12 3/17 + s12→s4 3/17 = 57/17 = 3.35
 *   rolled %C&A: r(s6) = 0.85·0.9 = 0.765; r(s5) = 0.95·0.765 = 0.72675;
 *        r(s4) = 0.85·0.72675 = 0.6177375 = r(s2) = r(s1) (s3's 0.95 is gone)
 *   lanes (40 h per minute per case a year): lev 3/17·15 → 1800/17 = 105.88 h, €4,764.71;
 *        sec 3 + 2 + 20/17·9 + 3/17·10 = 295/17 min → 11800/17 = 694.12 h, €29,152.94;
 *        mgr 0; fin 10 min → 400 h, €22,000
 *   annual hours 2400·30/60 = 1200 h (saving 282.35 h); cost 576600/17 + 22000 = €55,917.65
 *        (saving €19,952.94 = A's €11,858.82 + B's €8,094.12)
 * PICK payoff = the larger of the share of the largest hours saving (A, 282.35 h) and of the
 * largest lead-time saving (B, 1694.12 min): A 1, low effort → implement; B 0 h but 1 of the
 * lead time, medium → challenge; C 960/1694.12 = 0.567 ≥ 0.5, low → implement (it cuts two
 * working days of waiting).
 */

const ACCEPTED = [
  'suggestion:extra-processing:typed-twice:s3+s7:drop-double-entry',
  'suggestion:extra-processing:many-checks:s4+s5:mandate:s5',
  'suggestion:inventory:batch:s8:daily',
];

function invoiceMapWithAcceptedActions(): ProcessMap {
  const parsed = parseMap(readFileSync(new URL('../../fixtures/maps/inkomende-facturen.stroomlijn', import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error('the invoice fixture does not open');
  const suggestions = suggestActions(parsed.map, analyseMap(parsed.map));
  let map = parsed.map;
  for (const id of ACCEPTED) {
    const suggestion = suggestions.find((candidate) => candidate.id === id);
    if (!suggestion) throw new Error(`not suggested: ${id}`);
    map = applyCommand(map, { type: 'action/add', action: toAction(suggestion, 'accepted') }).map;
  }
  return map;
}

describe('the invoice fixture with three accepted suggestions', () => {
  const map = invoiceMapWithAcceptedActions();
  const comparison = compareStates(map);

  it('suggests them with the map’s own names', () => {
    expect(map.actions.map((action) => action.title)).toEqual([
      'Stop met bijhouden in Excel: AFAS heeft de gegevens al; stap ‘Factuur registreren in de Excel-lijst’ vervalt',
      'Geef de rol Secretariaat het mandaat om routinegevallen goed te keuren: ‘Manager tekent factuur af’ gaat naar Secretariaat',
      'Doe ‘Betaling klaarzetten in de betaalrun’ dagelijks in plaats van eens per 5 werkdagen: wachttijd van 2,5 werkdagen naar 4 uur',
    ]);
  });

  it('computes the future metrics', () => {
    const future = comparison.future.metrics;
    expect(comparison.futureSkipped).toEqual([]);
    expect(future?.processTimeMinutes).toBeCloseTo(30, 9);
    expect(future?.waitTimeMinutes).toBeCloseTo(36960 / 17, 9);
    expect(future?.leadTimeMinutes).toBeCloseTo(37470 / 17, 9);
    expect(future?.activityRatio).toBeCloseTo(510 / 37470, 12);
    expect(future?.processCycleEfficiency).toBeCloseTo(170 / 37470, 12);
    expect(future?.valueAddingShare).toBeCloseTo(1 / 3, 12);
    expect(future?.handoffsPerCase).toBeCloseTo(57 / 17, 12);
    expect(future?.rolledCompleteAccurate).toBeCloseTo(0.6177375, 12);
    expect(future?.annualEffortHours).toBeCloseTo(1200, 9);
    expect(future?.annualCost).toBeCloseTo(576600 / 17 + 22000, 6);
  });

  it('compares the lanes and the totals', () => {
    const lanes = Object.fromEntries(comparison.lanes.map((lane) => [lane.id, lane]));
    expect(lanes.lev?.futureHours).toBeCloseTo(1800 / 17, 9);
    expect(lanes.sec?.futureHours).toBeCloseTo(11800 / 17, 9);
    expect(lanes.sec?.futureCost).toBeCloseTo(495600 / 17, 6);
    expect(lanes.mgr).toMatchObject({ futureHours: 0, futureCost: 0 });
    expect(lanes.mgr?.currentCost).toBeCloseTo(16000, 6);
    expect(lanes.fin?.futureCost).toBeCloseTo(22000, 6);
    expect(comparison.totalSaving?.hoursPerYear).toBeCloseTo(4800 / 17, 9);
    expect(comparison.totalSaving?.costPerYear).toBeCloseTo(201600 / 17 + 137600 / 17, 6);
    expect(comparison.totalSaving?.leadTimeMinutes).toBeCloseTo(45240 / 17, 9);
    expect(comparison.totalSaving?.leadTimeWorkingDays).toBeCloseTo(45240 / 17 / 480, 12);
    expect(comparison.metricsDelta?.handoffsPerCase).toBeCloseTo(-23 / 17, 12);
  });

  it('computes the saving of each action on its own and places it on the PICK chart', () => {
    const [a, b, c] = comparison.actionSavings;
    expect(a?.hoursPerYear).toBeCloseTo(4800 / 17, 9);
    expect(a?.costPerYear).toBeCloseTo(201600 / 17, 6);
    expect(a?.leadTimeMinutes).toBeCloseTo(120 / 17, 9);
    expect(b?.hoursPerYear).toBeCloseTo(0, 9);
    expect(b?.costPerYear).toBeCloseTo(137600 / 17, 6);
    expect(b?.leadTimeMinutes).toBeCloseTo(28800 / 17, 9);
    expect(b?.handoffsPerCase).toBeCloseTo(23 / 17, 12);
    expect(c?.leadTimeMinutes).toBeCloseTo(960, 9);
    expect(c?.leadTimeWorkingDays).toBeCloseTo(2, 12);
    expect(c?.costPerYear).toBeCloseTo(0, 9);
    expect(c?.payoff).toBeCloseTo((960 * 17) / 28800, 12);
    expect(comparison.actionSavings.map((saving) => saving.quadrant)).toEqual(['implement', 'challenge', 'implement']);
  });
});
