import { describe, expect, it } from 'vitest';
import { buildPlanContent } from '../../shared/plan/content';
import { escapeMarkdown, renderPlanMarkdown } from '../../shared/plan/markdown';
import { GENERATED_AT, invoicesWithActions, travelWithActions } from './planFixtures';

describe('Markdown plan', () => {
  it('matches the snapshot of the Dutch invoices plan', async () => {
    const markdown = renderPlanMarkdown(buildPlanContent(invoicesWithActions(), { generatedAt: GENERATED_AT }));
    await expect(markdown).toMatchFileSnapshot('__snapshots__/plan-inkomende-facturen.nl.md');
  });

  it('matches the snapshot of the English travel plan, with images linked by file name', async () => {
    const markdown = renderPlanMarkdown(buildPlanContent(travelWithActions(), { generatedAt: GENERATED_AT }), {
      imageHref: (image) => `travel-plan-${image.id}.svg`,
    });
    expect(markdown).toContain('](travel-plan-current-map-1.svg)');
    await expect(markdown).toMatchFileSnapshot('__snapshots__/plan-travel-request.en.md');
  });

  it('can be written in the other language than the map', () => {
    const markdown = renderPlanMarkdown(buildPlanContent(invoicesWithActions(), { generatedAt: GENERATED_AT, language: 'en' }));
    expect(markdown).toContain('## Management summary');
    expect(markdown).toContain('26 November 2026');
    expect(markdown).not.toContain('Managementsamenvatting');
  });

  it('escapes markup, emphasis, links, table pipes and line starts in user text', () => {
    expect(escapeMarkdown('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(escapeMarkdown('a *b* _c_ [d](e) | `f` ~g~ !h #i')).toBe('a \\*b\\* \\_c\\_ \\[d\\](e) \\| \\`f\\` \\~g\\~ \\!h \\#i');
    expect(escapeMarkdown('two\nlines')).toBe('two lines');

    const base = travelWithActions();
    const map = {
      ...base,
      meta: { ...base.meta, description: '# not a heading\n- not a list', title: 'Trip | <b>bold</b>' },
      actions: base.actions.map((action, index) => (index === 0 ? { ...action, title: 'A | B <script>x</script>' } : action)),
    };
    const markdown = renderPlanMarkdown(buildPlanContent(map, { generatedAt: GENERATED_AT }));
    expect(markdown).not.toMatch(/<(b|script)>/);
    expect(markdown).toContain('A \\| B &lt;script&gt;x&lt;/script&gt;');
    expect(markdown).toContain('\\# not a heading - not a list');
    // Every table row still has as many cells as its header.
    for (const table of markdown.split('\n\n').filter((block) => block.startsWith('| '))) {
      const counts = table.trim().split('\n').map((row) => row.replace(/\\\|/g, '').split('|').length);
      expect(new Set(counts).size).toBe(1);
    }
  });
});
