import { describe, expect, it, vi } from 'vitest';
import { IPC_METHOD_NAMES, MAX_MAP_FILE_BYTES } from '../../../shared/ipc/contract';
import { createBrowserBridge, type BrowserEnvironment, type FilePickers, type PickedFileHandle } from './browserBridge';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return { data, getItem: (key: string) => data.get(key) ?? null, setItem: (key: string, value: string) => void data.set(key, value) };
}

function abortError(): Error {
  return Object.assign(new Error('The user aborted a request.'), { name: 'AbortError' });
}

function pickedFile(name: string, content: string): PickedFileHandle & { written: string[]; changeOnDisk(text: string): void } {
  const written: string[] = [];
  let current = content;
  let lastModified = 1_000;
  return {
    name,
    written,
    changeOnDisk(text) {
      current = text;
      lastModified += 1_000;
    },
    getFile: () => Promise.resolve(new File([current], name, { lastModified })),
    createWritable: () =>
      Promise.resolve({
        write: (data: string) => {
          written.push(data);
          return Promise.resolve();
        },
        close: () => {
          current = written.at(-1) ?? '';
          lastModified += 1_000;
          return Promise.resolve();
        },
      }),
  };
}

/** A document with just what the fallbacks touch: an <input type=file> and a download link. */
function fakeDocument(options: { pickFile?: File | 'cancel' } = {}) {
  const { pickFile } = options;
  const downloads: { fileName: string; url: string }[] = [];
  const appended: string[] = [];
  const blobs = new Map<string, Blob>();
  const createElement = (tag: string) => {
    const listeners = new Map<string, () => void>();
    const element = {
      tag,
      type: '',
      accept: '',
      hidden: false,
      href: '',
      download: '',
      files: null as File[] | null,
      addEventListener: (name: string, listener: () => void) => listeners.set(name, listener),
      remove: () => appended.splice(appended.indexOf(tag), 1),
      click: () => {
        if (tag === 'a') downloads.push({ fileName: element.download, url: element.href });
        if (tag !== 'input' || pickFile === undefined) return;
        if (pickFile === 'cancel') {
          listeners.get('cancel')?.();
        } else {
          element.files = [pickFile];
          listeners.get('change')?.();
        }
      },
    };
    return element;
  };
  let blobNumber = 0;
  const page = {
    title: '',
    body: { append: (element: { tag: string }) => appended.push(element.tag) },
    createElement,
    defaultView: {
      URL: {
        createObjectURL: (blob: Blob) => {
          const url = `blob:test/${++blobNumber}`;
          blobs.set(url, blob);
          return url;
        },
        revokeObjectURL: (url: string) => blobs.delete(url),
      },
      setTimeout: (callback: () => void) => callback(),
    },
  };
  return { document: page as unknown as Document, downloads, appended, blobs };
}

function environment(overrides: Partial<BrowserEnvironment> = {}): BrowserEnvironment {
  return {
    preferredLanguages: () => ['nl-NL', 'en'],
    storage: memoryStorage(),
    document: fakeDocument().document,
    filePickers: null,
    recoveryStorage: null,
    sessionLocks: null,
    sessionId: 'tab-1',
    confirm: () => true,
    openUrl: vi.fn(),
    ...overrides,
  };
}

describe('browser bridge', () => {
  it('implements every method of the IPC table', () => {
    const bridge = createBrowserBridge(environment());
    for (const name of IPC_METHOD_NAMES) expect(typeof bridge[name], name).toBe('function');
    expect(bridge.kind).toBe('browser');
  });
});

