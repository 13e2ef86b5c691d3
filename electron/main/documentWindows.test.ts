import { describe, expect, it, vi } from 'vitest';
import { IPC_METHODS, type OpenFileRequest } from '../../shared/ipc/contract';
import { createDocumentWindows, type DocumentWindow } from './documentWindows';
import { createFileHandles } from './fileHandles';

function setup() {
  const handles = createFileHandles();
  let nextId = 1;
  let focused: number | null = null;
  const created: (DocumentWindow & { send: ReturnType<typeof vi.fn>; reveal: ReturnType<typeof vi.fn> })[] = [];
  const makeWindow = () => {
    const window = { id: nextId++, send: vi.fn(), reveal: vi.fn(), isDestroyed: () => false };
    created.push(window);
    return window;
  };
  const windows = createDocumentWindows({
    handles,
    openWindow: () => {
      const window = makeWindow();
      windows.add(window);
      return window;
    },
    focusedWindowId: () => focused,
  });
  const first = makeWindow();
  windows.add(first);
  return { windows, handles, created, first, focus: (id: number) => (focused = id) };
}

const file = (name: string, handle = `h-${name}`): OpenFileRequest => ({ ok: true, handle, fileName: name, text: '{}' });

describe('document windows: one window per document', () => {
  it('queues requests until the page listens, then sends them in order', () => {
    const { windows, first } = setup();
    windows.deliverOpenRequest(file('a.stroomlijn'));
    expect(first.send).not.toHaveBeenCalled();
    windows.listenForOpenRequests(first.id);
    expect(first.send.mock.calls).toEqual([[IPC_METHODS.onOpenFileRequest.channel, file('a.stroomlijn')]]);
    expect(first.reveal).toHaveBeenCalled();
  });

  it('puts a file into the empty window, and the next one into a new window', () => {
    const { windows, first, created } = setup();
    windows.listenForOpenRequests(first.id);
    windows.setTitle(first.id, { fileName: null, title: '', dirty: false });
    windows.deliverOpenRequest(file('a.stroomlijn'));
    windows.deliverOpenRequest(file('b.stroomlijn'));
    expect(created).toHaveLength(2);
    expect(first.send).toHaveBeenCalledTimes(1);
    const second = created[1];
    if (second === undefined) throw new Error('no second window');
    windows.listenForOpenRequests(second.id);
    expect(second.send).toHaveBeenCalledWith(IPC_METHODS.onOpenFileRequest.channel, file('b.stroomlijn'));
  });

  it('never drops a file into a window with unsaved work or a file of its own', () => {
    const { windows, first, created } = setup();
    windows.setTitle(first.id, { fileName: null, title: 'Concept', dirty: true });
    windows.deliverOpenRequest(file('a.stroomlijn'));
    expect(created).toHaveLength(2);
    expect(first.send).not.toHaveBeenCalled();
  });

  it('finds the window that already shows a file, from its title handle or its last save', () => {
    const { windows, handles, first, created } = setup();
    const handle = handles.create({ path: '/maps/a.stroomlijn', baseline: null });
    windows.noteHandle(first.id, handle);
    windows.setTitle(first.id, { fileName: 'a.stroomlijn', title: 'A', dirty: false });
    expect(windows.windowShowing('/maps/a.stroomlijn')).toBe(first);
    // After New the title has no file: the window no longer shows it.
    windows.setTitle(first.id, { fileName: null, title: '', dirty: false });
    expect(windows.windowShowing('/maps/a.stroomlijn')).toBeNull();
    windows.setTitle(first.id, { fileName: 'a.stroomlijn', title: 'A', dirty: false, handle });
    expect(windows.windowShowing('/maps/a.stroomlijn')).toBe(first);
    expect(created).toHaveLength(1);
  });

  it('shows a refusal in the focused window rather than opening a new one', () => {
    const { windows, first, created, focus } = setup();
    windows.setTitle(first.id, { fileName: 'x.stroomlijn', title: 'X', dirty: true });
    windows.listenForOpenRequests(first.id);
    focus(first.id);
    const refusal: OpenFileRequest = { ok: false, reason: 'failed', fileName: 'weg.stroomlijn', message: 'ENOENT: no such file' };
    windows.deliverOpenRequest(refusal);
    expect(first.send).toHaveBeenCalledWith(IPC_METHODS.onOpenFileRequest.channel, refusal);
    expect(created).toHaveLength(1);
  });

  it('queues again after the page went away, and tracks unsaved changes per window', () => {
    const { windows, first, created } = setup();
    windows.listenForOpenRequests(first.id);
    windows.stopListening(first.id);
    windows.deliverOpenRequest(file('a.stroomlijn'));
    expect(first.send).not.toHaveBeenCalled();
    expect(windows.hasUnsavedChanges(first.id)).toBe(false);
    windows.setTitle(first.id, { fileName: null, title: '', dirty: true });
    expect(windows.hasUnsavedChanges(first.id)).toBe(true);
    windows.remove(first.id);
    windows.deliverOpenRequest(file('b.stroomlijn'));
    expect(created).toHaveLength(2);
  });
});
