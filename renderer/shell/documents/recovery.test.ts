import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RecoveredDocument, RecoveryWriteRequest } from '../../../shared/ipc/contract';
import { makeTestMap } from '../../../shared/commands/testSupport';
import { serializeMap } from '../../../shared/model/serialize';
import { createFakeBridge } from '../../../tests/helpers/fakeBridge';
import { createDialogController, type RecoveryChoice } from '../dialogs/dialogController';
import { createDocumentStore } from '../../base/store/documentStore';
import { RECOVERY_DELAY_MS, startRecovery } from './recovery';

function setup(recovered: RecoveredDocument[] = [], subscribeBlur?: (listener: () => void) => () => void) {
  const writes: RecoveryWriteRequest[] = [];
  const discarded: string[] = [];
  const bridge = createFakeBridge({
    writeRecovery: (request) => (writes.push(request), Promise.resolve({ ok: true, savedAt: '2026-06-01T09:00:00.000Z' })),
    discardRecovery: (documentId) => (discarded.push(documentId), Promise.resolve()),
    listRecovered: () => Promise.resolve(recovered),
  });
  const store = createDocumentStore(makeTestMap());
  const dialogs = createDialogController();
  const recovery = startRecovery({ documents: store, bridge, dialogs, uiLanguage: () => 'nl', documentId: 'window-1', subscribeBlur });
  return { store, dialogs, recovery, writes, discarded };
}

describe('recovery copies', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes a copy shortly after an edit, and removes it once the document is clean again', async () => {
    const { store, writes, discarded, recovery } = setup();
    store.dispatch({ type: 'step/update', stepId: 'a', patch: { label: 'Een' } });
    store.dispatch({ type: 'step/update', stepId: 'a', patch: { label: 'Twee' } });
    expect(writes).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(RECOVERY_DELAY_MS);
    expect(writes).toHaveLength(1);
    expect(writes[0]).toMatchObject({ documentId: 'window-1', title: 'Test', handle: null });
    const written = JSON.parse(writes[0]?.text ?? '{}') as { steps: { label: string }[] };
    expect(written.steps.map((step) => step.label)).toContain('Twee');
    store.undo();
    store.undo();
    await vi.advanceTimersByTimeAsync(0);
    expect(discarded).toEqual(['window-1']);
    recovery.dispose();
  });

  it('writes a copy at once when the window loses focus, and only once for the same version', async () => {
    let blur: () => void = () => undefined;
    const { store, writes, recovery } = setup([], (listener) => ((blur = listener), () => undefined));
    store.dispatch({ type: 'step/update', stepId: 'a', patch: { label: 'Een' } });
    blur();
    expect(writes).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(RECOVERY_DELAY_MS * 2);
    blur();
    expect(writes).toHaveLength(1);
    recovery.dispose();
  });

  it('writes nothing for a clean document', async () => {
    const { store, writes } = setup();
    // A command that changes nothing leaves the document clean.
    store.dispatch({ type: 'step/update', stepId: 'a', patch: { label: 'a' } });
    await vi.advanceTimersByTimeAsync(RECOVERY_DELAY_MS * 2);
    expect(writes).toEqual([]);
  });

  it('offers copies left by a crash and restores the chosen one as unsaved work', async () => {
    const map = makeTestMap();
    map.meta.title = 'Verloren werk';
    const left: RecoveredDocument = {
      documentId: 'old-window',
      title: 'Verloren werk',
      savedAt: '2026-05-31T17:00:00.000Z',
      fileName: 'werk.stroomlijn',
      handle: 'h7',
      text: serializeMap(map),
    };
    const { store, dialogs, recovery, discarded, writes } = setup([left]);
    const offered = recovery.offerRecovered();
    await vi.advanceTimersByTimeAsync(0);
    const dialog = dialogs.getOpenDialog();
    expect(dialog?.kind).toBe('restoreRecovered');
    if (dialog?.kind !== 'restoreRecovered') return;
    expect(dialog.documents.map((copy) => copy.title)).toEqual(['Verloren werk']);
    const choice: RecoveryChoice = { kind: 'restore', documentId: 'old-window' };
    dialog.resolve(choice);
    await offered;
    expect(store.getState()).toMatchObject({ dirty: true, fileHandle: 'h7', fileName: 'werk.stroomlijn' });
    expect(store.getState().map.meta.title).toBe('Verloren werk');
    expect(discarded).toEqual(['old-window']);
    await vi.advanceTimersByTimeAsync(RECOVERY_DELAY_MS);
    expect(writes.at(-1)).toMatchObject({ documentId: 'window-1', handle: 'h7' });
  });

  it('Discard all removes every copy; Later keeps them', async () => {
    const copy = (documentId: string): RecoveredDocument => ({ documentId, title: documentId, savedAt: '2026-05-31T17:00:00.000Z', fileName: null, handle: null, text: '{}' });
    const later = setup([copy('a1')]);
    const laterOffer = later.recovery.offerRecovered();
    await vi.advanceTimersByTimeAsync(0);
    const laterDialog = later.dialogs.getOpenDialog();
    if (laterDialog?.kind === 'restoreRecovered') laterDialog.resolve({ kind: 'later' });
    await laterOffer;
    expect(later.discarded).toEqual([]);

    const all = setup([copy('a1'), copy('a2')]);
    const allOffer = all.recovery.offerRecovered();
    await vi.advanceTimersByTimeAsync(0);
    const allDialog = all.dialogs.getOpenDialog();
    if (allDialog?.kind === 'restoreRecovered') allDialog.resolve({ kind: 'discardAll' });
    await allOffer;
    expect(all.discarded.sort()).toEqual(['a1', 'a2']);
  });
});
