// The persisted zustand stores: settings and the brand profile, in browser.storage (local, and sync
// where the item fits), versioned and migrated. Every context (worker, content script, popup, options)
// creates its own and follows the others through storage change events.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { persist, type PersistStorage, type StorageValue } from 'zustand/middleware';
import { SYNC_ITEM_LIMIT, type StorageLike } from './areas';
import { migrateSettings } from './migrations';
import { keepCopy } from './notices';
import { DEFAULT_SETTINGS, parseSettings, SETTINGS_VERSION, type Settings } from './settings';

export const SETTINGS_KEY = 'settings';
export const PROFILE_KEY = 'profile';
const PROFILE_VERSION = 1;

export interface SettingsState extends Settings {
  update(patch: Partial<Settings>): void;
}

export interface ProfileState {
  /** The profile as saved: validated where it is used, so a profile that fails validation is never lost. */
  profile: unknown | null;
  setProfile(profile: unknown | null): void;
}

export type PersistedStore<S> = StoreApi<S> & { persist: { rehydrate(): Promise<void> | void; hasHydrated(): boolean } };

const isStorageValue = (value: unknown): value is StorageValue<unknown> =>
  typeof value === 'object' && value !== null && 'state' in value && typeof (value as { version?: unknown }).version === 'number';

/**
 * zustand's persist storage on browser.storage. Values are kept as `{ state, version }` objects (no JSON
 * strings). A value written before versions existed goes through `legacy`; one that is not even an
 * object is copied aside, noticed, and replaced by the defaults.
 */
function browserPersist<S>(storage: StorageLike, legacy: (raw: unknown) => StorageValue<S> | null): PersistStorage<S> {
  return {
    async getItem(name) {
      const local = (await storage.local.get(name))[name];
      const raw = local !== undefined ? local : storage.sync ? (await storage.sync.get(name).catch(() => ({}) as Record<string, unknown>))[name] : undefined;
      if (raw === undefined || raw === null) return null;
      if (isStorageValue(raw)) return raw as StorageValue<S>;
      const upgraded = legacy(raw);
      if (upgraded) return upgraded;
      await keepCopy(storage, name, raw, 'not an object Tact can read');
      return null;
    },
    async setItem(name, value) {
      await storage.local.set({ [name]: value });
      // Also to sync, where it fits, so the person's other browsers get it.
      if (storage.sync && JSON.stringify(value).length <= SYNC_ITEM_LIMIT) await storage.sync.set({ [name]: value }).catch(() => undefined);
    },
    async removeItem(name) {
      await storage.local.remove(name);
      await storage.sync?.remove(name).catch(() => undefined);
    },
  };
}

/** Re-reads the store when another context changes its key. */
function follow(store: PersistedStore<unknown>, storage: StorageLike, key: string): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if ((area === 'local' || area === 'sync') && key in changes) void store.persist.rehydrate();
  };
  storage.onChanged.addListener(listener);
  return () => storage.onChanged.removeListener(listener);
}

const settingsOf = (state: Settings): Settings => ({
  locale: state.locale,
  debounceMs: state.debounceMs,
  gate: state.gate,
  accounts: state.accounts,
  practices: state.practices,
});

export function createSettingsStore(storage: StorageLike): PersistedStore<SettingsState> {
  const store = createStore<SettingsState>()(
    persist(
      (set) => ({
        ...DEFAULT_SETTINGS,
        update: (patch) => set(patch),
      }),
      {
        name: SETTINGS_KEY,
        version: SETTINGS_VERSION,
        // Version 1 stored the bare settings object.
        storage: browserPersist<Settings>(storage, (raw) => (typeof raw === 'object' && !Array.isArray(raw) ? { state: raw as Settings, version: 1 } : null)),
        partialize: (state) => settingsOf(state) as unknown as SettingsState,
        migrate: (persisted, version) => migrateSettings(persisted, version) as unknown as SettingsState,
        // Same version, but fields damaged: defaults for those, a copy of the original, a notice.
        merge: (persisted, current) => {
          const { settings, dropped } = parseSettings(persisted);
          if (dropped.length) void keepCopy(storage, SETTINGS_KEY, persisted, `unusable fields: ${dropped.join(', ')}`);
          return { ...current, ...settings };
        },
      },
    ),
  ) as PersistedStore<SettingsState>;
  follow(store as PersistedStore<unknown>, storage, SETTINGS_KEY);
  return store;
}

export function createProfileStore(storage: StorageLike): PersistedStore<ProfileState> {
  const store = createStore<ProfileState>()(
    persist(
      (set) => ({
        profile: null,
        setProfile: (profile) => set({ profile }),
      }),
      {
        name: PROFILE_KEY,
        version: PROFILE_VERSION,
        // Before versions, the profile object itself was stored under the key.
        storage: browserPersist<ProfileState>(storage, (raw) => (typeof raw === 'object' ? { state: { profile: raw } as ProfileState, version: PROFILE_VERSION } : null)),
        partialize: (state) => ({ profile: state.profile }) as ProfileState,
        merge: (persisted, current) => ({ ...current, profile: (persisted as { profile?: unknown } | null)?.profile ?? null }),
      },
    ),
  ) as PersistedStore<ProfileState>;
  follow(store as PersistedStore<unknown>, storage, PROFILE_KEY);
  return store;
}

/** Resolves once the store has read storage (stores start with defaults and hydrate asynchronously). */
export function hydrated(store: PersistedStore<unknown>): Promise<void> {
  if (store.persist.hasHydrated()) return Promise.resolve();
  return Promise.resolve(store.persist.rehydrate());
}
