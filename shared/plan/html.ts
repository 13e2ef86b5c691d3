import { base64Encode } from './bytes';
import { exportableText } from './exportText';
import { PLAN_CSS } from './htmlStyle';
import type { PlanBlock, PlanDocument, PlanImage, PlanRun, PlanTableColumn } from './types';

/** Escapes text for HTML text and double- or single-quoted attribute values (exportableText first). */
export function escapeHtml(text: string): string {
  return exportableText(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * A data: URI of the image, so the page needs no other file and makes no request. An SVG
 * is shown through <img> (never inlined): an image document runs no script and loads
 * nothing, whoever made the SVG. Percent-encoding keeps it smaller than base64.
 */
export function imageDataUri(image: PlanImage): string | null {
  if (image.svg !== undefined) return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(image.svg)}`;
  if (image.png !== undefined) return `data:image/png;base64,${base64Encode(image.png)}`;
  return null;
}

function renderRuns(runs: readonly PlanRun[]): string {
  return runs
    .map((run) => {
      let html = escapeHtml(run.text);
      if (run.italic) html = `<em>${html}</em>`;
      if (run.bold) html = `<strong>${html}</strong>`;
      return html;
    })
    .join('');
}

function renderTable(columns: readonly PlanTableColumn[], rows: readonly (readonly string[])[], className: string, caption?: string, totalRow = false): string {
  const totalWeight = columns.reduce((sum, column) => sum + column.weight, 0) || 1;
  const colgroup = columns.map((column) => `<col style="width:${((column.weight / totalWeight) * 100).toFixed(1)}%">`).join('');
  const head = columns.map((column) => `<th scope="col" class="${column.align}">${escapeHtml(column.header)}</th>`).join('');
  const body = rows
    .map((row, rowIndex) => {
      const cells = columns.map((column, index) => `<td class="${column.align}">${escapeHtml(row[index] ?? '')}</td>`).join('');
      const total = totalRow && rowIndex === rows.length - 1 ? ' class="total"' : '';
      return `<tr${total}>${cells}</tr>`;
    })
    .join('\n');
  const captionHtml = caption ? `<caption>${escapeHtml(caption)}</caption>` : '';
  return `<table class="${className}">${captionHtml}<colgroup>${colgroup}</colgroup><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

function renderBlock(block: PlanBlock): string {
  switch (block.kind) {
    case 'heading':
      return `<h${block.level + 1}>${escapeHtml(block.text)}</h${block.level + 1}>`;
    case 'paragraph':
      return `<p class="${block.style ?? 'normal'}">${renderRuns(block.runs)}</p>`;
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      return `<${tag}>${block.items.map((item) => `<li>${renderRuns(item)}</li>`).join('')}</${tag}>`;
    }
    case 'keyFigures':
      return renderTable(
        [
          { header: block.header.figure, align: 'left', weight: 3 },
          { header: block.header.before, align: 'right', weight: 1.3 },
          { header: block.header.after, align: 'right', weight: 1.3 },
          { header: block.header.change, align: 'right', weight: 1 },
        ],
        block.rows.map((row) => [row.label, row.before, row.after, row.change]),
        'key-figures',
        block.caption,
      );
    case 'table':
      return renderTable(block.columns, block.rows, 'data', block.caption, block.totalRow);
    case 'image': {
      const source = imageDataUri(block.image);
      const picture = source
        ? `<img src="${escapeHtml(source)}" width="${Math.round(block.image.widthPx)}" height="${Math.round(block.image.heightPx)}" alt="${escapeHtml(block.alt)}">`
        : `<p class="note">${escapeHtml(block.alt)}</p>`;
      return `<figure>${picture}<figcaption>${escapeHtml(block.caption)}</figcaption></figure>`;
    }
  }
}

/**
 * Runs of wide blocks (maps, wide tables) share one landscape wrapper in print; the
 * section's heading joins the first run when the section starts with one, so it is not
 * left alone on a portrait page.
 */
function renderBlocks(heading: string, blocks: readonly PlanBlock[]): string {
  const startsWide = blocks[0]?.wide === true;
  const parts: string[] = startsWide ? [] : [heading];
  let wideRun: string[] = startsWide ? [heading] : [];
  const flush = (): void => {
    if (wideRun.length > 0) parts.push(`<div class="wide">\n${wideRun.join('\n')}\n</div>`);
    wideRun = [];
  };
  for (const block of blocks) {
    if (block.wide) {
      wideRun.push(renderBlock(block));
    } else {
      flush();
      parts.push(renderBlock(block));
    }
  }
  flush();
  return parts.join('\n');
}

/**
 * The plan as one self-contained HTML page: inline CSS with print rules (A4, landscape
 * pages for maps and wide tables, no breaks inside figures and table rows), images as
 * data: URIs, no script and no external reference — a Content-Security-Policy that
 * allows nothing else says so to the browser as well. Every user text is escaped.
 * The app prints this page to PDF (Electron's printToPDF, or the browser's print).
 */
export function renderPlanHtml(document: PlanDocument): string {
  const { titlePage } = document;
  const facts = titlePage.facts
    .map((fact) => `<div><dt>${escapeHtml(fact.label)}</dt><dd>${escapeHtml(fact.value)}</dd></div>`)
    .join('');
  const toc = document.sections
    .map((section) => `<li><a href="#${section.id}">${escapeHtml(section.title)}</a></li>`)
    .join('');
  const sections = document.sections
    .map((section) => `<section id="${section.id}">\n${renderBlocks(`<h2>${escapeHtml(section.title)}</h2>`, section.blocks)}\n</section>`)
    .join('\n');
  return `<!DOCTYPE html>
<html lang="${document.language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Stroomlijn">
<title>${escapeHtml(`${titlePage.kind}: ${titlePage.title}`)}</title>
<link rel="icon" href="data:,">
<style>${PLAN_CSS}</style>
</head>
<body>
<header class="title-page">
<p class="kind">${escapeHtml(titlePage.kind)}</p>
<h1>${escapeHtml(titlePage.title)}</h1>
${titlePage.description.trim() === '' ? '' : `<p class="description">${escapeHtml(titlePage.description)}</p>`}
<dl class="facts">${facts}</dl>
<nav><ol>${toc}</ol></nav>
<p class="footer">${escapeHtml(titlePage.footer)}</p>
</header>
<main>
${sections}
</main>
</body>
</html>
`;
}
