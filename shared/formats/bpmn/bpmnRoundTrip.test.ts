import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryValidMap } from '../../../tests/helpers/arbitraryMap';
import { parseMap } from '../../model/parse';
import type { ProcessMap } from '../../model/types';
import { exportBpmn } from './exportBpmn';
import { importBpmn } from './importBpmn';
import { parseBpmnXml } from './moddle';

const FIXTURE_MAPS = join(import.meta.dirname, '../../../fixtures/maps');

async function roundTrip(map: ProcessMap): Promise<ProcessMap> {
  const xml = exportBpmn(map);
  const parsed = await parseBpmnXml(xml);
  // bpmn-moddle reads the export without warnings (domain.md section 9).
  expect(parsed.warnings.map((warning) => warning.message)).toEqual([]);
  const result = await importBpmn(xml, { language: map.meta.language });
  if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.failure)}`);
  return result.map;
}

describe('BPMN export → import', () => {
  const files = readdirSync(FIXTURE_MAPS).filter((name) => name.endsWith('.stroomlijn'));
  it.each(files)('gives the same map for the fixture %s', async (name) => {
    const parsed = parseMap(readFileSync(join(FIXTURE_MAPS, name), 'utf8'));
    if (!parsed.ok) throw new Error(`fixture ${name} does not open`);
    expect(await roundTrip(parsed.map)).toEqual(parsed.map);
  });

  it('keeps an id that a lane, a step and a flow share (ids are unique per kind in a map, not in BPMN)', async () => {
    const parsed = parseMap(readFileSync(join(FIXTURE_MAPS, 'inkomende-facturen.stroomlijn'), 'utf8'));
    if (!parsed.ok) throw new Error('fixture does not open');
    const map = parsed.map;
    const [firstFlow] = map.flows;
    const [firstStep] = map.steps;
    if (!firstFlow || !firstStep) throw new Error('fixture has no flows');
    firstFlow.id = firstStep.id;
    // Once the import renamed the flow to "<id>_2", since BPMN ids are unique in the whole file.
    expect(await roundTrip(map)).toEqual(map);
  });

  it('gives the same map for random maps of the property generator (with parallel blocks)', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryValidMap({ maxMiddleSteps: 12, parallelBlocks: true }), async (map) => {
        expect(await roundTrip(map)).toEqual(map);
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});
