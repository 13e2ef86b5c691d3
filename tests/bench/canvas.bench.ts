import { chromium, type Browser, type Page } from '@playwright/test';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { generateMap } from './generateMap';
import {
  countFlowElements,
  installProbe,
  measureAutoLayout,
  measureFirstRender,
  measureMetricsUpdate,
  panAndZoom,
  startFrameRecording,
  stopFrameRecording,
  waitForAnalysis,
  type Area,
  type DomCount,
  type FirstRender,
  type PageKind,
} from './canvasProbe';
import { buildBenchPages } from './pages/buildPages';
import { serveDirectory } from './staticServer';

/**
 * `npm run bench:canvas`: the map canvas in the real web build (the whole window, and the
 * canvas alone in its harness page) against a bare @xyflow/react page with default nodes
 * that draws every step, and against its fair peer, the same bare page drawing only the steps
 * in view (`onlyRenderVisibleElements`, as the app culls), on generated maps of 200, 1,000 and 3,000 steps, with the same canvas size and viewport.
 * Measures the
 * first render, frame times while panning and zooming, how fast the metrics bar follows an
 * edit of a 1,000-step map, and auto-layout of a 300-step map with rework loops. Prints a
 * table with the targets. Not part of `npm test`.
 */
/** `npm run bench:canvas -- --edit-only`: only the edit → metrics bar figures (a few minutes instead of twenty on a busy machine). */
const EDIT_ONLY = process.argv.includes('--edit-only');
const STEP_COUNTS = EDIT_ONLY ? [] : ([200, 1_000, 3_000] as const);
const FIRST_RENDER_RUNS = 3;
const EDIT_RUNS = 9;
const INTERACTION_MS = 2_000;
const VIEWPORT = { width: 1280, height: 800 };
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const projectRoot = resolve(import.meta.dirname, '..', '..');

interface PageFigures {
  firstRenders: FirstRender[];
  frameDeltasMs: number[];
  /** Elements in the flow after the first render: what every frame has to lay out and paint. */
  dom: DomCount;
}

function quantile(values: number[], fraction: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? Number.NaN;
}

const median = (values: number[]): number => quantile(values, 0.5);

interface FrameSummary {
  median: number;
  p95: number;
  /** Total time over frame count: long frames weigh in, unlike in the median. */
  mean: number;
  text: string;
}

function frameSummary(deltasMs: number[]): FrameSummary {
  const mean = deltasMs.reduce((sum, delta) => sum + delta, 0) / Math.max(1, deltasMs.length);
  const summary = { median: median(deltasMs), p95: quantile(deltasMs, 0.95), mean };
  return { ...summary, text: `${format(summary.median)} / ${format(summary.p95)} / ${format(summary.mean)}` };
}
const format = (milliseconds: number): string => (Number.isFinite(milliseconds) ? `${milliseconds.toFixed(milliseconds < 100 ? 1 : 0)} ms` : 'n/a');

async function openApp(browser: Browser, appUrl: string): Promise<Page> {
  const page = await browser.newPage({ viewport: VIEWPORT, locale: 'nl-NL' });
  await installProbe(page);
  await page.goto(`${appUrl}/index.html?test`);
  await page.waitForFunction(() => window.__stroomlijnTest !== undefined);
  await waitForAnalysis(page);
  return page;
}

/**
 * The bare page starts at the app's viewport (`x`, `y`, `zoom`): both draw the same part of the
 * map from the first frame. The culling peer draws only what is in view, so at React Flow's
 * default viewport it never drew the first step (s1 lies below a 560 px high flow) and the
 * first-render wait never ended.
 */
async function openBare(browser: Browser, pagesUrl: string, area: Area, viewport: { x: number; y: number; zoom: number }, cull = false): Promise<Page> {
  const page = await browser.newPage({ viewport: VIEWPORT });
  await installProbe(page);
  const start = `&x=${viewport.x}&y=${viewport.y}&zoom=${viewport.zoom}`;
  await page.goto(`${pagesUrl}/bare.html?width=${Math.round(area.width)}&height=${Math.round(area.height)}${start}${cull ? '&cull=1' : ''}`);
  await page.waitForFunction(() => window.__bare !== undefined);
  return page;
}

