import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryValidMap } from '../../tests/helpers/arbitraryMap';
import { createEmptyMap } from './defaults';
import type { ParseResult } from './parse';
import { findExcessiveNesting, locateJsonError, MAX_FILE_BYTES, MAX_NESTING_DEPTH, parseMap, utf8ByteLength } from './parse';
import type { MapProblem } from './problems';
import { MAX_REPORTED_PROBLEMS } from './problems';
import { serializeMap } from './serialize';

const validMap = createEmptyMap({ title: 'Test', language: 'nl', now: '2026-11-26T10:00:00Z' });
const validText = serializeMap(validMap);

function problemsOf(result: ParseResult): MapProblem[] {
  return result.ok ? [] : result.problems;
}

/** Property tests share two cores with the rest of the suite: allow more than vitest's 5 s. */
const PROPERTY_TEST_TIMEOUT_MS = 30_000;

describe('size guard', () => {
  it('counts UTF-8 bytes like Buffer does', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        expect(utf8ByteLength(text)).toBe(Buffer.byteLength(text, 'utf8'));
      }),
    );
  });

  it('refuses a file of more than 50 MB before parsing it', () => {
    const text = `{"format":"stroomlijn-map","padding":"${'x'.repeat(MAX_FILE_BYTES)}"}`;
    const [problem] = problemsOf(parseMap(text));
    expect(problem?.code).toBe('file-too-large');
    expect(problem?.message).toContain('50 MB');
  });

  it('counts multi-byte characters: 20 million "€" (60 MB) are too large', () => {
    const [problem] = problemsOf(parseMap('€'.repeat(20 * 1024 * 1024)));
    expect(problem?.code).toBe('file-too-large');
  });
});

describe('nesting guard', () => {
  it('refuses more than 64 levels before JSON.parse, and accepts 64', () => {
    const nested = (levels: number): string => `${'['.repeat(levels)}${']'.repeat(levels)}`;
    expect(findExcessiveNesting(nested(MAX_NESTING_DEPTH), MAX_NESTING_DEPTH)).toBe(-1);
    expect(findExcessiveNesting(nested(MAX_NESTING_DEPTH + 1), MAX_NESTING_DEPTH)).toBe(MAX_NESTING_DEPTH);
    const deep = `{"format":"stroomlijn-map","x":${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}}`;
    const [problem] = problemsOf(parseMap(deep, { language: 'nl' }));
    expect(problem?.code).toBe('nesting-too-deep');
    expect(problem?.message).toContain('64 niveaus');
  });

  it('ignores brackets inside strings, also after escaped quotes', () => {
    const text = JSON.stringify({ note: `\\"${'['.repeat(200)}`, quote: '"{{{{' });
    expect(findExcessiveNesting(text, 2)).toBe(-1);
  });
});

describe('JSON errors', () => {
  it('agrees with JSON.parse about what is valid', () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.string(), fc.json().map((json) => json.slice(0, -1))), (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        expect(locateJsonError(text) === -1).toBe(valid);
      }),
    );
  });

  it('names line and column', () => {
    const [problem] = problemsOf(parseMap('{\n  "format": "stroomlijn-map",\n  "meta": { "title": "x", }\n}'));
    expect(problem?.code).toBe('not-json');
    expect(problem?.message).toContain('line 3, column 27');
  });

  it('accepts a UTF-8 byte order mark', () => {
    expect(parseMap(`\uFEFF${validText}`).ok).toBe(true);
  });

  it('says a whitespace-only file is empty', () => {
    expect(problemsOf(parseMap(' \n'))[0]?.code).toBe('empty-file');
  });
});

describe('forbidden keys', () => {
  const insertAt = (key: string, place: 'root' | 'step' | 'extra' | 'array'): string => {
    const document = JSON.parse(validText) as Record<string, unknown> & { steps: Array<Record<string, unknown>> };
    const marker = '"__MARKER__"';
    if (place === 'root') document.marker = 0;
    if (place === 'step') document.steps[1]!.marker = 0;
    if (place === 'extra') document.steps[0]!['x-plugin'] = { deeper: [{ marker: 0 }] };
    if (place === 'array') document['x-list'] = [[{ marker: 0 }]];
    return JSON.stringify(document).replace('"marker":0', `"${key}":{"polluted":true}`).replace(marker, '');
  };

  for (const key of ['__proto__', 'constructor', 'prototype']) {
    for (const place of ['root', 'step', 'extra', 'array'] as const) {
      it(`rejects "${key}" (${place})`, () => {
        const [problem] = problemsOf(parseMap(insertAt(key, place)));
        expect(problem?.code).toBe('forbidden-key');
        expect(problem?.path.at(-1)).toBe(key);
        expect(problem?.message).toContain(`"${key}"`);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      });
    }
  }
});

