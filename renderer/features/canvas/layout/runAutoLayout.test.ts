import { describe, expect, it } from 'vitest';
import { createElkRunner } from '../../../../shared/layout/elkLayout';
import { workedExample } from '../../../../shared/layout/testMaps';
import type { ProcessMap } from '../../../../shared/model/types';
import { createEditor } from '../../../base/editor';
import type { LayoutEngine } from './computeLayout';
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

const runElk = createElkRunner();
const direct: LayoutEngine = { layout: runElk, cancel: () => undefined };

describe('runAutoLayout', () => {
  it('applies the layout as one undo step and reports it', async () => {
    const { documents, session } = createEditor(map());
    const before = documents.getState().map;
    expect(await runAutoLayout(documents, session, direct, 10_000)).toBe(true);
    expect(session.getState().layoutStatus.phase).toBe('done');
    expect(documents.getState().map).not.toBe(before);
    documents.undo();
    expect(documents.getState().map.steps).toEqual(before.steps);
    expect(documents.getState().canUndo).toBe(false);
  });

  it('leaves the document unchanged and says so when the layout takes too long', async () => {
    const { documents, session } = createEditor(map());
    const before = documents.getState().map;
    const stuck: LayoutEngine = { layout: () => new Promise(() => undefined), cancel: () => undefined };
    expect(await runAutoLayout(documents, session, stuck, 20)).toBe(false);
    expect(session.getState().layoutStatus).toEqual({ phase: 'timeout', timeoutMs: 20 });
    expect(documents.getState().map).toBe(before);
  });

  it('does not apply a result to a map that was edited while the layout ran', async () => {
    const { documents, session } = createEditor(map());
    const slow: LayoutEngine = {
      layout: async (graph) => {
        documents.dispatch({ type: 'step/update', stepId: 'A', patch: { label: 'Gewijzigd' } });
        return runElk(graph);
      },
      cancel: () => undefined,
    };
    expect(await runAutoLayout(documents, session, slow, 10_000)).toBe(false);
    expect(session.getState().layoutStatus.phase).toBe('changed');
    expect(documents.getState().map.steps.find((step) => step.id === 'A')?.position).toEqual({ x: 220, y: 50 });
  });
});