/** The canvas harness sized like the app's canvas area plus its palette, so the flows match. */
async function openCanvasHarness(browser: Browser, pagesUrl: string, size: { width: number; height: number }): Promise<Page> {
  const page = await browser.newPage({ viewport: VIEWPORT, locale: 'nl-NL' });
  await installProbe(page);
  await page.goto(`${pagesUrl}/canvas.html?width=${Math.round(size.width)}&height=${Math.round(size.height)}`);
  await page.waitForFunction(() => window.__canvasHarness !== undefined);
  return page;
}

async function canvasArea(page: Page): Promise<Area> {
  const box = await page.locator('.react-flow').boundingBox();
  if (!box) throw new Error('no canvas on the page');
  return box;
}

async function viewportOf(page: Page): Promise<{ x: number; y: number; zoom: number }> {
  return page.locator('.react-flow__viewport').evaluate((element) => {
    const matrix = new DOMMatrixReadOnly(getComputedStyle(element).transform);
    return { x: matrix.e, y: matrix.f, zoom: matrix.a };
  });
}

async function measurePage(kind: PageKind, open: () => Promise<Page>, json: string, prepare: (page: Page) => Promise<void>): Promise<PageFigures> {
  const firstRenders: FirstRender[] = [];
  let page: Page | null = null;
  for (let run = 0; run < FIRST_RENDER_RUNS; run += 1) {
    await page?.close();
    page = await open();
    firstRenders.push(await measureFirstRender(page, kind, json, 's1'));
  }
  if (!page) throw new Error('no page');
  await prepare(page);
  await page.waitForTimeout(300);
  const dom = await countFlowElements(page);
  const area = await canvasArea(page);
  await startFrameRecording(page);
  await panAndZoom(page, area, INTERACTION_MS);
  const frameDeltasMs = await stopFrameRecording(page);
  await page.close();
  return { firstRenders, frameDeltasMs, dom };
}

async function buildApp(outDir: string): Promise<void> {
  await build({ configFile: join(projectRoot, 'vite.web.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true } });
}

/** The script index.html starts with (the editor before anything loads on first use), raw and gzipped. */
async function mainScriptSize(appDirectory: string): Promise<{ name: string; bytes: number; gzipBytes: number }> {
  const html = await readFile(join(appDirectory, 'index.html'), 'utf8');
  const source = /<script[^>]*type="module"[^>]*src="\.\/([^"]+)"/.exec(html)?.[1];
  if (!source) throw new Error('index.html has no module script');
  const script = await readFile(join(appDirectory, source));
  return { name: source, bytes: script.length, gzipBytes: gzipSync(script).length };
}

interface Row {
  measure: string;
  value: string;
  target: string;
  verdict: 'PASS' | 'MISS' | '';
}

function verdict(pass: boolean): 'PASS' | 'MISS' {
  return pass ? 'PASS' : 'MISS';
}

function printTable(rows: Row[]): void {
  const widths = [0, 1, 2, 3].map((column) => Math.max(...rows.map((row) => [row.measure, row.value, row.target, row.verdict][column]?.length ?? 0)));
  const line = (cells: string[]): string => cells.map((cell, index) => cell.padEnd(widths[index] ?? 0)).join('  ');
  console.log(line(['measure', 'value', 'target', '']));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of rows) console.log(line([row.measure, row.value, row.target, row.verdict]));
}

