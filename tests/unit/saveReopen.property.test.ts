import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../shared/commands/apply';
import type { Command, EditTarget } from '../../shared/commands/types';
import { parseMap } from '../../shared/model/parse';
import { prepareMapForSave } from '../../shared/model/saveText';
import type { ProcessMap } from '../../shared/model/types';
import { ACTIVITY_KINDS, ECRS, FLOW_MEDIA, STEP_TYPES, VALUE_TYPES } from '../../shared/model/vocabulary';
import { arbitraryValidMap } from '../helpers/arbitraryMap';

/**
 * Issue 12, defect 3: whatever the editing commands make of a valid map, even with hostile
 * payloads (a pasted step with a `constructor` key or without a position, numbers the
 * format cannot mean, ids that do not exist), what a save writes opens again, equal to
 * what was saved. Commands refuse what would break the file; the save itself checks the
 * text with the open path (parseMap) before writing and refuses instead of writing a file
 * the app would refuse.
 */
const hostileNumber = fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -1, 1e308, 0, 5, 0.5, 1.5, 60);
const hostileText = fc.constantFrom('', 'Factuur', '\uFFFE', '<script>alert(1)</script>', '\u202Eevil', 'a'.repeat(200));
const extraKey = fc.constantFrom('constructor', '__proto__', 'prototype', 'x-extra', 'toString');

function pick<T>(items: readonly T[], index: number): T | undefined {
  return items.length === 0 ? undefined : items[index % items.length];
}