describe('browser bridge: language and preferences', () => {
  it('follows the first preferred browser language', async () => {
    expect(await createBrowserBridge(environment()).getSystemLanguage()).toBe('nl');
    expect(await createBrowserBridge(environment({ preferredLanguages: () => ['en-GB', 'nl'] })).getSystemLanguage()).toBe('en');
  });

  it('keeps preferences in localStorage and ignores junk there', async () => {
    const storage = memoryStorage({ 'stroomlijn.preferences': '{"language":"fr"}' });
    const bridge = createBrowserBridge(environment({ storage }));
    expect(await bridge.getPreferences()).toEqual({});
    expect(await bridge.setPreferences({ language: 'en' })).toEqual({ language: 'en' });
    expect(storage.data.get('stroomlijn.preferences')).toBe('{"language":"en"}');
    expect(await createBrowserBridge(environment({ storage })).getPreferences()).toEqual({ language: 'en' });
    storage.data.set('stroomlijn.preferences', '{not json');
    expect(await bridge.getPreferences()).toEqual({});
  });

  it('works without storage (blocked cookies)', async () => {
    const bridge = createBrowserBridge(environment({ storage: null }));
    expect(await bridge.setPreferences({ language: 'nl' })).toEqual({ language: 'nl' });
    expect(await bridge.getPreferences()).toEqual({});
  });

  it('sets the tab title and has no native menu', async () => {
    const { document: page } = fakeDocument();
    const bridge = createBrowserBridge(environment({ document: page }));
    await bridge.setDocumentTitle({ fileName: 'facturen.stroomlijn', title: 'x', dirty: true });
    expect(page.title).toBe('• facturen — Stroomlijn');
    const callback = vi.fn();
    bridge.onMenuCommand(callback)();
    expect(callback).not.toHaveBeenCalled();
    expect(bridge.kind).toBe('browser');
  });
});

describe('browser bridge: File System Access API', () => {
  function pickers(open: () => Promise<PickedFileHandle[]>, save: () => Promise<PickedFileHandle> = () => Promise.reject(abortError())) {
    return { showOpenFilePicker: vi.fn<FilePickers['showOpenFilePicker']>(open), showSaveFilePicker: vi.fn<FilePickers['showSaveFilePicker']>(save) };
  }

  it('opens a map and saves it back in place through the same handle', async () => {
    const file = pickedFile('facturen.stroomlijn', '\uFEFF{"a":1}');
    const filePickers = pickers(() => Promise.resolve([file]));
    const bridge = createBrowserBridge(environment({ filePickers }));
    const opened = await bridge.openMapFile();
    expect(opened).toEqual({ ok: true, handle: 'browser-file-1', fileName: 'facturen.stroomlijn', text: '\uFEFF{"a":1}' });
    expect(filePickers.showOpenFilePicker.mock.calls[0]?.[0]).toEqual({
      types: [{ description: 'Stroomlijn-kaarten', accept: { 'application/json': ['.stroomlijn', '.json'] } }],
      multiple: false,
    });
    const saved = await bridge.saveMapFile({ handle: 'browser-file-1', suggestedName: 'x', text: '{"a":2}', saveAs: false });
    expect(saved).toEqual({ ok: true, handle: 'browser-file-1', fileName: 'facturen.stroomlijn' });
    expect(file.written).toEqual(['{"a":2}']);
    expect(filePickers.showSaveFilePicker).not.toHaveBeenCalled();
  });

  it('asks for a location for a new document, "save as" and unknown handles', async () => {
    const target = pickedFile('Nieuwe kaart.stroomlijn', '');
    const filePickers = pickers(() => Promise.reject(abortError()), () => Promise.resolve(target));
    const bridge = createBrowserBridge(environment({ filePickers }));
    await bridge.setMenuState({ language: 'en', canUndo: false, canRedo: false, hasSelection: false });
    expect(await bridge.saveMapFile({ handle: null, suggestedName: 'Q1: inkoop', text: '{}', saveAs: false })).toEqual({
      ok: true,
      handle: 'browser-file-1',
      fileName: 'Nieuwe kaart.stroomlijn',
    });
    expect(filePickers.showSaveFilePicker.mock.calls[0]?.[0]).toEqual({
      suggestedName: 'Q1 inkoop.stroomlijn',
      types: [{ description: 'Stroomlijn maps', accept: { 'application/json': ['.stroomlijn'] } }],
    });
    await bridge.saveMapFile({ handle: 'browser-file-1', suggestedName: 'x', text: '{}', saveAs: true });
    await bridge.saveMapFile({ handle: 'browser-file-99', suggestedName: 'x', text: '{}', saveAs: false });
    expect(filePickers.showSaveFilePicker).toHaveBeenCalledTimes(3);
  });

  it('reports a closed picker as cancelled and other failures as failed', async () => {
    const bridge = createBrowserBridge(environment({ filePickers: pickers(() => Promise.reject(abortError())) }));
    expect(await bridge.openMapFile()).toEqual({ ok: false, reason: 'cancelled' });
    expect(await bridge.saveMapFile({ handle: null, suggestedName: 'x', text: '{}', saveAs: false })).toEqual({ ok: false, reason: 'cancelled' });

    const denied = pickedFile('a.stroomlijn', '');
    denied.createWritable = () => Promise.reject(Object.assign(new Error('permission denied'), { name: 'NotAllowedError' }));
    const failing = createBrowserBridge(environment({ filePickers: pickers(() => Promise.resolve([denied]), () => Promise.resolve(denied)) }));
    expect(await failing.saveMapFile({ handle: null, suggestedName: 'x', text: '{}', saveAs: false })).toEqual({
      ok: false,
      reason: 'failed',
      message: 'NotAllowedError: permission denied',
    });
  });

  it('refuses a file over 50 MB before reading it', async () => {
    const text = vi.fn(() => Promise.resolve('{}'));
    const huge = { name: 'huge.stroomlijn', size: MAX_MAP_FILE_BYTES + 1, text } as unknown as File;
    const handle: PickedFileHandle = { name: 'huge.stroomlijn', getFile: () => Promise.resolve(huge), createWritable: () => Promise.reject(new Error('no')) };
    const bridge = createBrowserBridge(environment({ filePickers: pickers(() => Promise.resolve([handle])) }));
    expect(await bridge.openMapFile()).toEqual({
      ok: false,
      reason: 'tooLarge',
      fileName: 'huge.stroomlijn',
      sizeBytes: MAX_MAP_FILE_BYTES + 1,
      limitBytes: MAX_MAP_FILE_BYTES,
    });
    expect(text).not.toHaveBeenCalled();
  });
});

