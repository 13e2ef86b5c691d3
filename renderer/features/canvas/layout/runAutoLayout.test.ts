import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import type { ProcessMap } from '../../../../shared/model/types';
import { createEditorStore } from '../../../base/store/documentStore';
import { workedExample } from '../../../../shared/layout/testMaps';
import type { LayoutEngine } from './computeLayout';
import { getLayoutStatus, setLayoutStatus } from '../../../base/session/layoutStatus';
import { runAutoLayout } from './runAutoLayout';

function map(): ProcessMap {
  return {
    format: 'stroomlijn-map',
    schemaVersion: 2,
    meta: { title: 'T', description: '', organisation: '', author: '', language: 'nl', createdAt: '', updatedAt: '' },
    settings: { casesPerYear: 0, hoursPerDay: 8, currency: 'EUR', defaultHourlyCost: 45, workdayStart: '09:00' },
    ...workedExample(),
    actions: [],
    dismissedFindings: [],
    rootCauses: [],
    future: null,
  };
}

const elk = new ELK();
const direct: LayoutEngine = { layout: (graph) => elk.layout(graph), cancel: () => undefined };

describe('runAutoLayout', () => {
  it('applies the layout as one undo step and reports it', async () => {
    setLayoutStatus({ phase: 'idle' });
    const store = createEditorStore(map());
    const before = store.getState().map;
    expect(await runAutoLayout(store, 10_000, direct)).toBe(true);
    expect(getLayoutStatus().phase).toBe('done');
    expect(store.getState().map).not.toBe(before);
    store.undo();
    expect(store.getState().map.steps).toEqual(before.steps);
    expect(store.getState().canUndo).toBe(false);
  });

  it('leaves the document unchanged and says so when the layout takes too long', async () => {
    setLayoutStatus({ phase: 'idle' });
    const store = createEditorStore(map());
    const before = store.getState().map;
    const stuck: LayoutEngine = { layout: () => new Promise(() => undefined), cancel: () => undefined };
    expect(await runAutoLayout(store, 20, stuck)).toBe(false);
    expect(getLayoutStatus()).toEqual({ phase: 'timeout', timeoutMs: 20 });
    expect(store.getState().map).toBe(before);
  });

  it('does not apply a result to a map that was edited while the layout ran', async () => {
    setLayoutStatus({ phase: 'idle' });
    const store = createEditorStore(map());
    const slow: LayoutEngine = {
      layout: async (graph) => {
        store.dispatch({ type: 'step/update', stepId: 'A', patch: { label: 'Gewijzigd' } });
        return elk.layout(graph);
      },
      cancel: () => undefined,
    };
    expect(await runAutoLayout(store, 10_000, slow)).toBe(false);
    expect(getLayoutStatus().phase).toBe('changed');
    expect(store.getState().map.steps.find((step) => step.id === 'A')?.position).toEqual({ x: 220, y: 50 });
  });
});
