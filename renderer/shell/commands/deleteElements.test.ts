import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../shared/commands/apply';
import { makeTestMap } from '../../../shared/commands/testSupport';
import { workedExample } from '../../../shared/layout/testMaps';
import type { ProcessMap } from '../../../shared/model/types';
import { createSessionStore } from '../../base/session/sessionStore';
import { createDocumentStore } from '../../base/store/documentStore';
import { APP_COMMANDS } from './commandRegistry';
import type { AppCommandContext } from './commandTypes';
import { planDeletion } from './deleteElements';

const map = (): ProcessMap => ({ ...makeTestMap(), ...workedExample() });
const none = { flowIds: [], annotationIds: [] };

function deleting(stepIds: string[], base = map()): ProcessMap {
  let result = base;
  for (const command of planDeletion(base, { target: 'current', stepIds, ...none })) result = applyCommand(result, command).map;
  return result;
}

const links = (state: ProcessMap): string[] => state.flows.map((flow) => `${flow.id}:${flow.from}>${flow.to}`);

describe('planDeletion', () => {
  it('bridges a step with one flow in and one out: deleting B from A → B → D leaves A → D on the flow of A', () => {
    expect(links(deleting(['B']))).toEqual(['f1:start>A', 'f2:A>D', 'f4:D>end', 'f5:D>A']);
  });

  it('bridges a chain of such steps', () => {
    const base = map();
    // start → A → B → C → D: delete B and C.
    base.steps.push({ ...base.steps[2]!, id: 'C' });
    base.flows = base.flows.map((flow) => (flow.id === 'f3' ? { ...flow, from: 'C' } : flow));
    base.flows.push({ id: 'f9', from: 'B', to: 'C', rework: false, medium: 'other', label: '' });
    expect(links(deleting(['B', 'C'], base))).toEqual(['f1:start>A', 'f2:A>D', 'f4:D>end', 'f5:D>A']);
  });

  it('does not bridge a step with rework or with several ways in', () => {
    // A has two ways in (start and the rework D → A): its flows simply go.
    expect(links(deleting(['A']))).toEqual(['f3:B>D', 'f4:D>end']);
    // D has two ways out.
    expect(links(deleting(['D']))).toEqual(['f1:start>A', 'f2:A>B']);
  });
});

function contextOf(view: 'current' | 'future' | 'comparison' | 'pick'): { context: AppCommandContext; documents: ReturnType<typeof createDocumentStore> } {
  const documents = createDocumentStore(map());
  const session = createSessionStore(documents);
  session.select({ stepIds: ['B'] });
  session.setView(view);
  return { context: { documents, session } as unknown as AppCommandContext, documents };
}

describe('Delete', () => {
  it('deletes and reconnects in one undo step', () => {
    const { context, documents } = contextOf('current');
    expect(APP_COMMANDS['edit.delete'].isEnabled(context)).toBe(true);
    void APP_COMMANDS['edit.delete'].run(context);
    expect(links(documents.getState().map)).toEqual(['f1:start>A', 'f2:A>D', 'f4:D>end', 'f5:D>A']);
    documents.undo();
    expect(documents.getState().map).toEqual(map());
  });

  it('acts only where the selection is shown: not in the comparison or the payoff chart', () => {
    for (const view of ['comparison', 'pick'] as const) {
      expect(APP_COMMANDS['edit.delete'].isEnabled(contextOf(view).context), view).toBe(false);
      expect(APP_COMMANDS['step.addAfterSelected'].isEnabled(contextOf(view).context), view).toBe(false);
    }
  });

  it('on the future tab deletes from the derived future, which it stores first (one undo step)', () => {
    const { context, documents } = contextOf('future');
    const session = (context as unknown as { session: ReturnType<typeof createSessionStore> }).session;
    session.select({ stepIds: ['B'] });
    expect(APP_COMMANDS['edit.delete'].isEnabled(context)).toBe(true);
    void APP_COMMANDS['edit.delete'].run(context);
    const future = documents.getState().map.future;
    expect(future?.steps.map((step) => step.id)).not.toContain('B');
    expect(documents.getState().map.steps.map((step) => step.id)).toContain('B');
    documents.undo();
    expect(documents.getState().map).toEqual(map());
  });
});
