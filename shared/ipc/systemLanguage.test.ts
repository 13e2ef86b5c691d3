import { describe, expect, it } from 'vitest';
import { languageFromLocales } from './systemLanguage';

describe('languageFromLocales', () => {
  it.each([
    [['nl'], 'nl'],
    [['nl-NL', 'en-US'], 'nl'],
    [['nl_BE'], 'nl'],
    [['NL-be'], 'nl'],
    [['en-US', 'nl-NL'], 'en'],
    [['de-DE'], 'en'],
    [['nld'], 'en'],
    [[], 'en'],
    [['', 'nl'], 'nl'],
  ] as const)('%j → %s', (locales, expected) => {
    expect(languageFromLocales(locales)).toBe(expected);
  });
});
