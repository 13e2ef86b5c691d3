import { createHash } from 'node:crypto';
import { basename, dirname, extname, join } from 'node:path';
import { analyseMap } from '../analysis/analyseMap';
import { getTranslator } from '../i18n/translator';
import type { Language } from '../model/vocabulary';
import { buildPlanContent } from '../plan/content';
import { renderPlanDocx } from '../plan/docx';
import { renderPlanHtml } from '../plan/html';
import { renderPlanMarkdown } from '../plan/markdown';
import { describePlanGaps, listPlanGaps } from '../plan/planGaps';
import { planImages, startPngFallbacks } from '../plan/planImages';
import type { PlanDocument } from '../plan/types';
import { parsePlanArgs, type CliPlanFileFormat } from './planArgs';
import { readMapFile } from './readMapFile';
import { zipParts } from './zipParts';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE, describeProblems, type CliOutput } from './runAnalyze';

/** What `plan` needs from the machine; the entry point passes the real ones, tests fakes. */
export interface PlanCliEnvironment extends CliOutput {
  /** Writes a file (text or bytes); throws on failure. */
  writeFile(path: string, data: string | Uint8Array): void;
  /** SVG → PNG for print (the fallback Word shows without SVG support). */
  rasterizeSvg(svg: string, widthPx: number): Uint8Array | Promise<Uint8Array>;
  /** How many pictures may be drawn at once (default 1). */
  rasterConcurrency?: number;
  /** What rasterizeSvg draws of a picture and how long that takes, roughly (rasterizeSvg's describeRaster). */
  describeRaster?(svg: string, widthPx: number): { drawn: string; cost: number };
  /** The current time, ISO 8601: the plan's date. */
  now(): string;
  stdoutBytes?(data: Uint8Array): void;
}

const DEFAULT_MESSAGE_LANGUAGE: Language = 'en';

/** node:crypto's SHA-1, which keys the Word plan's pictures (renderPlanDocx's sha1Hex). */
function sha1Hex(data: Uint8Array): string {
  return createHash('sha1').update(data).digest('hex');
}

function helpText(language: Language): string {
  const t = getTranslator(language);
  const keys = ['usage', 'helpIntro', '', 'helpFormat', 'helpOut', 'helpLang', 'helpHelp', '', 'helpExit'];
  return `${keys.map((key) => (key === '' ? '' : t(`plan:cli.${key}`))).join('\n')}\n`;
}

/** Sidecar image file of a Markdown plan: "plan.md" + "current-map-1" → "plan-current-map-1.svg". */
function sidecarPath(out: string, imageId: string): string {
  const stem = basename(out, extname(out));
  return join(dirname(out), `${stem}-${imageId}.svg`);
}

async function renderPlan(document: PlanDocument, format: CliPlanFileFormat, out: string | null, environment: PlanCliEnvironment): Promise<string | Uint8Array> {
  if (format === 'html') return renderPlanHtml(document);
  if (format === 'pptx') {
    // Loaded only for a deck: pptxgenjs is not needed by the other formats.
    const { renderDeckPptx } = await import('../formats/pptx/renderDeck');
    return renderDeckPptx(document, (svg, widthPx) => environment.rasterizeSvg(svg, widthPx));
  }
  if (format === 'docx') {
    // The pictures are drawn (on the renderer's threads) while the document's text and tables are built.
    const pngOf = startPngFallbacks(document, (svg, widthPx) => environment.rasterizeSvg(svg, widthPx), environment.rasterConcurrency, environment.describeRaster?.bind(environment));
    return renderPlanDocx(document, { pngOf, pause: () => new Promise((resolve) => setImmediate(resolve)), zip: zipParts, sha1Hex });
  }
  if (out === null) return renderPlanMarkdown(document);
  // Markdown cannot hold pictures: they are written next to the file and linked by name.
  for (const image of planImages(document)) {
    if (image.svg !== undefined) environment.writeFile(sidecarPath(out, image.id), image.svg);
  }
  return renderPlanMarkdown(document, {
    imageHref: (image) => (image.svg !== undefined ? basename(sidecarPath(out, image.id)) : null),
  });
}

/**
 * `plan <map> --format md|html|docx|pptx [--out FILE] [--lang nl|en]`: reads, validates and
 * analyses one map file and writes its improvement plan (domain.md section 6), or with pptx
 * the deck for the meeting (section 12), to FILE, or
 * for md and html to standard output; one warning line on stderr names what the plan lacks
 * (`listPlanGaps`). Exit status as `analyze`: 0 done (also with that warning), 1 invalid file,
 * analysis error (no plan is written) or a file that cannot be written, 2 wrong usage.
 * Never throws.
 */
export async function runPlan(argv: readonly string[], environment: PlanCliEnvironment): Promise<number> {
  const request = parsePlanArgs(argv);
  const messageLanguage = request.language ?? DEFAULT_MESSAGE_LANGUAGE;
  const t = getTranslator(messageLanguage);
  if (request.kind === 'help') {
    environment.stdout(helpText(messageLanguage));
    return EXIT_OK;
  }
  if (request.kind === 'usage-error') {
    environment.stderr(`plan: ${t(request.messageKey, request.params)}\n${t('plan:cli.usage')}\n`);
    return EXIT_USAGE;
  }

  const { file, format, out } = request;
  const read = readMapFile(file, messageLanguage);
  if (!read.ok) {
    environment.stderr(`${file}: ${read.message}\n`);
    return EXIT_INVALID;
  }
  let output: string | Uint8Array;
  let gapsLine: string;
  try {
    const { parsed } = read;
    if (!parsed.ok) {
      environment.stderr(describeProblems(file, parsed.problems, messageLanguage));
      return EXIT_INVALID;
    }
    // First the analysis, in the terminal's language: a map it refuses (a loop no case
    // leaves, numerically or at all) gets its one line and no plan, exactly as `analyze`
    // answers, instead of a plan built on figures that do not exist.
    const messageMap = { ...parsed.map, meta: { ...parsed.map.meta, language: messageLanguage } };
    const analysis = analyseMap(messageMap);
    const analysisError = analysis.diagnostics.find((diagnostic) => diagnostic.level === 'error');
    if (analysisError) {
      environment.stderr(`${file}: ${analysisError.message}\n`);
      return EXIT_INVALID;
    }
    gapsLine = describePlanGaps(listPlanGaps(messageMap, analysis), messageLanguage);
    const document = buildPlanContent(parsed.map, {
      language: request.language ?? parsed.map.meta.language,
      generatedAt: environment.now(),
      sourceFileName: basename(file),
      overviewMaps: format === 'pptx',
    });
    output = await renderPlan(document, format, out, environment);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    environment.stderr(`${file}: ${t('plan:cli.planFailed', { reason })}\n`);
    return EXIT_INVALID;
  }

  if (out === null) {
    if (typeof output === 'string') environment.stdout(output);
    else environment.stdoutBytes?.(output);
  } else {
    try {
      environment.writeFile(out, output);
    } catch (error) {
      const reason = error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : String(error);
      environment.stderr(`plan: ${t('plan:cli.writeFailed', { file: out, reason })}\n`);
      return EXIT_INVALID;
    }
  }
  // What the plan had to leave out (no background, goal, owners…): a warning, the plan is made.
  if (gapsLine !== '') environment.stderr(`${file}: ${gapsLine}\n`);
  return EXIT_OK;
}