describe('browser bridge: without the File System Access API', () => {
  it('opens through a hidden file input and removes it afterwards', async () => {
    const fake = fakeDocument({ pickFile: new File(['{"b":1}'], 'post.json') });
    const bridge = createBrowserBridge(environment({ document: fake.document }));
    expect(await bridge.openMapFile()).toEqual({ ok: true, handle: 'browser-file-1', fileName: 'post.json', text: '{"b":1}' });
    expect(fake.appended).toEqual([]);
  });

  it('reports a dismissed file input as cancelled', async () => {
    const fake = fakeDocument({ pickFile: 'cancel' });
    expect(await createBrowserBridge(environment({ document: fake.document })).openMapFile()).toEqual({ ok: false, reason: 'cancelled' });
    expect(fake.appended).toEqual([]);
  });

  it('saves as a download named after the opened file or the title', async () => {
    const fake = fakeDocument({ pickFile: new File(['{}'], 'post.stroomlijn') });
    const bridge = createBrowserBridge(environment({ document: fake.document }));
    expect(await bridge.saveMapFile({ handle: null, suggestedName: 'Inkomende post', text: '{"c":1}', saveAs: false })).toEqual({
      ok: true,
      handle: 'browser-file-1',
      fileName: 'Inkomende post.stroomlijn',
    });
    const opened = await bridge.openMapFile();
    if (!opened.ok) throw new Error('open failed');
    await bridge.saveMapFile({ handle: opened.handle, suggestedName: 'other', text: '{}', saveAs: false });
    expect(fake.downloads.map((download) => download.fileName)).toEqual(['Inkomende post.stroomlijn', 'post.stroomlijn']);
    expect(fake.appended).toEqual([]);
    // The object URLs are revoked once the download had its chance.
    expect(fake.blobs.size).toBe(0);
  });
});

