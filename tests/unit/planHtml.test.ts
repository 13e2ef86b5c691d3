import { describe, expect, it } from 'vitest';
import { formatCurrency, formatNumber, formatPercent } from '../../shared/i18n/format';
import { getTranslator } from '../../shared/i18n/translator';
import { compareStates } from '../../shared/improve/comparison';
import type { ProcessMap } from '../../shared/model/types';
import { buildPlanContent } from '../../shared/plan/content';
import { renderPlanHtml } from '../../shared/plan/html';
import { GENERATED_AT, invoicesWithActions, travelWithActions } from './planFixtures';

const VOID_ELEMENTS = new Set(['meta', 'link', 'img', 'col', 'br', 'hr']);
const XSS_LABEL = '<img src=x onerror=alert(1)>';

interface ParsedHtml {
  /** Text content of every element by tag, in document order. */
  texts: Map<string, string[]>;
  /** Attributes of every start tag. */
  attributes: { tag: string; attributes: string }[];
}

/**
 * A strict little parser for the plan's own HTML: every start tag must be closed in order
 * (void elements excepted), so a stray `<` from user text or an unbalanced tag fails.
 */
function parseHtml(html: string): ParsedHtml {
  const body = html.replace(/^<!DOCTYPE html>\s*/i, '');
  const stack: { tag: string; start: number }[] = [];
  const texts = new Map<string, string[]>();
  const attributes: ParsedHtml['attributes'] = [];
  const pattern = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^<>]*)>|<|>/g;
  for (let match = pattern.exec(body); match; match = pattern.exec(body)) {
    const [whole, closing, rawTag, rest = ''] = match;
    if (rawTag === undefined) {
      // A bare < or > outside a tag: the style sheet may hold ">" (child combinators), nothing else may.
      if (whole === '>' && stack.some((entry) => entry.tag === 'style')) continue;
      throw new Error(`unescaped "${whole}" at ${match.index}: ${body.slice(match.index - 40, match.index + 40)}`);
    }
    const tag = rawTag.toLowerCase();
    if (closing) {
      const open = stack.pop();
      if (open?.tag !== tag) throw new Error(`</${tag}> closes <${open?.tag ?? 'nothing'}>`);
      const text = body.slice(open.start, match.index).replace(/<[^>]+>/g, '');
      texts.set(tag, [...(texts.get(tag) ?? []), text]);
    } else {
      attributes.push({ tag, attributes: rest });
      if (!VOID_ELEMENTS.has(tag)) stack.push({ tag, start: match.index + whole.length });
    }
  }
  if (stack.length > 0) throw new Error(`unclosed <${stack.map((entry) => entry.tag).join('>, <')}>`);
  return { texts, attributes };
}

function decode(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

describe.each([
  ['nl', invoicesWithActions],
  ['en', travelWithActions],
] as const)('HTML plan (%s fixture)', (language, makeMap) => {
  const map: ProcessMap = makeMap();
  const html = renderPlanHtml(buildPlanContent(map, { generatedAt: GENERATED_AT }));
  const t = getTranslator(language);

  it('is well formed and has every section with its heading, in the map language', () => {
    const parsed = parseHtml(html);
    const sectionIds = parsed.attributes.filter((entry) => entry.tag === 'section').map((entry) => /id="([^"]+)"/.exec(entry.attributes)?.[1]);
    // Goal and causes only when the map has them (the Dutch fixture has both).
    const hasGoal = map.goal !== undefined;
    const hasCauses = map.rootCauses.length > 0;
    expect(sectionIds).toEqual(['summary', 'background', 'current-state', ...(hasGoal ? ['goal'] : []), 'findings', ...(hasCauses ? ['causes'] : []), 'actions', 'future-state', 'distribution', 'follow-up', 'appendix']);
    expect(parsed.texts.get('h2')?.map(decode)).toEqual(
      ['summary', 'background', 'currentState', ...(hasGoal ? ['goal'] : []), 'findings', ...(hasCauses ? ['causes'] : []), 'actions', 'futureState', 'distribution', 'followUp', 'appendix'].map((key) =>
        t(key === 'distribution' ? 'plan:distribution.title' : `plan:section.${key}`),
      ),
    );
    expect(parsed.texts.get('h1')?.map(decode)).toEqual([map.meta.title]);
    expect(html).toContain(`<html lang="${language}">`);
  });

  it('has no script, no event handler and no external reference', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/https?:\/\//i);
    // CSS may not load anything either (the drawings' own url(#marker) references stay inside their data: URIs).
    expect(html.replace(/data:[^"]*/g, '')).not.toMatch(/url\(|@import/i);
    const sources = parseHtml(html).attributes.flatMap((entry) => [...entry.attributes.matchAll(/(?:src|href)="([^"]*)"/g)].map((match) => match[1] ?? ''));
    for (const source of sources) expect(source).toMatch(/^(data:|#)/);
    expect(html).toContain(`default-src 'none'`);
  });

  it('shows the key figures of the analysis, formatted for the language', () => {
    const { current, future } = compareStates(map);
    if (!current.metrics || !future.metrics) throw new Error('fixture has no metrics');
    const cells = (parseHtml(html).texts.get('td') ?? []).map(decode);
    for (const expected of [
      formatPercent(current.metrics.activityRatio, language, 1),
      formatPercent(future.metrics.activityRatio, language, 1),
      formatNumber(future.metrics.handoffsPerCase, language, 1),
      formatCurrency(current.metrics.annualCost, 'EUR', language),
      formatCurrency(future.metrics.annualCost, 'EUR', language),
    ]) {
      expect(cells).toContain(expected);
    }
    for (const action of map.actions) expect(cells).toContain(action.title);
  });
});

describe('HTML plan with hostile text', () => {
  it('escapes labels, names and titles that look like markup', () => {
    const base = travelWithActions();
    const map: ProcessMap = {
      ...base,
      meta: { ...base.meta, title: `Trip ${XSS_LABEL}`, organisation: '"><script>alert(2)</script>' },
      lanes: base.lanes.map((lane, index) => (index === 0 ? { ...lane, name: XSS_LABEL } : lane)),
      steps: base.steps.map((step) => (step.id === 's2' ? { ...step, label: XSS_LABEL } : step)),
      actions: base.actions.map((action, index) => (index === 0 ? { ...action, title: XSS_LABEL, owner: '<b>boss</b>' } : action)),
    };
    const html = renderPlanHtml(buildPlanContent(map, { generatedAt: GENERATED_AT }));
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>boss');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(() => parseHtml(html)).not.toThrow();
    // Inside the drawings (data: URIs) the label is escaped for SVG as well.
    const svgs = [...html.matchAll(/src="data:image\/svg\+xml;charset=utf-8,([^"]+)"/g)].map((match) => decodeURIComponent(match[1] ?? ''));
    expect(svgs.length).toBeGreaterThan(0);
    expect(svgs.join('')).not.toContain('<img');
    expect(svgs.some((svg) => svg.includes('&lt;img'))).toBe(true);
  });
});
