import { describe, expect, it } from 'vitest';
import { rendererResources } from '../../renderer/base/i18n/resources';
import { runAnalyze } from '../../shared/cli/runAnalyze';
import { runPlan, type PlanCliEnvironment } from '../../shared/cli/runPlan';
import { buildPlanContent } from '../../shared/plan/content';
import { renderPlanDocx } from '../../shared/plan/docx';
import { renderPlanHtml } from '../../shared/plan/html';
import { renderPlanMarkdown } from '../../shared/plan/markdown';
import { docxDocumentXml, docxParagraphs, GENERATED_AT, invoicesWithActions, travelWithActions } from './planFixtures';

/*
 * A Dutch secretary should meet no English and no lean jargon, and an English reader no Dutch
 * (issue 11, item 12). These lists hold words that have no place in the other language's text;
 * words both languages share (impact, status, manager, deadline, per, in, over…) are not on them.
 * A lean term may appear where a text explains it: after "In lean:" (the glossary's tooltips).
 */
const ENGLISH_OR_JARGON = [
  'the', 'and', 'with', 'without', 'which', 'this', 'that', 'these', 'there', 'where', 'when', 'should', 'would', 'could', 'must',
  'cannot', 'not', 'yes', 'or', 'of the', 'lane', 'lanes', 'swimlane', 'kaizen', 'burst', 'lead time', 'process time', 'wait time',
  'rework', 'handoff', 'handoffs', 'possible', 'implement', 'challenge', 'kill', 'effort', 'delay', 'waiting', 'work', 'step', 'steps',
  'case', 'cases', 'cost', 'hours', 'minutes', 'days', 'working', 'value', 'adding', 'batch', 'batches', 'rolled', 'first', 'right',
  'time', 'finding', 'findings', 'action', 'actions', 'owner', 'due', 'saving', 'savings', 'heat', 'hitte', 'activiteitsratio',
  'pce', 'ecrs', 'pick', '%c&a', 'c&a', 'bt', 'wt', 'lt', 'pt', 'herwerk', 'zwembaan', 'baan', 'banen', 'u', 'uw', 'do', 'act', 'check', 'pdca',
];
const DUTCH = ['de', 'het', 'een', 'van', 'voor', 'niet', 'zaak', 'zaken', 'stap', 'stappen', 'rol', 'rollen', 'werkdag', 'werkdagen', 'kaart', 'bevinding', 'bevindingen', 'actie', 'acties', 'uur', 'wachten', 'overdracht'];

/** Words of `wordList` in `text` (whole words, any case), with a little context each. */
function foreignWords(text: string, wordList: readonly string[]): string[] {
  const cleaned = text
    // The glossary explains a term by its lean name: "In lean: lead time."
    .replace(/In lean:[^.]*\./g, ' ')
    // Nested glossary terms and interpolations are checked where they are defined.
    .replace(/\$t\([^)]*\)/g, ' ')
    // Command-line options are typed as they are: --hours-per-day, --lane.
    .replace(/--[a-z][a-z-]*/g, ' ')
    .replace(/\{\{[^}]*\}\}/g, ' ');
  const hits: string[] = [];
  for (const word of wordList) {
    const pattern = new RegExp(`(^|[^\\p{L}&%])(${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})(?=$|[^\\p{L}&%])`, 'giu');
    for (const match of cleaned.matchAll(pattern)) {
      const at = match.index + match[1]!.length;
      hits.push(`"${match[2]}" in …${cleaned.slice(Math.max(0, at - 40), at + 40).replace(/\s+/g, ' ')}…`);
    }
  }
  return hits;
}

type Tree = { [key: string]: Tree | string };

function leafTexts(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]): [string, string][] =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : leafTexts(value, `${prefix}${key}.`),
  );
}

/**
 * Texts that must name something English by its English name: the JSON keys and options of
 * the command line's help, which a facilitator types as they are.
 */
const TECHNICAL_TEXTS = new Set(['cli:helpJson', 'cli:usage', 'plan:cli.usage', 'plan:cli.helpFormat', 'plan:cli.helpOut', 'plan:cli.helpLang', 'cli:helpLang']);

function localeTexts(language: 'nl' | 'en'): [string, string][] {
  const resources = rendererResources[language] as unknown as Record<string, Tree>;
  return Object.entries(resources)
    .flatMap(([namespace, tree]) => leafTexts(tree).map(([key, text]): [string, string] => [`${namespace}:${key}`, text]))
    .filter(([key]) => !TECHNICAL_TEXTS.has(key));
}