async function main(): Promise<void> {
  const workDirectory = await mkdtemp(join(tmpdir(), 'stroomlijn-canvas-bench-'));
  const appDirectory = join(workDirectory, 'app');
  const pagesDirectory = join(workDirectory, 'pages');
  const rows: Row[] = [];
  const cleanups: (() => Promise<void>)[] = [() => rm(workDirectory, { recursive: true, force: true })];
  try {
    console.log(`Building the web app and the benchmark pages into ${workDirectory} …`);
    await buildApp(appDirectory);
    const mainScript = await mainScriptSize(appDirectory);
    rows.push({
      measure: `startup: main script (${mainScript.name}), raw / gzip`,
      value: `${Math.round(mainScript.bytes / 1024)} KB / ${Math.round(mainScript.gzipBytes / 1024)} KB`,
      target: 'improvement, comparison, plan, layout on first use',
      verdict: '',
    });
    await buildBenchPages(pagesDirectory);
    const appServer = await serveDirectory(appDirectory);
    cleanups.unshift(() => appServer.close());
    const pagesServer = await serveDirectory(pagesDirectory);
    cleanups.unshift(() => pagesServer.close());
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
    cleanups.unshift(() => browser.close());
    for (const stepCount of STEP_COUNTS) {
      const json = JSON.stringify(generateMap({ stepCount }));
      console.log(`${stepCount} steps …`);
      let appArea: Area = { x: 0, y: 0, ...VIEWPORT };
      let paletteWidth = 0;
      let appViewport = { x: 0, y: 0, zoom: 1 };
      const app = await measurePage('app', () => openApp(browser, appServer.url), json, async (page) => {
        await waitForAnalysis(page);
        await page.waitForTimeout(500);
        appArea = await canvasArea(page);
        paletteWidth = (await page.locator('.palette').boundingBox())?.width ?? 0;
        appViewport = await viewportOf(page);
      });
      const harnessSize = { width: appArea.width + paletteWidth + 1, height: appArea.height };
      const canvas = await measurePage('canvas', () => openCanvasHarness(browser, pagesServer.url, harnessSize), json, async (page) => {
        await page.waitForTimeout(500);
      });
      const bare = await measurePage('bare', () => openBare(browser, pagesServer.url, appArea, appViewport), json, async (page) => {
        await page.evaluate((viewport) => window.__bare.setViewport(viewport), appViewport);
      });
      const peer = await measurePage('bare', () => openBare(browser, pagesServer.url, appArea, appViewport, true), json, async (page) => {
        await page.evaluate((viewport) => window.__bare.setViewport(viewport), appViewport);
      });
      const bareFrames = frameSummary(bare.frameDeltasMs);
      const peerFrames = frameSummary(peer.frameDeltasMs);
      const firstBare = median(bare.firstRenders.map((run) => run.firstRenderMs));
      const firstPeer = median(peer.firstRenders.map((run) => run.firstRenderMs));
      const domText = (dom: DomCount): string => `${dom.elements.toLocaleString('en-GB')} elements, ${dom.nodes} nodes (${(dom.elements / Math.max(1, dom.nodes)).toFixed(1)} per node)`;
      for (const [name, figures] of [
        ['app window', app],
        ['canvas only', canvas],
      ] as const) {
        const frames = frameSummary(figures.frameDeltasMs);
        const first = median(figures.firstRenders.map((run) => run.firstRenderMs));
        const loadShare = median(figures.firstRenders.map((run) => run.loadCallMs));
        const firstTarget = stepCount >= 1_000 ? { text: '≤ 1.2× culling peer', pass: first <= 1.2 * firstPeer } : null;
        rows.push({
          measure: `${stepCount} steps, ${name}: first render (of which load pipeline ${format(loadShare)})`,
          value: `${format(first)} (×${(first / firstPeer).toFixed(2)} culling peer, ×${(first / firstBare).toFixed(2)} bare)`,
          target: firstTarget?.text ?? '',
          verdict: firstTarget ? verdict(firstTarget.pass) : '',
        });
        const frameTarget =
          stepCount === 1_000 ? { text: 'median ≤ 17 ms, p95 ≤ 34 ms', pass: frames.median <= 17 && frames.p95 <= 34 }
          : stepCount === 3_000 ? { text: 'better than bare', pass: frames.median <= bareFrames.median + 0.5 && frames.mean < bareFrames.mean }
          : null;
        rows.push({
          measure: `${stepCount} steps, ${name}: frames while panning+zooming (median / p95 / mean)`,
          value: `${frames.text} (mean ×${(frames.mean / peerFrames.mean).toFixed(2)} culling peer, ×${(frames.mean / bareFrames.mean).toFixed(2)} bare)`,
          target: frameTarget?.text ?? '',
          verdict: frameTarget ? verdict(frameTarget.pass) : '',
        });
        rows.push({ measure: `${stepCount} steps, ${name}: DOM in the flow after the first render`, value: domText(figures.dom), target: '', verdict: '' });
      }
      rows.push({ measure: `${stepCount} steps, culling peer (bare, onlyRenderVisibleElements): first render`, value: format(firstPeer), target: '', verdict: '' });
      rows.push({ measure: `${stepCount} steps, culling peer: frames (median / p95 / mean)`, value: peerFrames.text, target: '', verdict: '' });
      rows.push({ measure: `${stepCount} steps, culling peer: DOM in the flow`, value: domText(peer.dom), target: '', verdict: '' });
      rows.push({ measure: `${stepCount} steps, bare React Flow (draws all): first render`, value: format(firstBare), target: '', verdict: '' });
      rows.push({ measure: `${stepCount} steps, bare React Flow: frames (median / p95 / mean)`, value: bareFrames.text, target: '', verdict: '' });
      rows.push({ measure: `${stepCount} steps, bare React Flow: DOM in the flow`, value: domText(bare.dom), target: '', verdict: '' });
    }

    console.log('editing a 1,000-step map …');
    const editPage = await openApp(browser, appServer.url);
    await measureFirstRender(editPage, 'app', JSON.stringify(generateMap({ stepCount: 1_000 })), 's1');
    await waitForAnalysis(editPage);
    const edits = [];
    for (let run = 0; run < EDIT_RUNS; run += 1) {
      edits.push(await measureMetricsUpdate(editPage, `s${1 + run * 7}`));
      await editPage.waitForTimeout(200);
    }
    await editPage.close();
    const editBar = frameSummary(edits.map((edit) => edit.metricsBarMs));
    const editAnalysis = frameSummary(edits.map((edit) => edit.analysisMs));
    rows.push({ measure: `1,000 steps: edit a step → analysis ready (median / p95 / mean of ${EDIT_RUNS})`, value: editAnalysis.text, target: '', verdict: '' });
    rows.push({
      measure: `1,000 steps: edit a step → metrics bar shows it, painted (median / p95 / mean of ${EDIT_RUNS})`,
      value: editBar.text,
      target: 'median < 100 ms',
      verdict: verdict(editBar.median < 100),
    });

    if (!EDIT_ONLY) {
      console.log('auto-layout of a 300-step map …');
      const layoutPage = await openApp(browser, appServer.url);
      await measureFirstRender(layoutPage, 'app', JSON.stringify(generateMap({ stepCount: 300, seed: 7 })), 's1');
      const reworkCount = await layoutPage.evaluate(() => window.__stroomlijnTest?.getState().map.flows.filter((flow) => flow.rework).length ?? 0);
      const cold = await measureAutoLayout(layoutPage);
      const warm = await measureAutoLayout(layoutPage);
      await layoutPage.close();
      rows.push({
        measure: `300 steps (${reworkCount} rework flows): auto-layout, first run (worker start + ELK load)`,
        value: `${format(cold.layoutMs)}${cold.applied ? '' : ' (not applied)'}`,
        target: '< 2 s',
        verdict: verdict(cold.applied && cold.layoutMs < 2_000),
      });
      rows.push({ measure: '300 steps: auto-layout, second run (warm worker)', value: format(warm.layoutMs), target: '< 2 s', verdict: verdict(warm.layoutMs < 2_000) });
      rows.push({ measure: '300 steps: longest frame gap during the first layout', value: format(cold.longestFrameGapMs), target: 'off the main thread', verdict: '' });
    }
  } finally {
    for (const cleanup of cleanups) await cleanup();
  }
  console.log(`\nChromium headless (software rendering), ${VIEWPORT.width}×${VIEWPORT.height}, ${cpus().length} cores, load ${loadavg()[0]?.toFixed(2) ?? '?'}`);
  printTable(rows);
}

await main();