/** A command of every kind of the union, aimed at the map's own ids (or at ids that do not exist). */
function arbitraryCommand(map: ProcessMap): fc.Arbitrary<Command> {
  const stepId = fc.nat().map((index) => pick(map.steps, index)?.id ?? 'missing');
  const laneId = fc.nat().map((index) => pick(map.lanes, index)?.id ?? 'missing');
  const flowId = fc.nat().map((index) => pick(map.flows, index)?.id ?? 'missing');
  const target = fc.constantFrom<EditTarget>('current', 'future');
  const looseStep = fc
    .record({
      id: fc.constantFrom('p1', 'p2', 's1', ''),
      type: fc.constantFrom(...STEP_TYPES),
      label: hostileText,
      laneId,
      processTime: hostileNumber,
      waitTime: hostileNumber,
      completeAccurate: hostileNumber,
      valueType: fc.constantFrom(...VALUE_TYPES),
      activity: fc.constantFrom(...ACTIVITY_KINDS),
      system: hostileText,
      withPosition: fc.boolean(),
      extra: fc.option(extraKey, { nil: undefined }),
    })
    .map(({ withPosition, extra, ...step }) => {
      const built: Record<string, unknown> = { ...step };
      if (withPosition) built.position = { x: 10, y: 20 };
      if (extra !== undefined) Object.defineProperty(built, extra, { value: { polluted: true }, enumerable: true, configurable: true, writable: true });
      return built as unknown as Extract<Command, { type: 'step/add' }>['step'];
    });
  const looseFlow = fc.record({
    id: fc.constantFrom('pf1', 'pf2', ''),
    from: stepId,
    to: stepId,
    probability: fc.option(hostileNumber, { nil: undefined }),
    rework: fc.boolean(),
    medium: fc.constantFrom(...FLOW_MEDIA),
    label: hostileText,
  });
  return fc.oneof(
    fc.record({ type: fc.constant('map/set-meta' as const), patch: fc.record({ title: hostileText }) }),
    fc.record({ type: fc.constant('map/set-settings' as const), patch: fc.record({ casesPerYear: hostileNumber, hoursPerDay: hostileNumber, defaultHourlyCost: hostileNumber }) }),
    fc.record({ type: fc.constant('lane/add' as const), target, lane: fc.record({ id: fc.constantFrom('nl1', ''), name: hostileText }) }),
    fc.record({ type: fc.constant('lane/update' as const), target, laneId, patch: fc.record({ name: hostileText, hourlyCost: fc.option(hostileNumber, { nil: null }) }) }),
    fc.record({ type: fc.constant('lane/move' as const), target, laneId, toIndex: fc.integer({ min: -2, max: 8 }) }),
    fc.record({ type: fc.constant('lane/delete' as const), target, laneId, deletion: fc.constant({ mode: 'delete-steps' as const }) }),
    fc.record({ type: fc.constant('step/add' as const), target, step: looseStep }),
    fc.record({
      type: fc.constant('step/update' as const),
      target,
      stepId,
      patch: fc.record({ type: fc.constantFrom(...STEP_TYPES), processTime: hostileNumber, waitTime: hostileNumber, completeAccurate: hostileNumber, label: hostileText }, { requiredKeys: [] }),
    }),
    fc.record({ type: fc.constant('step/move' as const), target, moves: fc.array(fc.record({ stepId, position: fc.record({ x: hostileNumber, y: hostileNumber }) }), { maxLength: 2 }) }),
    fc.record({ type: fc.constant('flow/add' as const), target, flow: looseFlow }),
    fc.record({ type: fc.constant('flow/update' as const), target, flowId, patch: fc.record({ probability: hostileNumber, to: stepId, from: stepId }, { requiredKeys: [] }) }),
    fc.record({ type: fc.constant('annotation/add' as const), target, annotation: fc.record({ id: fc.constantFrom('n1', ''), kind: fc.constant('note' as const), text: hostileText, position: fc.record({ x: hostileNumber, y: hostileNumber }) }) }),
    fc.record({ type: fc.constant('elements/delete' as const), target, stepIds: fc.array(stepId, { maxLength: 3 }), flowIds: fc.array(flowId, { maxLength: 2 }), annotationIds: fc.constant([]) }),
    fc.record({ type: fc.constant('elements/paste' as const), target, steps: fc.array(looseStep, { maxLength: 2 }), flows: fc.array(looseFlow, { maxLength: 2 }), annotations: fc.constant([]) }),
    fc.record({ type: fc.constant('layout/apply' as const), target, positions: fc.dictionary(stepId, fc.record({ x: hostileNumber, y: hostileNumber }), { maxKeys: 2 }) }),
    fc.record({
      type: fc.constant('action/add' as const),
      action: fc.record({
        id: fc.constantFrom('a9', ''),
        title: hostileText,
        description: hostileText,
        findingIds: fc.constant([]),
        ecrs: fc.constantFrom(...ECRS),
        owner: hostileText,
        dueDate: fc.constant(''),
        effort: fc.constant('low' as const),
        status: fc.constant('accepted' as const),
        effects: fc.array(fc.record({ type: fc.constant('set-wait-time' as const), stepId, minutes: hostileNumber }), { maxLength: 1 }),
      }),
    }),
    fc.constant({ type: 'future/rebuild' as const }),
    fc.constant({ type: 'future/clear' as const }),
    fc.record({ type: fc.constant('findings/dismiss' as const), findingIds: fc.array(hostileText, { maxLength: 2 }), reason: hostileText }),
  ) as fc.Arbitrary<Command>;
}

describe('a save never writes a map the app would refuse to open', () => {
  it('after any sequence of commands, with hostile payloads (property)', () => {
    let saved = 0;
    let refusedBySave = 0;
    fc.assert(
      fc.property(
        arbitraryValidMap({ maxMiddleSteps: 6 }).chain((map) => fc.tuple(fc.constant(map), fc.array(arbitraryCommand(map), { minLength: 1, maxLength: 6 }))),
        ([start, commands]) => {
          const map = commands.reduce((current, command) => applyCommand(current, command).map, start);
          const prepared = prepareMapForSave(map, 'en');
          if (!prepared.ok) {
            refusedBySave += 1;
            expect(prepared.problems.length).toBeGreaterThan(0);
            return;
          }
          saved += 1;
          const reopened = parseMap(prepared.text);
          if (!reopened.ok) throw new Error(`saved but refused on open: ${reopened.problems[0]?.message ?? ''}`);
          expect(prepareMapForSave(reopened.map, 'en')).toEqual(prepared);
        },
      ),
      { numRuns: Number(process.env.STROOMLIJN_FUZZ_PROPERTY_RUNS ?? 200), seed: 20261207 },
    );
    console.log(`[save/reopen] saved ${saved}, refused before writing ${refusedBySave}`);
    // Commands keep maps valid: the save's own check is a safety net, not the normal path.
    expect(refusedBySave).toBeLessThan(saved / 10);
  });
});
