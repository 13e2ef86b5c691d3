import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseMap } from '../analysis/analyseMap';
import { parseMap } from '../model/parse';
import type { Action, ProcessMap } from '../model/types';
import { describePlanGaps, listPlanGaps } from './planGaps';

function invoices(): ProcessMap {
  const parsed = parseMap(readFileSync(new URL('../../fixtures/maps/inkomende-facturen.stroomlijn', import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error('the invoice fixture does not open');
  return parsed.map;
}

function action(id: string, fields: Partial<Action>): Action {
  return { id, title: `Actie ${id}`, description: '', findingIds: [], ecrs: 'eliminate', owner: '', dueDate: '', effort: 'low', status: 'accepted', effects: [], ...fields };
}

describe('listPlanGaps', () => {
  it('names what the plan would miss: background, goal, owners, due dates, causes', () => {
    const base = invoices();
    const map: ProcessMap = {
      ...base,
      meta: { ...base.meta, description: '  ' },
      actions: [
        action('a1', { owner: 'Fatima', dueDate: '2027-01-15', findingIds: ['defects:rework:f12'] }),
        action('a2', { owner: '', dueDate: '', findingIds: ['waiting:long-wait:s5'] }),
        action('a3', { owner: 'Henk', dueDate: '', status: 'rejected' }),
      ],
    };
    expect(listPlanGaps(map, analyseMap(map))).toEqual([
      { kind: 'background' },
      { kind: 'goal' },
      // Rejected actions are not carried out: they need no owner or date.
      { kind: 'owners', actionIds: ['a2'] },
      { kind: 'due-dates', actionIds: ['a2'] },
      // The findings the actions answer, without a "why?" chain, largest first (the wait of 3
      // working days of 2,400 cases counts more case-hours than the rework's person-hours).
      { kind: 'causes', findingIds: ['waiting:long-wait:s5', 'defects:rework:f12'] },
    ]);
  });

  it('asks for the causes of the three largest findings when there are no actions yet', () => {
    const map = invoices();
    const analysis = analyseMap(map);
    const gaps = listPlanGaps(map, analysis);
    expect(gaps).toEqual([{ kind: 'goal' }, { kind: 'causes', findingIds: analysis.findings.slice(0, 3).map((finding) => finding.id) }]);
  });

  it('is empty for a complete map', () => {
    const base = invoices();
    const map: ProcessMap = {
      ...base,
      goal: { text: '', targets: [{ metric: 'leadTimeMinutes', value: 2400, dueDate: '2027-03-01' }] },
      actions: [action('a1', { owner: 'Fatima', dueDate: '2027-01-15', findingIds: ['defects:rework:f12'] })],
      rootCauses: [{ findingId: 'defects:rework:f12', whys: ['Ordernummer ontbreekt'] }],
    };
    expect(listPlanGaps(map, analyseMap(map))).toEqual([]);
  });

  it('asks for a title while the map still has the title of a new map', () => {
    const base = invoices();
    for (const title of ['Nieuwe kaart', 'New map ']) {
      const map: ProcessMap = { ...base, meta: { ...base.meta, title } };
      expect(listPlanGaps(map, analyseMap(map))[0]).toEqual({ kind: 'title' });
    }
    expect(describePlanGaps([{ kind: 'title' }], 'nl')).toBe('het plan mist nog een titel (de kaart heet nog ‘Nieuwe kaart’); het is toch gemaakt');
  });

  it('says it in one line, in the language asked for', () => {
    const base = invoices();
    const map: ProcessMap = { ...base, meta: { ...base.meta, description: '' }, actions: [action('a1', {}), action('a2', {})] };
    const gaps = listPlanGaps(map, analyseMap(map));
    expect(describePlanGaps(gaps, 'nl')).toBe('het plan mist nog een aanleiding (de omschrijving van de kaart), een doel, eigenaren (2 acties), deadlines (2 acties) en oorzaken (3 bevindingen); het is toch gemaakt');
    expect(describePlanGaps(gaps, 'en')).toBe('the plan still lacks a background (the map’s description), a goal, owners (2 actions), due dates (2 actions) and causes (3 findings); it was made anyway');
  });
});
