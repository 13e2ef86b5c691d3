import { describe, expect, it } from 'vitest';
import { problemsEn, problemsNl } from '../i18n/locales/problems';
import { getTranslator } from '../i18n/translator';
import { describeField, describeValue, formatPath } from './problems';

function keysOf(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, item]) => (typeof item === 'object' && item !== null ? keysOf(item as object, `${prefix}${key}.`) : [`${prefix}${key}`]));
}

describe('problem texts', () => {
  it('have the same keys and placeholders in nl and en', () => {
    expect(keysOf(problemsNl)).toEqual(keysOf(problemsEn));
    const placeholders = (text: string): string[] => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]!).sort();
    const lookup = (texts: object, key: string): string => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], texts) as string;
    for (const key of keysOf(problemsEn)) expect(placeholders(lookup(problemsNl, key)), key).toEqual(placeholders(lookup(problemsEn, key)));
  });

  it('write paths the way a developer reads them', () => {
    expect(formatPath(['steps', 3, 'waitTime'])).toBe('steps[3].waitTime');
    expect(formatPath(['future', 'flows', 0, 'from'])).toBe('future.flows[0].from');
    expect(formatPath(['steps', 0, 'x-plugin', '__proto__'])).toBe('steps[0]["x-plugin"].__proto__');
    expect(formatPath([])).toBe('');
  });

  it('name fields and values in plain words', () => {
    const t = getTranslator('nl');
    expect(describeField(['steps', 2, 'wastes', 1], t)).toBe('de verspillingslabels (nr. 2)');
    expect(describeField(['steps', 2, 'type'], t)).toBe('het soort stap');
    expect(describeField(['actions', 0, 'effects', 1, 'type'], t)).toBe('het soort wijziging');
    expect(describeField(['steps', 0, 'colour'], t)).toBe('het veld "colour"');
    expect([undefined, null, '', 'abc', -5, true, [], {}].map((value) => describeValue(value, t))).toEqual([
      'afwezig', 'leeg', 'leeg', '"abc"', '-5', 'true', 'een lijst', 'een groep velden',
    ]);
  });
});
