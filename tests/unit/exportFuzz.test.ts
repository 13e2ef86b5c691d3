import { strFromU8 } from 'fflate';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { parseMap } from '../../shared/model/parse';
import type { ProcessMap } from '../../shared/model/types';
import { buildPlanContent } from '../../shared/plan/content';
import { renderPlanDocx } from '../../shared/plan/docx';
import { renderPlanHtml } from '../../shared/plan/html';
import { renderPlanMarkdown } from '../../shared/plan/markdown';
import { planImages } from '../../shared/plan/planImages';
import { GENERATED_AT, invoicesWithActions, unzip } from './planFixtures';

/**
 * Export fuzzing: hostile characters in every text field of a map
 * (title, description, organisation, author, lane names, step labels, systems and notes,
 * flow labels, notes, action texts, reasons, whys, the goal, the source), in every plan
 * format. Every XML part of the .docx and every SVG drawing is read by saxes, a strict
 * XML 1.0 parser that refuses characters XML cannot hold; the HTML and Markdown hold none
 * of them either, and no markup from a label survives unescaped.
 */
const HOSTILE: readonly string[] = [
  '\u0000nul',
  '\u0001\u0008\u000B\u000C\u000E\u001F',
  '\u007F del',
  'U+FFFE \uFFFE',
  'U+FFFF \uFFFF',
  'lone high \uD800 surrogate',
  'lone low \uDFFF surrogate',
  '\uDC00\uD800 reversed pair',
  'bidi \u202Egnp.exe\u202C and \u2066isolate\u2069 \u200F',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "' onmouseover='alert(1)",
  '[link](javascript:alert(1)) <https://evil.example> ![x](x)',
  ']]><!-- --> &amp; &#0; &#xFFFE;',
  '| cell | # heading\n---\n* item\n> quote `code`',
  '{{title}} $& $1',
];

/** Characters no plan file may hold: XML 1.0 forbidden characters, U+FFFE/U+FFFF, lone surrogates, explicit bidi overrides. */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Every text field of the map set to `hostile` (ids stay unique: they get it as a suffix). */
function hostileMap(hostile: string, index: number): ProcessMap {
  const map = invoicesWithActions();
  const text = (label: string): string => `${label} ${hostile} ${index}`;
  const states = [map, ...(map.future ? [map.future] : [])];
  const withFuture: ProcessMap = {
    ...map,
    meta: { ...map.meta, title: text('Titel'), description: text('Omschrijving'), organisation: text('Organisatie'), author: text('Auteur') },
    dismissedFindings: [{ findingId: text('f'), reason: text('reden') }],
    rootCauses: [{ findingId: text('f'), whys: [text('waarom'), text('daarom')] }],
    goal: { text: text('Doel'), targets: [{ metric: 'leadTimeMinutes', value: 600, dueDate: text('datum') }] },
    source: { kind: text('bron'), file: text('bestand.csv') },
    actions: map.actions.map((action) => ({ ...action, title: text(action.title), description: text('beschrijving'), owner: text('eigenaar'), dueDate: text('datum') })),
  };
  for (const state of states) {
    const target = state === map ? withFuture : (withFuture.future ?? state);
    target.lanes = state.lanes.map((lane) => ({ ...lane, name: text(lane.name) }));
    target.steps = state.steps.map((step) => ({ ...step, label: text(step.label), system: text('systeem'), note: text('notitie') }));
    target.flows = state.flows.map((flow) => ({ ...flow, label: text('label') }));
    target.annotations = [{ id: 'hostile-note', kind: 'note', text: text('notitie'), position: { x: 0, y: 0 } }];
  }
  const reparsed = parseMap(JSON.stringify(withFuture));
  if (!reparsed.ok) throw new Error(`hostile map ${index} does not open: ${reparsed.problems[0]?.message ?? ''}`);
  return reparsed.map;
}

function strictXmlErrors(xml: string): string[] {
  const errors: string[] = [];
  const parser = new SaxesParser({ xmlns: true });
  parser.on('error', (error: Error) => {
    errors.push(error.message);
  });
  try {
    parser.write(xml).close();
  } catch (error) {
    errors.push(String(error));
  }
  return errors;
}

const counts = { maps: 0, docxParts: 0, svgs: 0 };

describe('every plan format holds only what its format can hold, whatever the labels say', () => {
  it.each(HOSTILE.map((hostile, index) => [JSON.stringify(hostile).slice(0, 40), hostile, index] as const))(
    'hostile text %s in every field',
    async (_name, hostile, index) => {
      const language = index % 2 === 0 ? 'nl' : 'en';
      const plan = buildPlanContent(hostileMap(hostile, index), { language, generatedAt: GENERATED_AT, sourceFileName: `kaart ${hostile}.stroomlijn` });
      counts.maps += 1;

      const markdown = renderPlanMarkdown(plan, { imageHref: (image) => `${image.id}.svg` });
      expect(markdown).not.toMatch(FORBIDDEN);
      expect(markdown).not.toContain('<script>');
      // An escaped bracket (\\]) makes no link.
      expect(markdown).not.toMatch(/(?<!\\)\]\(javascript:/);

      const html = renderPlanHtml(plan);
      expect(html).not.toMatch(FORBIDDEN);
      // Escaped text may say "onerror="; no tag may carry it.
      expect(html).not.toMatch(/<script|<img src=x|<[^>]*\son\w+=/i);

      for (const image of planImages(plan)) {
        if (image.svg === undefined) continue;
        counts.svgs += 1;
        expect(strictXmlErrors(image.svg), image.id).toEqual([]);
        expect(image.svg).not.toMatch(FORBIDDEN);
      }

      const parts = unzip(await renderPlanDocx(plan));
      for (const [name, bytes] of Object.entries(parts)) {
        if (!/\.(xml|rels|svg)$/.test(name)) continue;
        counts.docxParts += 1;
        const xml = strFromU8(bytes);
        expect(strictXmlErrors(xml), name).toEqual([]);
        expect(xml, name).not.toMatch(FORBIDDEN);
      }
    },
    30_000,
  );

  it('counted what it tried', () => {
    console.log(`[export fuzz] ${JSON.stringify(counts)}`);
    expect(counts.maps).toBe(HOSTILE.length);
  });
});
