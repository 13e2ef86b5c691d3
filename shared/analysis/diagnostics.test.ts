import { describe, expect, it } from 'vitest';
import { buildAnalysisContext } from './buildContext';
import { buildTestInput, type TestStateSpec } from './testState';

const start = { id: 'start', type: 'start' as const, label: 'Start' };
const end = { id: 'end', type: 'end' as const, label: 'Einde' };

function analyse(spec: TestStateSpec) {
  return buildAnalysisContext(buildTestInput(spec));
}

describe('diagnostics', () => {
  it('names a dead end by its label, in English and Dutch', () => {
    const spec: TestStateSpec = {
      steps: [start, { id: 'c', label: 'Factuur controleren' }, end],
      flows: [['start', 'c']],
    };
    const en = analyse(spec);
    expect(en.diagnostics).toEqual([
      {
        level: 'warning',
        code: 'dead-end',
        message: 'Step "Factuur controleren" has no outgoing flow; it is treated as an end.',
        stepIds: ['c'],
        flowIds: [],
      },
      expect.objectContaining({ code: 'unreachable', stepIds: ['end'] }),
    ]);
    expect(en.metrics).not.toBeNull();
    const nl = analyse({ ...spec, language: 'nl' });
    expect(nl.diagnostics[0]?.message).toBe('Stap "Factuur controleren" heeft geen uitgaande verbinding; de stap telt als einde.');
  });

  it('warns about a flow into an end step marked rework, naming both ends', () => {
    // start → Controleren (ca 1) → Einde, that flow ticked as rework. rolled %C&A = r(start) =
    // 1 · (sum over non-rework flows) = 0: the formula takes the tick as it is, the warning says why.
    const spec: TestStateSpec = {
      steps: [start, { id: 'c', label: 'Controleren' }, end],
      flows: [['start', 'c'], ['c', 'end', { id: 'back', rework: true }]],
    };
    const en = analyse(spec);
    expect(en.diagnostics).toEqual([
      {
        level: 'warning',
        code: 'rework-into-end',
        message:
          'The flow from "Controleren" to the end step "Einde" is marked as rework, but a flow into an end finishes the case and sends nothing back. As rework it counts every case that ends there as not right the first time. Untick rework on this flow.',
        stepIds: ['end'],
        flowIds: ['back'],
      },
    ]);
    expect(en.metrics?.rolledCompleteAccurate).toBe(0);
    expect(analyse({ ...spec, language: 'nl' }).diagnostics[0]?.message).toMatch(/^De verbinding van "Controleren" naar de eindstap "Einde" is gemarkeerd als herstelwerk/);
    // Rework into any other step is what the box is for: no warning.
    const back = analyse({ steps: spec.steps, flows: [['start', 'c'], ['c', 'c', { rework: true, probability: 0.2 }], ['c', 'end']] });
    expect(back.diagnostics).toEqual([]);
  });

  it('warns about an unreachable step and still computes metrics', () => {
    const result = analyse({
      steps: [start, { id: 'a', label: 'Archiveren' }, { id: 'u', label: 'Oude stap', processTime: 50 }, end],
      flows: [['start', 'a'], ['a', 'end'], ['u', 'end']],
    });
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ level: 'warning', code: 'unreachable', stepIds: ['u'], message: 'Step "Oude stap" cannot be reached from the start; it gets 0 visits.' }),
    ]);
    expect(result.metrics?.processTimeMinutes).toBe(0);
    expect(result.visits.get('u')).toBe(0);
  });

  it('warns about scaled probabilities naming the step and its flows', () => {
    const result = analyse({
      steps: [start, { id: 'd', type: 'decision', label: 'Akkoord?' }, { id: 'x' }, { id: 'y' }, end],
      flows: [['start', 'd'], ['d', 'x', { probability: 0.3 }], ['d', 'y', { probability: 0.2 }], ['x', 'end'], ['y', 'end']],
    });
    expect(result.diagnostics).toEqual([
      {
        level: 'warning',
        code: 'probabilities-scaled',
        message: 'The probabilities of the flows leaving step "Akkoord?" add up to 50%; they were scaled to add up to 100%.',
        stepIds: ['d'],
        flowIds: ['f2', 'f3'],
      },
    ]);
    // 0.3/0.5 = 0.6 and 0.2/0.5 = 0.4
    expect(result.flowProbabilities.get('f2')).toBeCloseTo(0.6, 12);
    expect(result.visits.get('y')).toBeCloseTo(0.4, 12);
  });

  it('reports a loop without exit as an error naming its steps; no metrics, no context', () => {
    const result = analyse({
      steps: [start, { id: 'a', label: 'Aanvragen' }, { id: 'b', label: 'Beoordelen' }, { id: 'c', label: 'Corrigeren' }, end],
      flows: [['start', 'a'], ['a', 'end', { probability: 0.5 }], ['a', 'b'], ['b', 'c'], ['c', 'b', { rework: true }]],
    });
    expect(result.metrics).toBeNull();
    expect(result.context).toBeNull();
    expect(result.lanes).toEqual([]);
    expect(result.diagnostics).toEqual([
      {
        level: 'error',
        code: 'loop-without-exit',
        message: 'The loop "Beoordelen", "Corrigeren" has no way out: a case that enters it never reaches an end. Add a flow that leaves the loop.',
        stepIds: ['b', 'c'],
        flowIds: ['f4', 'f5'],
      },
    ]);
    expect(result.steps).toEqual([
      { id: 'start', expectedVisits: 1 },
      { id: 'a', expectedVisits: 1 },
      { id: 'b', expectedVisits: Infinity },
      { id: 'c', expectedVisits: Infinity },
      { id: 'end', expectedVisits: 0.5 },
    ]);
  });

  it('reports a self-loop with probability 1 as a loop without exit', () => {
    const result = analyse({ steps: [start, { id: 's', label: 'Wachten' }, end], flows: [['start', 's'], ['s', 's'], ['s', 'end', { probability: 0 }]] });
    // s → s takes the whole rest of 1 (1 − 0), s → end has probability 0 and is no exit
    expect(result.diagnostics.map((d) => [d.code, d.stepIds])).toEqual([['loop-without-exit', ['s']]]);
    expect(result.metrics).toBeNull();
  });

  it('turns a loop left too rarely to solve into an error, never Infinity or NaN in metrics', () => {
    const tiny = 1e-15;
    for (const flows of [
      // one step: 1 − p(self) = 1e-15
      [['start', 'a'], ['a', 'a', { probability: 1 - tiny }], ['a', 'end', { probability: tiny }]],
      // two steps: a ⇄ b, b leaves with 1e-15
      [['start', 'a'], ['a', 'b'], ['b', 'a', { probability: 1 - tiny }], ['b', 'end', { probability: tiny }]],
    ] as TestStateSpec['flows'][]) {
      const result = analyse({ steps: [start, { id: 'a' }, { id: 'b' }, end], flows });
      expect(result.metrics).toBeNull();
      expect(result.diagnostics[0]).toMatchObject({ level: 'error', code: 'loop-without-exit' });
      expect(result.diagnostics[0]?.message).toContain('is left so rarely');
    }
  });

  it('requires exactly one start step', () => {
    const none = analyse({ steps: [{ id: 'a' }, end], flows: [['a', 'end']] });
    expect(none.metrics).toBeNull();
    expect(none.diagnostics).toEqual([expect.objectContaining({ level: 'error', code: 'no-start', stepIds: [] })]);
    expect(none.steps.every((step) => Number.isNaN(step.expectedVisits))).toBe(true);
    const two = analyse({ steps: [start, { id: 's2', type: 'start', label: 'Tweede' }, end], flows: [['start', 'end'], ['s2', 'end']] });
    expect(two.diagnostics[0]).toMatchObject({ code: 'no-start', stepIds: ['start', 's2'], message: 'The map has 2 start steps ("Start", "Tweede"); it needs exactly one.' });
  });

  it('warns when there is no end step and lets dead ends end the case', () => {
    const result = analyse({ steps: [start, { id: 'a', label: 'Laatste' }], flows: [['start', 'a']] });
    expect(result.diagnostics.map((d) => d.code)).toEqual(['no-end', 'dead-end']);
    expect(result.metrics).not.toBeNull();
  });

  it('shortens the list of a very long loop', () => {
    const ids = Array.from({ length: 20 }, (_, i) => `s${i}`);
    const result = analyse({
      steps: [start, ...ids.map((id) => ({ id })), end],
      flows: [['start', 's0'], ...ids.map((id, i): [string, string] => [id, ids[(i + 1) % ids.length] as string])],
    });
    expect(result.diagnostics[0]?.message).toContain('"s7" and 12 more has no way out');
    expect(result.diagnostics[0]?.stepIds).toHaveLength(20);
  });
});
