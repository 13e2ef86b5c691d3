import { describe, expect, it } from 'vitest';
import { parseAnalyzeArgs, readCommandLine } from './args';

describe('readCommandLine', () => {
  it('reads values in both spellings, flags, -h, files, and everything after -- as files', () => {
    expect(readCommandLine(['map', '--lang=en', '--json', '--lang', 'nl', '-h', '--', '--json'], { flags: ['json'], values: ['lang'] })).toEqual([
      { kind: 'file', path: 'map' },
      { kind: 'value', name: 'lang', value: 'en' },
      { kind: 'flag', name: 'json' },
      { kind: 'value', name: 'lang', value: 'nl' },
      { kind: 'flag', name: 'help' },
      { kind: 'file', path: '--json' },
    ]);
  });

  it('returns unknown options as typed, a flag given a value as unknown, and a missing value as undefined', () => {
    expect(readCommandLine(['-x', '--csv', '--json=yes', '-', '--lang'], { flags: ['json'], values: ['lang'] })).toEqual([
      { kind: 'unknown', option: '-x' },
      { kind: 'unknown', option: '--csv' },
      { kind: 'unknown', option: '--json=yes' },
      { kind: 'file', path: '-' },
      { kind: 'value', name: 'lang', value: undefined },
    ]);
  });
});

describe('parseAnalyzeArgs', () => {
  it('reports the first problem in the order typed, and help wins over problems', () => {
    expect(parseAnalyzeArgs(['map', '--lang', 'de', '--csv'])).toMatchObject({ kind: 'usage-error', messageKey: 'badLangValue', params: { value: 'de' } });
    expect(parseAnalyzeArgs(['map', '--csv', '--lang', 'de'])).toMatchObject({ kind: 'usage-error', messageKey: 'unknownOption', params: { option: '--csv' } });
    expect(parseAnalyzeArgs(['--csv', '--help', '--lang=nl'])).toEqual({ kind: 'help', language: 'nl' });
    expect(parseAnalyzeArgs(['map', '--json', '--lang=en'])).toEqual({ kind: 'analyze', file: 'map', json: true, language: 'en', simulate: null });
  });
});
