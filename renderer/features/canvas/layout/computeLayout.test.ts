import { describe, expect, it } from 'vitest';
import { createElkRunner } from '../../../../shared/layout/elkLayout';
import { workedExample } from '../../../../shared/layout/testMaps';
import { computeLayout, type LayoutEngine } from './computeLayout';

describe('computeLayout', () => {
  it('lays out with the engine and reports the positions', async () => {
    const runElk = createElkRunner();
    const outcome = await computeLayout(workedExample(), { layout: runElk, cancel: () => undefined });
    expect(outcome.ok && Object.keys(outcome.positions).sort()).toEqual(['A', 'B', 'D', 'end', 'start']);
  });

  it('gives up after the timeout, cancels the engine and reports it', async () => {
    let cancelled = false;
    const stuck: LayoutEngine = {
      layout: () => new Promise(() => undefined),
      cancel: () => {
        cancelled = true;
      },
    };
    const outcome = await computeLayout(workedExample(), stuck, 30);
    expect(outcome).toMatchObject({ ok: false, reason: 'timeout' });
    expect(cancelled).toBe(true);
  });

  it('reports an engine failure instead of throwing', async () => {
    const broken: LayoutEngine = { layout: () => Promise.reject(new Error('boom')), cancel: () => undefined };
    expect(await computeLayout(workedExample(), broken)).toMatchObject({ ok: false, reason: 'failed', detail: 'boom' });
  });
});
