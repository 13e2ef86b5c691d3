import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  annotationSchema,
  flowSchema,
  laneSchema,
  metaSchema,
  processMapSchema,
  settingsSchema,
  stepSchema,
} from '../../shared/model/schema';
import { LANE_HEIGHT_PX } from '../../shared/model/layout';
import type { ProcessMap } from '../../shared/model/types';

/**
 * The valid example maps double as templates in the editor, so they must follow the file
 * format to the letter: schema, graph rules of domain.md 1.1, key order and layout.
 * (parseMap and analyseMap are checked on them in fixturesAnalysis.test.ts.)
 */
const MAPS_DIR = join(import.meta.dirname, '../../fixtures/maps');
const fixtureFiles = readdirSync(MAPS_DIR).filter((name) => name.endsWith('.stroomlijn')).sort();
const PROBABILITY_TOLERANCE = 0.001;

function readFixture(name: string): { text: string; json: unknown } {
  const text = readFileSync(join(MAPS_DIR, name), 'utf8');
  return { text, json: JSON.parse(text) as unknown };
}

/** Keys present in `value` must appear in the same order as in the schema's shape. */
function expectSchemaKeyOrder(value: unknown, shape: Record<string, unknown>, where: string): void {
  const schemaKeys = Object.keys(shape);
  const keys = Object.keys(value as Record<string, unknown>);
  const known = keys.filter((key) => schemaKeys.includes(key));
  const expected = [...known].sort((a, b) => schemaKeys.indexOf(a) - schemaKeys.indexOf(b));
  expect(known, where).toEqual(expected);
}

function reachableFrom(startIds: string[], next: Map<string, string[]>): Set<string> {
  const seen = new Set(startIds);
  const stack = [...startIds];
  for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
    for (const to of next.get(id) ?? []) {
      if (!seen.has(to)) {
        seen.add(to);
        stack.push(to);
      }
    }
  }
  return seen;
}

describe('fixtures/maps', () => {
  it('holds at least six example maps in both languages', () => {
    expect(fixtureFiles.length).toBeGreaterThanOrEqual(6);
    const languages = fixtureFiles.map((name) => (readFixture(name).json as ProcessMap).meta.language);
    expect(new Set(languages)).toEqual(new Set(['nl', 'en']));
  });

  describe.each(fixtureFiles)('%s', (name) => {
    const { text, json } = readFixture(name);
    const result = processMapSchema.safeParse(json);
    const map = result.data as ProcessMap;

    it('passes the schema', () => {
      expect(result.error?.issues ?? []).toEqual([]);
    });

    it('is pretty-printed with two spaces and keys in schema order', () => {
      expect(text).toBe(`${JSON.stringify(json, null, 2)}\n`);
      const raw = json as ProcessMap;
      expectSchemaKeyOrder(raw, processMapSchema.shape, 'document');
      expectSchemaKeyOrder(raw.meta, metaSchema.shape, 'meta');
      expectSchemaKeyOrder(raw.settings, settingsSchema.shape, 'settings');
      raw.lanes.forEach((lane) => expectSchemaKeyOrder(lane, laneSchema.shape, `lane ${lane.id}`));
      raw.steps.forEach((step) => expectSchemaKeyOrder(step, stepSchema.shape, `step ${step.id}`));
      raw.flows.forEach((flow) => expectSchemaKeyOrder(flow, flowSchema.shape, `flow ${flow.id}`));
      raw.annotations.forEach((note) => expectSchemaKeyOrder(note, annotationSchema.shape, `annotation ${note.id}`));
    });

    it('follows the graph rules and has every step reachable and able to finish', () => {
      const ids = [...map.lanes, ...map.steps, ...map.flows, ...map.annotations].map((item) => item.id);
      expect(new Set(ids).size).toBe(ids.length);
      const laneIds = new Set(map.lanes.map((lane) => lane.id));
      const stepIds = new Set(map.steps.map((step) => step.id));
      map.steps.forEach((step) => expect(laneIds.has(step.laneId), step.id).toBe(true));
      map.flows.forEach((flow) => expect(stepIds.has(flow.from) && stepIds.has(flow.to), flow.id).toBe(true));

      const starts = map.steps.filter((step) => step.type === 'start');
      const ends = map.steps.filter((step) => step.type === 'end');
      expect(starts).toHaveLength(1);
      expect(ends.length).toBeGreaterThanOrEqual(1);

      const forward = new Map<string, string[]>();
      const backward = new Map<string, string[]>();
      for (const flow of map.flows) {
        forward.set(flow.from, [...(forward.get(flow.from) ?? []), flow.to]);
        backward.set(flow.to, [...(backward.get(flow.to) ?? []), flow.from]);
      }
      for (const step of map.steps) {
        const outgoing = map.flows.filter((flow) => flow.from === step.id);
        if (step.type === 'end') expect(outgoing, `${step.id} is an end`).toEqual([]);
        else expect(outgoing.length, `${step.id} has no way out`).toBeGreaterThan(0);
        const givenSum = outgoing.reduce((sum, flow) => sum + (flow.probability ?? 0), 0);
        expect(givenSum).toBeLessThanOrEqual(1 + PROBABILITY_TOLERANCE);
        // A decision in an example map states its odds, so the template teaches the user to.
        if (step.type === 'decision') {
          expect(outgoing.length).toBeGreaterThanOrEqual(2);
          expect(outgoing.some((flow) => flow.probability !== undefined)).toBe(true);
        }
      }
      expect(reachableFrom([starts[0]?.id ?? ''], forward)).toEqual(stepIds);
      // Every step can reach an end, so no loop traps a case.
      expect(reachableFrom(ends.map((step) => step.id), backward)).toEqual(stepIds);
    });

    it('is realistic: lanes, steps, rework, decisions, costs and pain points', () => {
      expect(map.lanes.length).toBeGreaterThanOrEqual(3);
      expect(map.lanes.length).toBeLessThanOrEqual(5);
      expect(map.steps.length).toBeGreaterThanOrEqual(8);
      // Small enough to read at a glance (the board meeting's parallel memos bring it to 18).
      expect(map.steps.length).toBeLessThanOrEqual(20);
      expect(map.flows.some((flow) => flow.rework)).toBe(true);
      expect(map.steps.some((step) => step.type === 'decision')).toBe(true);
      expect(map.steps.some((step) => step.completeAccurate < 0.9)).toBe(true);
      expect(map.steps.some((step) => step.batchInterval !== undefined)).toBe(true);
      expect(map.steps.some((step) => (step.note ?? '') !== '')).toBe(true);
      expect(map.flows.some((flow) => flow.medium === 'paper' || flow.medium === 'email')).toBe(true);
      expect(map.settings.casesPerYear).toBeGreaterThan(0);
      for (const lane of map.lanes) {
        if (lane.hourlyCost !== undefined) {
          expect(lane.hourlyCost).toBeGreaterThanOrEqual(35);
          expect(lane.hourlyCost).toBeLessThanOrEqual(95);
        }
      }
    });

    it('places every step inside its own lane band', () => {
      map.steps.forEach((step) => {
        const laneIndex = map.lanes.findIndex((lane) => lane.id === step.laneId);
        expect(step.position.y, step.id).toBeGreaterThanOrEqual(laneIndex * LANE_HEIGHT_PX);
        expect(step.position.y, step.id).toBeLessThan((laneIndex + 1) * LANE_HEIGHT_PX);
      });
    });
  });
});
