import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const pages = ['README.md', ...readdirSync(join(ROOT, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)];

/** The relative link targets of a Markdown page, without their #anchor. */
function relativeLinks(markdown: string): string[] {
  return [...markdown.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((match) => match[1] ?? '')
    .filter((target) => !/^[a-z]+:/i.test(target) && !target.startsWith('#'))
    .map((target) => target.replace(/#.*$/, ''));
}

describe('the documentation in the repository', () => {
  it('has the pages for the format, the formulas, the findings and the command line', () => {
    expect(pages).toEqual(expect.arrayContaining(['docs/README.md', 'docs/file-format.md', 'docs/formulas.md', 'docs/findings.md', 'docs/command-line.md']));
  });

  it.each(pages)('%s links only files inside the repository, and they exist', (page) => {
    for (const target of relativeLinks(readFileSync(join(ROOT, page), 'utf8'))) {
      const file = resolve(ROOT, dirname(page), target);
      expect(file.startsWith(`${ROOT}/`) || file === ROOT, `${page} → ${target} leaves the repository`).toBe(true);
      expect(existsSync(file), `${page} → ${target}`).toBe(true);
    }
  });

  it('documents every field of the schema', () => {
    const format = readFileSync(join(ROOT, 'docs/file-format.md'), 'utf8');
    const schema = readFileSync(join(ROOT, 'shared/model/schema.ts'), 'utf8');
    // Every field name declared in a schema object ("name: z…" or "name: id" …) appears on the page.
    const fields = new Set([...schema.matchAll(/^\s{2}([a-zA-Z]+): (?:z\.|id\b|minutes|fraction|position|coefficientOfVariation|clockTime|metaSchema|settingsSchema|goalSchema|sourceSchema|stateSchema)/gm)].map((match) => match[1] ?? ''));
    expect(fields.size).toBeGreaterThan(40);
    const missing = [...fields].filter((field) => !format.includes(`\`${field}\``));
    expect(missing).toEqual([]);
    for (const effect of schema.matchAll(/z\.literal\('([a-z-]+)'\)/g)) expect(format, effect[1]).toContain(`\`${effect[1]}\``);
  });
});
