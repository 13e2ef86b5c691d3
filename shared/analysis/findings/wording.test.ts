import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../../model/vocabulary';
import { formatCurrency, formatDuration, formatNumber, formatPercent } from '../../i18n/format';
import { findingsEn } from '../../i18n/locales/findings';
import { getTranslator } from '../../i18n/translator';
import { buildTestContext, lineMap } from './testContext';
import { createWording } from './wording';

function wordingFor(language: Language, hoursPerDay = 8) {
  const spec = lineMap([{ id: 'A', laneId: 'sec', label: 'Registreren' }]);
  return createWording(buildTestContext({ ...spec, language, settings: { hoursPerDay, currency: 'EUR' } }));
}

/** Every key of the namespace, with plural suffixes stripped. */
function keysOf(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key.replace(/_(one|other)$/, '')}`] : keysOf(value as object, `${prefix}${key}.`),
  );
}

describe('wording matches i18next and i18n/format', () => {
  const keys = [...new Set(keysOf(findingsEn))];

  it.each(LANGUAGES)('renders every findings text like i18next (%s)', (language) => {
    const wording = wordingFor(language);
    const t = getTranslator(language);
    for (const key of keys) {
      for (const count of [1, 2, 1.5]) {
        const params = { count, value: 'V', step: '‘S’', wait: 'W', name: 'N', cases: 'C', hours: 'H', cost: 'K', from: 'F', to: 'T' };
        expect(wording.text(key, params)).toBe(t(`findings:${key}`, params));
      }
    }
  });

  it.each(LANGUAGES)('formats numbers, durations, percentages and money like i18n/format (%s)', (language) => {
    for (const hoursPerDay of [8, 6, 7.5]) {
      const wording = wordingFor(language, hoursPerDay);
      for (const minutes of [0, 0.04, 0.4, 1, 12.5, 59.96, 60, 90, 479, 480, 1680, 100_000]) {
        expect(wording.duration(minutes)).toBe(formatDuration(minutes, hoursPerDay, language));
      }
    }
    const wording = wordingFor(language);
    for (const value of [0, 0.005, 0.2, 0.8999, 1, 1234.56, 1_000_000]) {
      expect(wording.number(value)).toBe(formatNumber(value, language));
      expect(wording.number(value, 0)).toBe(formatNumber(value, language, 0));
      expect(wording.percent(value)).toBe(formatPercent(value, language));
      expect(wording.money(value)).toBe(formatCurrency(value, 'EUR', language));
    }
  });
});

describe('wording helpers', () => {
  it('quotes step labels and falls back to the id', () => {
    const wording = wordingFor('nl');
    expect(wording.step('A')).toBe('‘Registreren’');
    expect(wording.step('unknown')).toBe('‘unknown’');
  });

  it('shortens long lists', () => {
    const items = Array.from({ length: 11 }, (_, index) => `s${index}`);
    expect(wordingFor('nl').list(items)).toBe('s0, s1, s2, s3, s4, s5, s6, s7 en nog 3 andere');
    expect(wordingFor('en').list(items)).toBe('s0, s1, s2, s3, s4, s5, s6, s7 and 3 more');
    expect(wordingFor('en').list(['a', 'b'])).toBe('a and b');
    // A caller may pass only the first items and the total.
    expect(wordingFor('en').list(items.slice(0, 8), 1000)).toBe('s0, s1, s2, s3, s4, s5, s6, s7 and 992 more');
  });

  it('counts times and hours', () => {
    expect(wordingFor('en').times(1)).toBe('once');
    expect(wordingFor('en').times(4 / 3)).toBe('1.3 times');
    expect(wordingFor('nl').times(1)).toBe('1 keer');
    expect(wordingFor('nl').hours(1234.4)).toBe('1.234 uur');
    expect(wordingFor('en').hours(3.44)).toBe('3.4 hours');
  });
});
