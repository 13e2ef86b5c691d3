import { exportableText } from './exportText';
import type { PlanBlock, PlanDocument, PlanImage, PlanRun, PlanTableColumn } from './types';

export interface MarkdownOptions {
  /**
   * Where an image can be found, relative to the Markdown file (the CLI writes the SVGs
   * next to it), or null to describe the image in words instead.
   */
  imageHref?: (image: PlanImage) => string | null;
}

/** Text on one line: a line break in user text would otherwise start a new block. */
function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ');
}

/**
 * Escapes user text for inline Markdown (CommonMark + GitHub tables): `<`, `>` and an `&`
 * that would start an entity become entities (so `<img onerror=…>` shows as text in every renderer), and
 * the characters that make emphasis, code, links and table cells are backslash-escaped.
 */
export function escapeMarkdown(text: string): string {
  return oneLine(exportableText(text))
    // An ampersand only needs escaping where it would start an entity ("&amp;", "&#39;").
    .replace(/&(?=#?[a-zA-Z0-9]+;)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|~!#])/g, '\\$1');
}

/** Also neutralises what only means something at the start of a line (lists, quotes, headings). */
function escapeLineStart(text: string): string {
  return text.replace(/^(\s*)([-+=]|\d+[.)])(?=\s|$)/, (_match, space: string, marker: string) =>
    `${space}${marker.replace(/([-+=.)])/, '\\$1')}`,
  );
}

function renderRuns(runs: readonly PlanRun[]): string {
  return runs
    .map((run) => {
      const text = escapeMarkdown(run.text);
      if (text.trim() === '') return text;
      // Emphasis markers must touch the text, so surrounding spaces stay outside them.
      const [, before = '', core = '', after = ''] = /^(\s*)(.*?)(\s*)$/.exec(text) ?? [];
      if (run.bold && run.italic) return `${before}***${core}***${after}`;
      if (run.bold) return `${before}**${core}**${after}`;
      if (run.italic) return `${before}*${core}*${after}`;
      return text;
    })
    .join('');
}

function renderTable(columns: readonly PlanTableColumn[], rows: readonly (readonly string[])[]): string {
  const cell = (text: string): string => escapeMarkdown(text).trim() || ' ';
  const header = `| ${columns.map((column) => cell(column.header)).join(' | ')} |`;
  const rule = `| ${columns.map((column) => (column.align === 'right' ? '---:' : '---')).join(' | ')} |`;
  const body = rows.map((row) => `| ${columns.map((_column, index) => cell(row[index] ?? '')).join(' | ')} |`);
  return [header, rule, ...body].join('\n');
}

function renderBlock(block: PlanBlock, options: MarkdownOptions): string {
  switch (block.kind) {
    case 'heading':
      return `${'#'.repeat(block.level + 1)} ${escapeMarkdown(block.text)}`;
    case 'paragraph': {
      const text = escapeLineStart(renderRuns(block.runs));
      return block.style === 'note' ? `*${text.trim()}*` : text;
    }
    case 'list':
      return block.items
        .map((item, index) => `${block.ordered ? `${index + 1}.` : '-'} ${escapeLineStart(renderRuns(item))}`)
        .join('\n');
    case 'keyFigures':
      return [
        `**${escapeMarkdown(block.caption)}**`,
        '',
        renderTable(
          [
            { header: block.header.figure, align: 'left', weight: 3 },
            { header: block.header.before, align: 'right', weight: 1 },
            { header: block.header.after, align: 'right', weight: 1 },
            { header: block.header.change, align: 'right', weight: 1 },
          ],
          block.rows.map((row) => [row.label, row.before, row.after, row.change]),
        ),
      ].join('\n');
    case 'table': {
      const table = renderTable(block.columns, block.rows);
      return block.caption ? `**${escapeMarkdown(block.caption)}**\n\n${table}` : table;
    }
    case 'image': {
      const href = options.imageHref?.(block.image) ?? null;
      // Without a file to link to, the caption says what the other formats show here.
      if (href === null) return `*${escapeMarkdown(block.caption)}*`;
      // The href is made by the writer's caller from an image id, never from user text.
      return `![${escapeMarkdown(block.alt)}](${encodeURI(href)})\n\n*${escapeMarkdown(block.caption)}*`;
    }
  }
}

/**
 * The plan as Markdown (CommonMark with GitHub tables): the title page as a heading with
 * its facts, each section as a level-2 heading, tables as pipe tables, images as links to
 * the files `imageHref` names (or described in words). All user text is escaped.
 */
export function renderPlanMarkdown(document: PlanDocument, options: MarkdownOptions = {}): string {
  const { titlePage } = document;
  const parts: string[] = [`# ${escapeMarkdown(titlePage.kind)}: ${escapeMarkdown(titlePage.title)}`];
  if (titlePage.description.trim() !== '') parts.push(escapeLineStart(escapeMarkdown(titlePage.description)));
  parts.push(titlePage.facts.map((fact) => `- **${escapeMarkdown(fact.label)}:** ${escapeMarkdown(fact.value)}`).join('\n'));
  parts.push(`*${escapeMarkdown(titlePage.footer)}*`);
  for (const section of document.sections) {
    parts.push(`## ${escapeMarkdown(section.title)}`);
    for (const block of section.blocks) parts.push(renderBlock(block, options));
  }
  return `${parts.join('\n\n')}\n`;
}
