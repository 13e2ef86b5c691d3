import { describe, expect, it } from 'vitest';
import type { OpenMapFileResult, SaveMapFileRequest, SaveMapFileResult, StroomlijnBridge } from '../../../shared/ipc/contract';
import { makeTestMap } from '../../../shared/commands/testSupport';
import { createFakeBridge } from '../../../tests/helpers/fakeBridge';
import { parseMap } from '../../../shared/model/parse';
import { initI18n } from '../../i18n';
import type { DialogController, DiscardChoice, MessageDialogContent, TemplateChoice } from '../dialogs/dialogController';
import { createEditorStore } from '../store';
import { createDocumentController } from './documentController';
import { loadTemplates } from './templates';

function fakeBridge(openResult: OpenMapFileResult, saveResult: SaveMapFileResult = { ok: true, handle: 'h1', fileName: 'kaart.stroomlijn' }) {
  const saved: SaveMapFileRequest[] = [];
  const bridge: StroomlijnBridge = createFakeBridge({
    openMapFile: () => Promise.resolve(openResult),
    saveMapFile: (request) => {
      saved.push(request);
      return Promise.resolve(saveResult);
    },
  });
  return { bridge, saved };
}

function fakeDialogs(answers: { discard?: DiscardChoice; template?: TemplateChoice }) {
  const messages: MessageDialogContent[] = [];
  const asked: string[] = [];
  const dialogs: DialogController = {
    getOpenDialog: () => null,
    subscribe: () => () => undefined,
    confirmDiscard: (title) => (asked.push(title), Promise.resolve(answers.discard ?? 'cancel')),
    showMessage: (content) => (messages.push(content), Promise.resolve()),
    chooseTemplate: () => Promise.resolve(answers.template ?? null),
    showAbout: () => Promise.resolve(),
  };
  return { dialogs, messages, asked };
}

function setup(options: { open?: OpenMapFileResult; save?: SaveMapFileResult; discard?: DiscardChoice; template?: TemplateChoice } = {}) {
  const store = createEditorStore(makeTestMap());
  const { bridge, saved } = fakeBridge(options.open ?? { ok: false, reason: 'cancelled' }, options.save);
  const { dialogs, messages, asked } = fakeDialogs(options);
  const i18n = initI18n('nl');
  const documents = createDocumentController({
    store,
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
});