describe('browser bridge: conflicts, recent files, drops and links', () => {
  function pickers(open: PickedFileHandle, save?: PickedFileHandle) {
    return {
      showOpenFilePicker: vi.fn<FilePickers['showOpenFilePicker']>(() => Promise.resolve([open])),
      showSaveFilePicker: vi.fn<FilePickers['showSaveFilePicker']>(() => (save === undefined ? Promise.reject(abortError()) : Promise.resolve(save))),
    };
  }

  it('refuses to overwrite a file changed since it was opened, until forced', async () => {
    const file = pickedFile('facturen.stroomlijn', '{"v":1}');
    const bridge = createBrowserBridge(environment({ filePickers: pickers(file) }));
    const opened = await bridge.openMapFile();
    if (!opened.ok) throw new Error('open failed');
    expect(await bridge.saveMapFile({ handle: opened.handle, suggestedName: 'x', text: '{"v":2}', saveAs: false })).toMatchObject({ ok: true });
    file.changeOnDisk('{"v":"colleague"}');
    const conflict = await bridge.saveMapFile({ handle: opened.handle, suggestedName: 'x', text: '{"v":3}', saveAs: false });
    expect(conflict).toEqual({ ok: false, reason: 'conflict', fileName: 'facturen.stroomlijn', modifiedAt: new Date(3_000).toISOString() });
    expect(file.written).toEqual(['{"v":2}']);
    expect(await bridge.saveMapFile({ handle: opened.handle, suggestedName: 'x', text: '{"v":3}', saveAs: false, force: true })).toMatchObject({ ok: true });
    expect(file.written).toEqual(['{"v":2}', '{"v":3}']);
  });

  it('lists files opened through the picker in this tab and opens them again', async () => {
    const file = pickedFile('post.stroomlijn', '{"p":1}');
    const bridge = createBrowserBridge(environment({ filePickers: pickers(file) }));
    expect(await bridge.listRecent()).toEqual([]);
    await bridge.openMapFile();
    const [recent] = await bridge.listRecent();
    expect(recent).toMatchObject({ fileName: 'post.stroomlijn', id: expect.stringMatching(/^[0-9a-f]{16}$/) as unknown });
    file.changeOnDisk('{"p":2}');
    expect(await bridge.openRecent(recent?.id ?? '')).toEqual({ ok: true, handle: 'browser-file-1', fileName: 'post.stroomlijn', text: '{"p":2}' });
    expect(await bridge.openRecent('ffffffffffffffff')).toMatchObject({ ok: false, reason: 'failed' });
  });

  it('reads a dropped file, which then saves through the picker', async () => {
    const target = pickedFile('gered.stroomlijn', '');
    const bridge = createBrowserBridge(environment({ filePickers: pickers(target, target) }));
    const dropped = await bridge.openDroppedFile(new File(['\uFEFF{"d":1}'], 'gesleept.stroomlijn'));
    expect(dropped).toEqual({ ok: true, handle: 'browser-file-1', fileName: 'gesleept.stroomlijn', text: '\uFEFF{"d":1}' });
    const notUtf8 = await bridge.openDroppedFile(new File([Uint8Array.from([0x7b, 0xff, 0x7d])], 'kapot.stroomlijn'));
    expect(notUtf8).toMatchObject({ ok: false, reason: 'failed', fileName: 'kapot.stroomlijn' });
    expect(!notUtf8.ok && notUtf8.reason === 'failed' && notUtf8.message).toContain('byte 1');
    if (!dropped.ok) throw new Error('drop failed');
    expect(await bridge.saveMapFile({ handle: dropped.handle, suggestedName: 'x', text: '{}', saveAs: false })).toMatchObject({ ok: true, fileName: 'gered.stroomlijn' });
    const huge = { name: 'groot.stroomlijn', size: MAX_MAP_FILE_BYTES + 1, lastModified: 0, arrayBuffer: vi.fn(() => Promise.resolve(new ArrayBuffer(0))) };
    expect(await bridge.openDroppedFile(huge)).toMatchObject({ ok: false, reason: 'tooLarge' });
    expect(huge.arrayBuffer).not.toHaveBeenCalled();
  });

  it('opens only https and mailto links, normalised, after the user agreed', async () => {
    const openUrl = vi.fn();
    const answers = [false, true, true];
    const confirm = vi.fn((_message: string) => answers.shift() ?? false);
    const bridge = createBrowserBridge(environment({ openUrl, confirm }));
    expect(await bridge.openExternal('javascript:alert(1)')).toEqual({ opened: false });
    expect(await bridge.openExternal('http://example.com')).toEqual({ opened: false });
    expect(confirm).not.toHaveBeenCalled();
    expect(await bridge.openExternal('https://example.com/uitleg')).toEqual({ opened: false });
    expect(await bridge.openExternal('https://example.com/uitleg')).toEqual({ opened: true });
    expect(confirm.mock.calls[0]?.[0]).toContain('https://example.com/uitleg');
    // The address asked about and opened is the normalised one: the host in punycode.
    expect(await bridge.openExternal('mailto:secretariaat@bücher.example')).toEqual({ opened: true });
    expect(await bridge.openExternal('https://example.com@evil.example/')).toEqual({ opened: false });
    expect(openUrl.mock.calls).toEqual([['https://example.com/uitleg'], ['mailto:secretariaat@b%C3%BCcher.example']]);
  });

  it('has no platform open or close requests', async () => {
    const bridge = createBrowserBridge(environment());
    const callback = vi.fn();
    bridge.onOpenFileRequest(callback)();
    bridge.onCloseRequest(callback)();
    await bridge.answerCloseRequest(true);
    expect(callback).not.toHaveBeenCalled();
  });
});
