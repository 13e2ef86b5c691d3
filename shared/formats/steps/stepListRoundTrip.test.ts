import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryValidMap } from '../../../tests/helpers/arbitraryMap';
import { parseMap } from '../../model/parse';
import type { ProcessMap } from '../../model/types';
import type { Language } from '../../model/vocabulary';
import { exportStepListCsv, exportStepListXlsx, rowOrder } from './exportStepList';
import { importStepList } from './importStepList';
import type { ElkRunner } from '../../layout/laneLayout';
import { createLayeredRunner } from '../../layout/layeredRunner';

/** Positions are no part of a step list: random maps are laid out by the linear stand-in, not ELK (fast). */
const FAST_LAYOUT = createLayeredRunner();

const FIXTURE_MAPS = join(import.meta.dirname, '../../../fixtures/maps');

/**
 * What a step list carries (domain.md section 10): per step its id, type, label, role,
 * kind of work, value, times, %C&A, system and note; the flows with their chances, a flow
 * to an earlier row being rework. Positions, flow labels and media, lane costs, actions and
 * the future are no part of the table.
 */
function tableView(map: ProcessMap) {
  const laneName = new Map(map.lanes.map((lane) => [lane.id, lane.name]));
  return {
    // In the order of the rows, which the export chooses (rework must point back).
    steps: rowOrder(map).map((step) => ({
      id: step.id,
      type: step.type,
      label: step.label,
      role: laneName.get(step.laneId),
      activity: step.activity,
      valueType: step.valueType,
      processTime: step.processTime,
      waitTime: step.waitTime,
      completeAccurate: step.completeAccurate,
      system: step.system,
      note: step.note ?? '',
    })),
    flows: map.flows.map((flow) => [flow.from, flow.to, flow.probability ?? null, flow.rework] as const).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
  };
}

/**
 * A generated map as a person could have typed it: cells are trimmed, so labels, notes and
 * role names are trimmed and non-empty where a row needs them, role names differ (a role is
 * its name), ids hold no `;` or parentheses (they separate next steps), and rework is what
 * points back in the rows.
 */
function typeable(map: ProcessMap): ProcessMap {
  const copy = structuredClone(map);
  const clean = (text: string): string => text.trim().replace(/^'+/, '').trim();
  copy.lanes.forEach((lane, index) => (lane.name = `${clean(lane.name) || 'Rol'} #${index + 1}`));
  copy.steps.forEach((step, index) => {
    step.label = clean(step.label) || `Stap ${index + 1}`;
    if (step.note !== undefined) step.note = clean(step.note);
    if (!/^[A-Za-z0-9_.-]+$/.test(step.id) || step.id !== step.id.trim()) {
      const safe = `s-${index + 1}`;
      for (const flow of copy.flows) {
        if (flow.from === step.id) flow.from = safe;
        if (flow.to === step.id) flow.to = safe;
      }
      step.id = safe;
    }
  });
  // A step list knows rework by position only: a flow to an earlier row is rework (domain.md section 10).
  const row = new Map(rowOrder(copy).map((step, index) => [step.id, index]));
  for (const flow of copy.flows) flow.rework = (row.get(flow.to) ?? 0) <= (row.get(flow.from) ?? 0);
  return copy;
}

async function roundTrip(map: ProcessMap, kind: 'csv' | 'xlsx', language: Language, layout?: ElkRunner): Promise<ProcessMap> {
  const written = kind === 'csv' ? new TextEncoder().encode(exportStepListCsv(map, language)) : await exportStepListXlsx(map, language);
  const result = await importStepList(written, kind, { language }, layout);
  if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.failure)}`);
  expect(result.preview.problems).toEqual([]);
  return result.map;
}

describe('step list export → import', () => {
  const files = readdirSync(FIXTURE_MAPS).filter((name) => name.endsWith('.stroomlijn'));
  const cases = files.flatMap((name) => (['csv', 'xlsx'] as const).flatMap((kind) => (['nl', 'en'] as const).map((language) => [name, kind, language] as const)));
  it.each(cases)('gives the same steps and flows for %s as %s (%s)', async (name, kind, language) => {
    const parsed = parseMap(readFileSync(join(FIXTURE_MAPS, name), 'utf8'));
    if (!parsed.ok) throw new Error(`fixture ${name} does not open`);
    const current = { ...parsed.map, future: null };
    expect(tableView(await roundTrip(current, kind, language))).toEqual(tableView(current));
  });

  it('gives the same steps and flows for random maps of the property generator (CSV, both languages)', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryValidMap({ maxMiddleSteps: 10, parallelBlocks: true, withFuture: false }), fc.constantFrom<Language>('nl', 'en'), async (generated, language) => {
        const map = typeable(generated);
        expect(tableView(await roundTrip(map, 'csv', language, FAST_LAYOUT))).toEqual(tableView(map));
      }),
      { numRuns: 30 },
    );
  }, 120_000);

  it('gives the same steps and flows for random maps as .xlsx (typed cells keep every number)', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryValidMap({ maxMiddleSteps: 8, withFuture: false }), async (generated) => {
        const map = typeable(generated);
        expect(tableView(await roundTrip(map, 'xlsx', 'nl', FAST_LAYOUT))).toEqual(tableView(map));
      }),
      { numRuns: 8 },
    );
  }, 120_000);
});