describe('envelope', () => {
  const withEnvelope = (changes: Record<string, unknown>): string => JSON.stringify({ ...(JSON.parse(validText) as object), ...changes });

  it('refuses a root that is not an object', () => {
    expect(problemsOf(parseMap('[1, 2]'))[0]?.code).toBe('not-a-map');
    expect(problemsOf(parseMap('"text"'))[0]?.code).toBe('not-a-map');
  });

  it('needs the exact format name', () => {
    expect(problemsOf(parseMap(withEnvelope({ format: 'Stroomlijn-Map' })))[0]?.code).toBe('wrong-format');
    expect(problemsOf(parseMap(withEnvelope({ format: undefined })))[0]?.message).toContain('but it is missing');
  });

  it('needs a whole schemaVersion of at least 1 and no newer than known', () => {
    for (const schemaVersion of [0, 1.5, '1', null]) {
      expect(problemsOf(parseMap(withEnvelope({ schemaVersion })))[0]?.code).toBe('invalid-schema-version');
    }
    const [newer] = problemsOf(parseMap(withEnvelope({ schemaVersion: 3 }), { language: 'en' }));
    expect(newer?.code).toBe('newer-version');
    expect(newer?.message).toContain('made by a newer version of Stroomlijn');
  });
});

describe('problem list', () => {
  it('is capped, with a last line saying how many more there are', () => {
    const document = JSON.parse(validText) as { steps: Array<Record<string, unknown>> };
    const template = document.steps[0]!;
    document.steps = Array.from({ length: 500 }, (_, index) => ({ ...template, id: `s${index}`, waitTime: -1 }));
    const problems = problemsOf(parseMap(JSON.stringify(document)));
    expect(problems).toHaveLength(MAX_REPORTED_PROBLEMS + 1);
    expect(problems.at(-1)?.code).toBe('more-problems');
    expect(problems.at(-1)?.message).toContain('450 more');
  });

  it('has a self-contained message, a path and its text for every problem', () => {
    const problems = problemsOf(parseMap('{"format":"stroomlijn-map","schemaVersion":1,"meta":{},"lanes":5,"steps":[{"id":""}],"flows":[null]}'));
    expect(problems.length).toBeGreaterThan(3);
    for (const problem of problems) {
      expect(problem.message).toMatch(/^[A-Z].*\.$/);
      expect(problem.message).not.toMatch(/problems:|\{\{/);
    }
    expect(problems.map((problem) => problem.pathText)).toEqual(expect.arrayContaining(['meta.title', 'lanes', 'steps[0].id', 'flows[0]']));
  });
});

describe('parseMap never throws', () => {
  it('on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => void parseMap(text)));
  });

  it('on arbitrary JSON, also inside a map', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom('steps', 'flows', 'meta', 'settings', 'future', 'actions', 'lanes'), (value, field) => {
        void parseMap(JSON.stringify(value) ?? 'null');
        const document = { ...(JSON.parse(validText) as object), [field]: value };
        void parseMap(JSON.stringify(document));
      }),
    );
  });

  it('on a valid map with any single field replaced', () => {
    fc.assert(
      fc.property(arbitraryValidMap({ maxMiddleSteps: 6 }), fc.nat(), fc.jsonValue(), (map, seed, value) => {
        const text = serializeMap(map);
        const keys = [...text.matchAll(/"([A-Za-z]+)":/g)].map((match) => match[1]);
        const key = keys[seed % keys.length];
        const mutated = text.replace(new RegExp(`"${key}": [^,\\n]*`), `"${key}": ${JSON.stringify(value) ?? 'null'}`);
        const result = parseMap(mutated, { language: seed % 2 === 0 ? 'nl' : 'en' });
        if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 100 },
    );
  }, PROPERTY_TEST_TIMEOUT_MS);
});

describe('unfinished maps still open (domain.md 1.1: warnings, not refusals)', () => {
  it('opens a map with a dead-end step and an unreachable step', () => {
    const map = structuredClone(validMap);
    const laneId = map.lanes[0]!.id;
    const base = map.steps[0]!;
    map.steps.push({ ...base, id: 'dead', type: 'activity', label: 'Doodlopend', laneId });
    map.steps.push({ ...base, id: 'island', type: 'activity', label: 'Eiland', laneId });
    map.flows.push({ ...map.flows[0]!, id: 'toDead', from: map.steps[0]!.id, to: 'dead', probability: 0.5 });
    const result = parseMap(serializeMap(map));
    expect(result.ok).toBe(true);
  });

  it('opens a map whose given probabilities sum below 1 or exactly 1 + 0.001', () => {
    const map = structuredClone(validMap);
    map.flows[0]!.probability = 0.4;
    expect(parseMap(serializeMap(map)).ok).toBe(true);
    const end = map.steps[1]!;
    map.steps.push({ ...end, id: 'end2' });
    map.flows.push({ ...map.flows[0]!, id: 'f-extra', to: 'end2', probability: 0.601 });
    expect(parseMap(serializeMap(map)).ok).toBe(true);
    map.flows[1]!.probability = 0.602;
    expect(problemsOf(parseMap(serializeMap(map)))[0]?.code).toBe('probabilities-above-one');
  });

  it('reports no migration for a current file', () => {
    const result = parseMap(validText);
    expect(result.ok && result.migratedFrom).toBe(undefined);
  });
});
