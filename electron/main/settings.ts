import Store from 'electron-store';
import { preferencesPatchSchema, preferencesSchema, type Preferences, type PreferencesPatch } from '../../shared/ipc/contract';
import { windowStateSchema, type WindowState } from './windowState';

/** The two calls the settings need from a persistent key-value store (electron-store). */
export interface KeyValueStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

export interface Settings {
  getPreferences(): Preferences;
  setPreferences(patch: PreferencesPatch): Preferences;
  /** The remembered window placement, or null when none was saved or it is invalid. */
  getWindowState(): WindowState | null;
  setWindowState(state: WindowState): void;
}

const PREFERENCES_KEY = 'preferences';
const WINDOW_STATE_KEY = 'windowState';

/**
 * Preferences and window placement on top of a key-value store. Everything read back is
 * validated: the file lives in the user's profile and may be stale or hand-edited.
 */
export function createSettings(store: KeyValueStore): Settings {
  const getPreferences = (): Preferences => {
    const parsed = preferencesSchema.safeParse(store.get(PREFERENCES_KEY));
    return parsed.success ? parsed.data : {};
  };
  return {
    getPreferences,
    setPreferences(patch) {
      const merged = preferencesSchema.parse({ ...getPreferences(), ...preferencesPatchSchema.parse(patch) });
      store.set(PREFERENCES_KEY, merged);
      return merged;
    },
    getWindowState() {
      const parsed = windowStateSchema.safeParse(store.get(WINDOW_STATE_KEY));
      return parsed.success ? parsed.data : null;
    },
    setWindowState(state) {
      store.set(WINDOW_STATE_KEY, windowStateSchema.parse(state));
    },
  };
}

/** settings.json in the app's userData folder; a corrupt file is replaced, not fatal. */
export function openSettingsStore(): KeyValueStore {
  return new Store<Record<string, unknown>>({ name: 'settings', clearInvalidConfig: true });
}
