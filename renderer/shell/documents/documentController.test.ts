import { describe, expect, it } from 'vitest';
import type { OpenMapFileResult, SaveMapFileRequest, SaveMapFileResult, StroomlijnBridge } from '../../../shared/ipc/contract';
import { makeTestMap } from '../../../shared/commands/testSupport';
import { createFakeBridge } from '../../../tests/helpers/fakeBridge';
import { parseMap } from '../../../shared/model/parse';
import { initI18n } from '../../base/i18n';
import type { ConflictChoice, DialogController, DiscardChoice, MessageDialogContent, TemplateChoice } from '../dialogs/dialogController';
import { createDocumentStore } from '../../base/store/documentStore';
import { createDocumentController } from './documentController';
import { loadTemplates } from './templates';

function fakeBridge(openResult: OpenMapFileResult, saveResult: SaveMapFileResult | SaveMapFileResult[] = { ok: true, handle: 'h1', fileName: 'kaart.stroomlijn' }) {
  const saved: SaveMapFileRequest[] = [];
  // Answers in order; the last one repeats.
  const saveResults = Array.isArray(saveResult) ? [...saveResult] : [saveResult];
  const bridge: StroomlijnBridge = createFakeBridge({
    openMapFile: () => Promise.resolve(openResult),
    saveMapFile: (request) => {
      saved.push(request);
      const result = saveResults.length > 1 ? saveResults.shift() : saveResults[0];
      return result ? Promise.resolve(result) : Promise.reject(new Error('no save result'));
    },
    openDroppedFile: (file) => Promise.resolve({ ok: true, handle: 'dropped', fileName: file.name, text: JSON.stringify(makeTestMap()) }),
  });
  return { bridge, saved };
}

function fakeDialogs(answers: { discard?: DiscardChoice; template?: TemplateChoice; conflict?: ConflictChoice }) {
  const messages: MessageDialogContent[] = [];
  const asked: string[] = [];
  const dialogs: DialogController = {
    getOpenDialog: () => null,
    subscribe: () => () => undefined,
    confirmDiscard: (title) => (asked.push(title), Promise.resolve(answers.discard ?? 'cancel')),
    confirmOverwrite: (fileName) => (asked.push(`conflict:${fileName}`), Promise.resolve(answers.conflict ?? 'cancel')),
    chooseRecovered: () => Promise.resolve({ kind: 'later' }),
    showMessage: (content) => (messages.push(content), Promise.resolve()),
    chooseTemplate: () => Promise.resolve(answers.template ?? null),
    showAbout: () => Promise.resolve(),
  };
  return { dialogs, messages, asked };
}

function setup(
  options: { open?: OpenMapFileResult; save?: SaveMapFileResult | SaveMapFileResult[]; discard?: DiscardChoice; template?: TemplateChoice; conflict?: ConflictChoice } = {},
) {
  const store = createDocumentStore(makeTestMap());
  const { bridge, saved } = fakeBridge(options.open ?? { ok: false, reason: 'cancelled' }, options.save);
  const { dialogs, messages, asked } = fakeDialogs(options);
  const i18n = initI18n('nl');
  const documents = createDocumentController({
    documents: store,
    bridge,
    dialogs,
    templates: loadTemplates(),
    uiLanguage: () => 'nl',
    t: i18n.t,
    now: () => '2026-06-01T09:00:00.000Z',
  });
  return { store, documents, saved, messages, asked };
}

