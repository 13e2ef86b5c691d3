import {
  RECOVERY_ID_PATTERN,
  recoveredDocumentSchema,
  type RecoveredDocument,
  type RecoveryWriteRequest,
  type WriteRecoveryResult,
} from '../../../shared/ipc/contract';
import { z } from '../../../shared/model/zodConfig';

/** The parts of localStorage the recovery copies use. */
export type RecoveryStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/**
 * Which tabs are still open. Each tab holds a Web Lock named after its session for as
 * long as it lives; a crashed or closed tab's lock is gone.
 */
export interface SessionLocks {
  hold(sessionId: string): void;
  /** Sessions whose tab is still open; null when the browser cannot tell. */
  liveSessions(): Promise<ReadonlySet<string> | null>;
}

const KEY_PREFIX = 'stroomlijn.recovery.';
const LOCK_PREFIX = 'stroomlijn-session-';

const storedRecoverySchema = z.strictObject({
  documentId: z.string().regex(RECOVERY_ID_PATTERN),
  sessionId: z.string().min(1).max(100),
  title: z.string().max(1024),
  savedAt: z.iso.datetime({ offset: true }),
  fileName: z.string().min(1).max(1024).nullable(),
  text: z.string(),
});
type StoredRecovery = z.infer<typeof storedRecoverySchema>;

export interface BrowserRecovery {
  write(request: RecoveryWriteRequest, fileName: string | null): WriteRecoveryResult;
  list(): Promise<RecoveredDocument[]>;
  discard(documentId: string): void;
}

export interface BrowserRecoveryOptions {
  storage: RecoveryStorage | null;
  locks: SessionLocks | null;
  sessionId: string;
  now?: () => Date;
}

/**
 * Recovery copies of the browser build in localStorage (a few MB per site: plenty for
 * office maps, and a full quota is reported, not thrown). A copy belongs to the tab that
 * wrote it; copies of tabs that are gone are offered once, to the first tab that asks,
 * which then owns them.
 */
export function createBrowserRecovery({ storage, locks, sessionId, now = () => new Date() }: BrowserRecoveryOptions): BrowserRecovery {
  locks?.hold(sessionId);
  const read = (key: string): StoredRecovery | null => {
    try {
      const stored = storage?.getItem(key);
      if (stored === null || stored === undefined) return null;
      const parsed = storedRecoverySchema.safeParse(JSON.parse(stored));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  };
  const store = (entry: StoredRecovery) => storage?.setItem(`${KEY_PREFIX}${entry.documentId}`, JSON.stringify(entry));

  return {
    write(request, fileName) {
      if (storage === null) return { ok: false, reason: 'failed', message: 'localStorage is not available in this browser' };
      const savedAt = now().toISOString();
      try {
        store({ documentId: request.documentId, sessionId, title: request.title, savedAt, fileName, text: request.text });
        return { ok: true, savedAt };
      } catch (error) {
        // QuotaExceededError: the map is larger than what the browser keeps for this site.
        return { ok: false, reason: 'failed', message: error instanceof Error ? `${error.name}: ${error.message}`.slice(0, 2000) : String(error) };
      }
    },

    async list() {
      if (storage === null) return [];
      const live = (await locks?.liveSessions().catch(() => null)) ?? null;
      const keys: string[] = [];
      for (let index = 0; index < storage.length; index += 1) {
        const key = storage.key(index);
        if (key?.startsWith(KEY_PREFIX)) keys.push(key);
      }
      const offered: RecoveredDocument[] = [];
      for (const key of keys) {
        const entry = read(key);
        if (entry === null || entry.sessionId === sessionId || live?.has(entry.sessionId) === true) continue;
        const copy = recoveredDocumentSchema.safeParse({
          documentId: entry.documentId,
          title: entry.title,
          savedAt: entry.savedAt,
          fileName: entry.fileName,
          handle: null,
          text: entry.text,
        });
        if (!copy.success) continue;
        // Claim it, so another tab opened at the same time does not offer it too.
        try {
          store({ ...entry, sessionId });
        } catch {
          continue;
        }
        offered.push(copy.data);
      }
      return offered.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
    },

    discard(documentId) {
      if (!RECOVERY_ID_PATTERN.test(documentId)) return;
      try {
        storage?.removeItem(`${KEY_PREFIX}${documentId}`);
      } catch {
        // Storage blocked: nothing was kept either.
      }
    },
  };
}

/** Web Locks (navigator.locks) as SessionLocks; null where the browser has none. */
export function webSessionLocks(locks: LockManager | undefined): SessionLocks | null {
  if (locks === undefined) return null;
  return {
    hold(sessionId) {
      // The callback's promise never settles: the lock lives exactly as long as the tab.
      void locks.request(`${LOCK_PREFIX}${sessionId}`, () => new Promise<never>(() => undefined)).catch(() => undefined);
    },
    async liveSessions() {
      const snapshot = await locks.query();
      const names = [...(snapshot.held ?? []), ...(snapshot.pending ?? [])].map((lock) => lock.name ?? '');
      return new Set(names.filter((name) => name.startsWith(LOCK_PREFIX)).map((name) => name.slice(LOCK_PREFIX.length)));
    },
  };
}
