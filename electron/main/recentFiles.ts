import { createHash } from 'node:crypto';
import { basename, dirname } from 'node:path';
import type { RecentFile } from '../../shared/ipc/contract';
import { z } from '../../shared/model/zodConfig';
import type { KeyValueStore } from './settings';

const RECENT_FILES_KEY = 'recentFiles';
export const MAX_RECENT_FILES = 10;

const storedRecentFilesSchema = z.array(z.object({ path: z.string().min(1).max(4096), openedAt: z.iso.datetime({ offset: true }) }));
type StoredRecentFile = z.infer<typeof storedRecentFilesSchema>[number];

export interface RecentFiles {
  /** Puts the file at the top of the list (opened or saved just now). */
  add(path: string): void;
  remove(path: string): void;
  clear(): void;
  /** The list as the renderer and the menu see it: ids and names, no paths. */
  list(): RecentFile[];
  /** The path behind an id of list(), or undefined. */
  pathOf(id: string): string | undefined;
  /** Calls back after every change (the native menu rebuilds its Open Recent submenu). */
  onChange(listener: () => void): void;
}

/** A stable id for a path that does not reveal it. */
export function recentFileId(path: string): string {
  return createHash('sha256').update(path).digest('hex').slice(0, 16);
}

/**
 * The recently used files, newest first, kept in the settings store (electron-store).
 * What is read back is validated: the settings file may be stale or hand-edited.
 */
export function createRecentFiles(store: KeyValueStore, now: () => Date = () => new Date()): RecentFiles {
  const listeners: (() => void)[] = [];
  const read = (): StoredRecentFile[] => {
    const parsed = storedRecentFilesSchema.safeParse(store.get(RECENT_FILES_KEY));
    return parsed.success ? parsed.data.slice(0, MAX_RECENT_FILES) : [];
  };
  const write = (entries: StoredRecentFile[]) => {
    store.set(RECENT_FILES_KEY, entries.slice(0, MAX_RECENT_FILES));
    for (const listener of listeners) listener();
  };
  return {
    add(path) {
      write([{ path, openedAt: now().toISOString() }, ...read().filter((entry) => entry.path !== path)]);
    },
    remove(path) {
      const entries = read();
      if (entries.some((entry) => entry.path === path)) write(entries.filter((entry) => entry.path !== path));
    },
    clear() {
      write([]);
    },
    list() {
      return read().map((entry) => ({
        id: recentFileId(entry.path),
        fileName: basename(entry.path),
        folderName: basename(dirname(entry.path)),
        openedAt: entry.openedAt,
      }));
    },
    pathOf(id) {
      return read().find((entry) => recentFileId(entry.path) === id)?.path;
    },
    onChange(listener) {
      listeners.push(listener);
    },
  };
}