describe('document controller', () => {
  it('New replaces a clean document with an empty map in the UI language', async () => {
    const { store, documents, asked } = setup();
    await documents.newDocument();
    expect(asked).toEqual([]);
    expect(store.getState().map.meta).toMatchObject({ title: 'Nieuwe kaart', language: 'nl' });
    expect(store.getState().map.steps.map((step) => step.type)).toEqual(['start', 'end']);
  });

  it('asks before replacing a dirty document; Cancel keeps it', async () => {
    const { store, documents, asked } = setup({ discard: 'cancel' });
    store.dispatch({ type: 'map/set-meta', patch: { title: 'Mijn werk' } });
    await documents.newDocument();
    expect(asked).toEqual(['Mijn werk']);
    expect(store.getState().map.meta.title).toBe('Mijn werk');
  });

  it("Don't save replaces; Save saves first", async () => {
    const discarded = setup({ discard: 'discard' });
    discarded.store.dispatch({ type: 'map/set-meta', patch: { title: 'Weg' } });
    await discarded.documents.newDocument();
    expect(discarded.store.getState().map.meta.title).toBe('Nieuwe kaart');
    expect(discarded.saved).toEqual([]);

    const saving = setup({ discard: 'save' });
    saving.store.dispatch({ type: 'map/set-meta', patch: { title: 'Bewaren' } });
    await saving.documents.newDocument();
    expect(saving.saved).toHaveLength(1);
    expect(saving.store.getState().map.meta.title).toBe('Nieuwe kaart');
  });

  it('Save serializes with updatedAt now, marks the document saved and reopens identically', async () => {
    const { store, documents, saved } = setup();
    store.dispatch({ type: 'step/update', stepId: 'a', patch: { label: 'Gewijzigd' } });
    expect(await documents.save()).toBe(true);
    expect(saved[0]).toMatchObject({ handle: null, saveAs: true, suggestedName: 'Test' });
    const reopened = parseMap(saved[0]?.text ?? '');
    expect(reopened.ok && reopened.map.meta.updatedAt).toBe('2026-06-01T09:00:00.000Z');
    expect(reopened.ok && reopened.map.steps[1]?.label).toBe('Gewijzigd');
    expect(store.getState()).toMatchObject({ dirty: false, fileHandle: 'h1', fileName: 'kaart.stroomlijn' });
    await documents.save();
    expect(saved[1]).toMatchObject({ handle: 'h1', saveAs: false });
  });

  it('never writes a map the app would refuse to open: the save says why and keeps the document', async () => {
    const { store, documents, saved, messages } = setup();
    const map = makeTestMap();
    // Loaded as it is (no command): two start steps, which an open refuses.
    store.loadDocument({ ...map, steps: map.steps.map((step) => ({ ...step, type: 'start' as const })) }, { handle: 'h1', name: 'kaart.stroomlijn' });
    expect(await documents.save()).toBe(false);
    expect(saved).toHaveLength(0);
    expect(messages[0]?.titleKey).toBe('app:dialogs.saveFailedTitle');
    expect(messages[0]?.lines?.join(' ')).toMatch(/start/);
  });

  it('a failed save keeps the document dirty and says so', async () => {
    const { store, documents, messages } = setup({ save: { ok: false, reason: 'failed', message: 'EACCES' } });
    store.dispatch({ type: 'step/update', stepId: 'a', patch: { label: 'X' } });
    expect(await documents.save()).toBe(false);
    expect(store.getState().dirty).toBe(true);
    expect(messages[0]?.titleKey).toBe('app:dialogs.saveFailedTitle');
    expect(messages[0]?.lines[0]).toContain('EACCES');
  });

  it('Open loads a valid file with its handle and name', async () => {
    const text = JSON.stringify({ ...makeTestMap(), meta: { ...makeTestMap().meta, title: 'Van schijf' } });
    const { store, documents } = setup({ open: { ok: true, handle: 'h9', fileName: 'schijf.stroomlijn', text } });
    await documents.openDocument();
    expect(store.getState()).toMatchObject({ fileHandle: 'h9', fileName: 'schijf.stroomlijn', dirty: false });
    expect(store.getState().map.meta.title).toBe('Van schijf');
  });

  it('Open of an invalid file lists the problems in the UI language and keeps the document', async () => {
    const { store, documents, messages } = setup({ open: { ok: true, handle: 'h9', fileName: 'kapot.stroomlijn', text: '{"format":"iets"}' } });
    await documents.openDocument();
    expect(store.getState().map.meta.title).toBe('Test');
    expect(messages[0]?.titleKey).toBe('app:dialogs.openFailedTitle');
    expect(messages[0]?.intro).toContain('kapot.stroomlijn');
    expect(messages[0]?.lines.length).toBeGreaterThan(0);
  });

  it('a template becomes a new, never-saved document', async () => {
    const templates = loadTemplates();
    const first = templates[0];
    const { store, documents } = setup({ template: { kind: 'template', templateId: first?.id ?? '' } });
    await documents.chooseTemplate();
    expect(store.getState()).toMatchObject({ fileHandle: null, dirty: false });
    expect(store.getState().map.meta.title).toBe(first?.map.meta.title);
    expect(store.getState().map.steps).toEqual(first?.map.steps);
  });

  it('a save that meets a changed file asks; Overwrite saves again with force', async () => {
    const conflict: SaveMapFileResult = { ok: false, reason: 'conflict', fileName: 'kaart.stroomlijn', modifiedAt: null };
    const { store, documents, saved, asked } = setup({ save: [conflict, { ok: true, handle: 'h1', fileName: 'kaart.stroomlijn' }], conflict: 'overwrite' });
    store.markSaved({ handle: 'h1', name: 'kaart.stroomlijn' });
    store.dispatch({ type: 'step/update', stepId: 'a', patch: { label: 'X' } });
    expect(await documents.save()).toBe(true);
    expect(asked).toEqual(['conflict:kaart.stroomlijn']);
    expect(saved.map((request) => [request.handle, request.force ?? false])).toEqual([
      ['h1', false],
      ['h1', true],
    ]);
    expect(store.getState().dirty).toBe(false);
  });

  it('a conflict answered with Save as asks for a new place; Cancel leaves the document dirty', async () => {
    const conflict: SaveMapFileResult = { ok: false, reason: 'conflict', fileName: 'kaart.stroomlijn', modifiedAt: null };
    const asCopy = setup({ save: [conflict, { ok: true, handle: 'h2', fileName: 'kopie.stroomlijn' }], conflict: 'saveAs' });
    asCopy.store.markSaved({ handle: 'h1', name: 'kaart.stroomlijn' });
    asCopy.store.dispatch({ type: 'step/update', stepId: 'a', patch: { label: 'X' } });
    expect(await asCopy.documents.save()).toBe(true);
    expect(asCopy.saved[1]).toMatchObject({ handle: null, saveAs: true });
    expect(asCopy.store.getState().fileName).toBe('kopie.stroomlijn');

    const cancelled = setup({ save: conflict, conflict: 'cancel' });
    cancelled.store.markSaved({ handle: 'h1', name: 'kaart.stroomlijn' });
    cancelled.store.dispatch({ type: 'step/update', stepId: 'a', patch: { label: 'X' } });
    expect(await cancelled.documents.save()).toBe(false);
    expect(cancelled.saved).toHaveLength(1);
    expect(cancelled.store.getState().dirty).toBe(true);
  });

  it('opens a file the platform asks for, after asking about unsaved changes', async () => {
    const text = JSON.stringify({ ...makeTestMap(), meta: { ...makeTestMap().meta, title: 'Dubbelklik' } });
    const { store, documents, asked } = setup({ discard: 'discard' });
    store.dispatch({ type: 'step/update', stepId: 'a', patch: { label: 'X' } });
    await documents.openRequested({ ok: true, handle: 'h5', fileName: 'dubbelklik.stroomlijn', text });
    expect(asked).toEqual(['Test']);
    expect(store.getState()).toMatchObject({ fileHandle: 'h5', fileName: 'dubbelklik.stroomlijn', dirty: false });
  });

  it('an open request that failed names the file', async () => {
    const { documents, messages } = setup();
    await documents.openRequested({ ok: false, reason: 'failed', message: 'ENOENT', fileName: 'weg.stroomlijn' });
    expect(messages[0]?.intro).toContain('weg.stroomlijn');
    expect(messages[0]?.lines[0]).toContain('ENOENT');
  });

  it('opens a dropped file through the bridge', async () => {
    const { store, documents } = setup();
    await documents.openDropped({ name: 'gesleept.stroomlijn', size: 10, lastModified: 0, arrayBuffer: () => Promise.resolve(new ArrayBuffer(0)) });
    expect(store.getState()).toMatchObject({ fileHandle: 'dropped', fileName: 'gesleept.stroomlijn' });
  });

  it('closing asks only with unsaved changes; Cancel keeps the window', async () => {
    const clean = setup();
    expect(await clean.documents.confirmClose()).toBe(true);
    expect(clean.asked).toEqual([]);
    const dirty = setup({ discard: 'cancel' });
    dirty.store.dispatch({ type: 'step/update', stepId: 'a', patch: { label: 'X' } });
    expect(await dirty.documents.confirmClose()).toBe(false);
    const discarded = setup({ discard: 'discard' });
    discarded.store.dispatch({ type: 'step/update', stepId: 'a', patch: { label: 'X' } });
    expect(await discarded.documents.confirmClose()).toBe(true);
  });
});