function docxText(bytes: Uint8Array): string {
  return docxParagraphs(docxDocumentXml(bytes))
    .map((paragraph) => paragraph.text)
    .join('\n');
}

function htmlText(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/g, ' ');
}

async function cliOutput(run: (environment: PlanCliEnvironment) => Promise<number> | number): Promise<string> {
  let text = '';
  const environment: PlanCliEnvironment = {
    stdout: (chunk) => {
      text += chunk;
    },
    stderr: (chunk) => {
      text += chunk;
    },
    writeFile: () => undefined,
    rasterizeSvg: () => new Uint8Array(),
    now: () => GENERATED_AT,
  };
  await run(environment);
  return text;
}

describe('no English in a Dutch screen or document', () => {
  it('the Dutch texts of the app, the plan and the command line (shared and renderer namespaces)', () => {
    const hits = localeTexts('nl').flatMap(([key, text]) => foreignWords(text, ENGLISH_OR_JARGON).map((hit) => `${key}: ${hit}`));
    expect(hits).toEqual([]);
  });

  it('a Dutch plan in every format', async () => {
    const document = buildPlanContent(invoicesWithActions(), { generatedAt: GENERATED_AT });
    // The map's own words (step labels, names of systems) are the team's, not ours: they are Dutch here.
    for (const [format, text] of [
      ['md', renderPlanMarkdown(document)],
      ['html', htmlText(renderPlanHtml(document))],
      ['docx', docxText(await renderPlanDocx(document))],
    ] as const) {
      expect(foreignWords(text, ENGLISH_OR_JARGON), format).toEqual([]);
    }
  });

  it('the Dutch command line: the analysis table and the plan’s warning', async () => {
    const file = 'fixtures/maps/inkomende-facturen.stroomlijn';
    const analysis = await cliOutput((environment) => runAnalyze([file, '--lang', 'nl'], environment));
    expect(analysis).toContain('Kengetallen per zaak');
    expect(foreignWords(analysis, ENGLISH_OR_JARGON)).toEqual([]);
    const warning = await cliOutput((environment) => runPlan([file, '--format', 'md', '--out', 'x.md', '--lang', 'nl'], environment));
    expect(warning).toContain('het plan mist nog');
    expect(foreignWords(warning, ENGLISH_OR_JARGON)).toEqual([]);
  });
});

describe('no Dutch in an English screen or document', () => {
  it('the English texts of the app, the plan and the command line', () => {
    const hits = localeTexts('en').flatMap(([key, text]) => foreignWords(text, DUTCH).map((hit) => `${key}: ${hit}`));
    expect(hits).toEqual([]);
  });

  it('an English plan', () => {
    const markdown = renderPlanMarkdown(buildPlanContent(travelWithActions(), { generatedAt: GENERATED_AT }));
    expect(foreignWords(markdown, DUTCH)).toEqual([]);
  });
});

describe('role names in generated Dutch sentences', () => {
  it('never stand bare where Dutch needs an article ("voordat Manager eraan begint"): always after a preposition or "de rol"', async () => {
    const { analyseMap } = await import('../../shared/analysis/analyseMap');
    const { suggestActions } = await import('../../shared/improve/playbook/index');
    const { buildKitchenSinkMap } = await import('../../shared/improve/playbook/testMaps');
    const allowedBefore = new Set(['bij', 'van', 'naar', 'door', 'op', 'met', 'tussen', 'en', 'rol', 'binnen', 'vanuit', 'voor', 'als', 'of']);
    const problems: string[] = [];
    for (const base of [invoicesWithActions(), buildKitchenSinkMap()]) {
      const map = { ...base, meta: { ...base.meta, language: 'nl' as const } };
      const analysis = analyseMap(map);
      const texts = [
        ...analysis.findings.flatMap((finding) => [finding.title, finding.explanation]),
        ...suggestActions(map, analysis).flatMap((suggestion) => [suggestion.title, suggestion.description]),
      ];
      const names = map.lanes.map((lane) => lane.name.trim()).filter((name) => name !== '');
      for (const text of texts) {
        for (const name of names) {
          for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            const before = text.slice(0, at).trimEnd();
            const previous = /([\p{L}]+|[^\s\p{L}])$/u.exec(before)?.[1] ?? '';
            // Inside a list or brackets ("Leverancier, Secretariaat", "(Manager)") a name is a name.
            if (allowedBefore.has(previous.toLowerCase()) || [',', '(', ':', '‘', '“', '"', '→'].includes(previous)) continue;
            problems.push(`${name} after "${previous}": …${text.slice(Math.max(0, at - 50), at + name.length + 20)}…`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
