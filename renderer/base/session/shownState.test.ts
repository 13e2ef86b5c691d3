import { describe, expect, it } from 'vitest';
import { analyseState } from '../../../shared/analysis/analyseMap';
import { applyCommand } from '../../../shared/commands/apply';
import { makeTestMap } from '../../../shared/commands/testSupport';
import type { Action, ProcessMap } from '../../../shared/model/types';
import { createAnalysisService } from '../analysis/createAnalysisService';
import { createDocumentStore } from '../store/documentStore';
import { createSessionStore } from './sessionStore';
import { shownStateOf } from './shownState';

/** The test map with one accepted action that takes the 120 minutes of waiting out of step b. */
function mapWithAcceptedAction(): ProcessMap {
  const action: Action = {
    id: 'act1',
    title: 'Manager keurt direct goed',
    description: '',
    findingIds: [],
    ecrs: 'simplify',
    owner: '',
    dueDate: '',
    effort: 'low',
    status: 'accepted',
    effects: [{ type: 'set-wait-time', stepId: 'b', minutes: 0 }],
  };
  return applyCommand(makeTestMap(), { type: 'action/add', action }).map;
}

describe('shownStateOf', () => {
  it('shows the future the accepted actions make while none is stored: same steps, names, lanes; its own times', () => {
    const map = mapWithAcceptedAction();
    expect(map.future).toBeNull();
    const future = shownStateOf(map, 'future');
    expect(future).not.toBe(map);
    expect(future.lanes).toEqual(map.lanes);
    expect(future.steps.map((step) => [step.id, step.name, step.laneId])).toEqual(map.steps.map((step) => [step.id, step.name, step.laneId]));
    expect(future.steps.find((step) => step.id === 'b')?.waitTime).toBe(0);
    expect(map.steps.find((step) => step.id === 'b')?.waitTime).toBe(120);
    // One object per document version: readers compare by identity.
    expect(shownStateOf(map, 'future')).toBe(future);
    expect(shownStateOf(map, 'current')).toBe(map);
  });

  it('feeds the metrics bar the future figures on the future tab', () => {
    const documents = createDocumentStore(mapWithAcceptedAction());
    const session = createSessionStore(documents);
    const analysis = createAnalysisService(documents, session, { analyse: analyseState, createWorker: null });
    const currentLeadTime = analysis.getState().analysis?.metrics?.leadTimeMinutes ?? Number.NaN;
    session.setView('future');
    expect(session.getState().target).toBe('future');
    const futureLeadTime = analysis.getState().analysis?.metrics?.leadTimeMinutes ?? Number.NaN;
    // Step b waits 120 min now and 0 in the future. The loop d→a (25 %) brings a case through b
    // 1 / (1 − 0.25) = 4/3 times on average, so the lead time drops by 120 × 4/3 = 160 min.
    expect(currentLeadTime - futureLeadTime).toBeCloseTo(160, 6);
    analysis.dispose();
  });
});
