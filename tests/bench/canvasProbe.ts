import type { Page } from '@playwright/test';

/**
 * What the canvas benchmark measures inside the page. The functions run in the browser
 * through page.evaluate; tsx wraps named inner functions in a `__name` helper that only
 * exists in Node, so every page gets a no-op `__name` first (installProbe).
 */
export async function installProbe(page: Page): Promise<void> {
  await page.addInitScript('window.__name = (target) => target;');
}

/** The whole app window, the canvas harness (canvas only), or bare React Flow. */
export type PageKind = 'app' | 'canvas' | 'bare';

export interface FirstRender {
  /** From handing over the map to the first painted frame with its nodes. */
  firstRenderMs: number;
  /** The synchronous part: the app's load pipeline (parse, validate) or the bare page's JSON.parse. */
  loadCallMs: number;
}

/** Loads a map and waits until its first node is in the DOM, visible, and a frame is painted. */
export async function measureFirstRender(page: Page, kind: PageKind, json: string, firstNodeId: string): Promise<FirstRender> {
  return page.evaluate(
    async ({ kind: pageKind, json: text, firstNodeId: nodeId }) => {
      const started = performance.now();
      if (pageKind === 'app') window.__stroomlijnTest?.loadMap(text);
      else if (pageKind === 'canvas') window.__canvasHarness.load(text);
      else window.__bare.load(text);
      const loadCallMs = performance.now() - started;
      await new Promise<void>((resolve) => {
        const check = (): void => {
          const node = document.querySelector(`.react-flow__node[data-id="${nodeId}"]`);
          // React Flow hides nodes it has not measured yet; "rendered" means visible.
          if (node && getComputedStyle(node).visibility !== 'hidden') requestAnimationFrame(() => setTimeout(resolve, 0));
          else requestAnimationFrame(check);
        };
        check();
      });
      return { firstRenderMs: performance.now() - started, loadCallMs };
    },
    { kind, json, firstNodeId },
  );
}

/** Starts collecting requestAnimationFrame timestamps. */
export async function startFrameRecording(page: Page): Promise<void> {
  await page.evaluate(() => {
    const state = { stamps: [] as number[], running: true };
    (window as unknown as { __frames: typeof state }).__frames = state;
    const tick = (stamp: number): void => {
      state.stamps.push(stamp);
      if (state.running) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

/** Stops recording and returns the time between consecutive frames, in milliseconds. */
export async function stopFrameRecording(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const state = (window as unknown as { __frames: { stamps: number[]; running: boolean } }).__frames;
    state.running = false;
    return state.stamps.slice(1).map((stamp, index) => stamp - (state.stamps[index] ?? stamp));
  });
}

export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Pans (a mouse drag on empty canvas below the lanes) for half of `durationMs`, then zooms
 * with the wheel over the lanes, in and out again, for the other half: real input events,
 * so React Flow's pan/zoom handling is part of what is measured.
 */
export async function panAndZoom(page: Page, area: Area, durationMs: number): Promise<void> {
  const half = durationMs / 2;
  const grab = { x: area.x + area.width * 0.6, y: area.y + area.height - 24 };
  await page.mouse.move(grab.x, grab.y);
  await page.mouse.down();
  const panStarted = Date.now();
  let offset = 0;
  while (Date.now() - panStarted < half) {
    offset += 6;
    // Left and a little up and down: reading along the process.
    await page.mouse.move(grab.x - offset, grab.y - 12 * Math.sin(offset / 60));
  }
  await page.mouse.up();

  const over = { x: area.x + area.width * 0.45, y: area.y + Math.min(area.height * 0.3, 140) };
  await page.mouse.move(over.x, over.y);
  const zoomStarted = Date.now();
  const stepIntervalMs = 30;
  const stepsEachWay = Math.max(1, Math.floor(half / stepIntervalMs / 2));
  let step = 0;
  while (Date.now() - zoomStarted < half) {
    const zoomingIn = step % (stepsEachWay * 2) < stepsEachWay;
    await page.mouse.wheel(0, zoomingIn ? -100 : 100);
    step += 1;
    await page.waitForTimeout(Math.max(0, zoomStarted + step * stepIntervalMs - Date.now()));
  }
}

export interface MetricsUpdate {
  /** From the edit until the metrics bar shows new figures, painted. */
  metricsBarMs: number;
  /** From the edit until the analysis service has the new analysis. */
  analysisMs: number;
}

/** Edits the process time of one step and times how fast the new figures appear. */
export async function measureMetricsUpdate(page: Page, stepId: string): Promise<MetricsUpdate> {
  return page.evaluate(async (id) => {
    const hooks = window.__stroomlijnTest;
    const bar = document.querySelector('[data-testid="metrics-bar"]');
    if (!hooks || !bar) throw new Error('the app has no test hooks or no metrics bar');
    const step = hooks.getState().map.steps.find((candidate) => candidate.id === id);
    if (!step) throw new Error(`no step ${id}`);
    const before = bar.textContent;
    let analysisMs = Number.NaN;
    const started = performance.now();
    // Stamped in the analysis' own listener: a promise callback would run after the
    // re-render React schedules in the same notification, and count it as analysis time.
    const stopListening = hooks.subscribeAnalysis(() => {
      if (hooks.analysisState().pending || !Number.isNaN(analysisMs)) return;
      analysisMs = performance.now() - started;
    });
    const shown = new Promise<void>((resolve) => {
      const observer = new MutationObserver(() => {
        if (bar.textContent === before || hooks.analysisState().pending) return;
        observer.disconnect();
        requestAnimationFrame(() => setTimeout(resolve, 0));
      });
      observer.observe(bar, { subtree: true, childList: true, characterData: true });
    });
    hooks.dispatch({ type: 'step/update', stepId: id, patch: { processTime: step.processTime + 37 } });
    await shown;
    stopListening();
    return { metricsBarMs: performance.now() - started, analysisMs };
  }, stepId);
}

export interface LayoutTiming {
  layoutMs: number;
  applied: boolean;
  /** Longest gap between two frames while the layout ran: small when it is off the main thread. */
  longestFrameGapMs: number;
}

/** Runs the canvas auto-layout (ELK in its worker) and times it until the result is applied. */
export async function measureAutoLayout(page: Page): Promise<LayoutTiming> {
  return page.evaluate(async () => {
    const hooks = window.__stroomlijnTest;
    if (!hooks) throw new Error('no test hooks');
    let longestFrameGapMs = 0;
    let last = performance.now();
    let running = true;
    const tick = (stamp: number): void => {
      longestFrameGapMs = Math.max(longestFrameGapMs, stamp - last);
      last = stamp;
      if (running) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    const mapBefore = hooks.getState().map;
    const started = performance.now();
    await hooks.canvas.autoLayout();
    const layoutMs = performance.now() - started;
    running = false;
    return { layoutMs, applied: hooks.getState().map !== mapBefore, longestFrameGapMs };
  });
}

/** Waits until the analysis of the loaded map is done. */
export async function waitForAnalysis(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const state = window.__stroomlijnTest?.analysisState();
    return state !== undefined && !state.pending && state.analysis !== null;
  });
}

/** Elements inside the flow (nodes, edges, handles, labels…) and how many step nodes are drawn. */
export interface DomCount {
  elements: number;
  nodes: number;
}

export async function countFlowElements(page: Page): Promise<DomCount> {
  return page.evaluate(() => ({
    elements: document.querySelectorAll('.react-flow *').length,
    nodes: document.querySelectorAll('.react-flow__node').length,
  }));
}
