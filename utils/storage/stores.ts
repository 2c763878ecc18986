// The persisted zustand stores: settings and the brand profile, in browser.storage (local, and sync
// where the item fits), versioned and migrated. Every context (worker, content script, popup, options)
// creates its own and follows the others through storage change events.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { persist, type PersistStorage, type StorageValue } from 'zustand/middleware';
import { SYNC_ITEM_LIMIT, type StorageLike } from './areas';
import { migrateSettings } from './migrations';
import { keepCopy } from './notices';
import { DEFAULT_SETTINGS, parseSettings, SETTINGS_VERSION, type Settings } from './settings';

import { PROFILE_KEY, SETTINGS_KEY } from './read-settings';
const PROFILE_VERSION = 1;

export interface SettingsState extends Settings {
  update(patch: Partial<Settings>): void;
  /** Set while storage cannot be read or written (quota, storage off): the settings still work for this session. */
  storageProblem: string | null;
}

export interface ProfileState {
  /** The profile as saved: validated where it is used, so a profile that fails validation is never lost. */
  profile: unknown | null;
  setProfile(profile: unknown | null): void;
  /** As for the settings: set while the profile cannot be read or saved. */
  storageProblem: string | null;
}

export type PersistedStore<S> = StoreApi<S> & { persist: { rehydrate(): Promise<void> | void; hasHydrated(): boolean } };

const isStorageValue = (value: unknown): value is StorageValue<unknown> =>
  typeof value === 'object' && value !== null && 'state' in value && typeof (value as { version?: unknown }).version === 'number';

/**
 * zustand's persist storage on browser.storage. Values are kept as `{ state, version }` objects (no JSON
 * strings). A value written before versions existed goes through `legacy`; one that is not even an
 * object is copied aside, noticed, and replaced by the defaults.
 */
interface BrowserPersist<S> extends PersistStorage<S> {
  /** The value this context last read or wrote, serialised: its own writes must not make it re-read. */
  lastSeen: string | undefined;
}

function browserPersist<S>(storage: StorageLike, legacy: (raw: unknown) => StorageValue<S> | null, onProblem: (problem: string | null) => void): BrowserPersist<S> {
  let reading: Promise<unknown> = Promise.resolve();
  const adapter: BrowserPersist<S> = {
    lastSeen: undefined,
    getItem(name) {
      // One read after the other: two hydrations at once (the store's own and an entry point's
      // `rehydrate()`) would otherwise both find unreadable data and copy it twice. Each still reads afresh,
      // so a rehydration asked for by a change event sees that change.
      const next = reading
        .catch(() => undefined)
        .then(() => read(name))
        .catch((error: unknown) => {
          // Storage unavailable: the defaults serve this session, and the person is told.
          onProblem(`could not be read: ${message(error)}`);
          return null;
        });
      reading = next;
      return next;
    },
    async setItem(name, value) {
      const serialised = JSON.stringify(value);
      // Hydrating writes the state back: skip a write that changes nothing, so contexts do not echo each other.
      if (serialised === this.lastSeen) return;
      this.lastSeen = serialised;
      try {
        await storage.local.set({ [name]: value });
        onProblem(null);
      } catch (error) {
        // Quota exceeded or storage gone: the change stays in force in memory, and the person is told.
        this.lastSeen = undefined;
        onProblem(`could not be saved: ${message(error)}`);
        return;
      }
      // Also to sync, where it fits, so the person's other browsers get it.
      if (storage.sync && serialised.length <= SYNC_ITEM_LIMIT) await storage.sync.set({ [name]: value }).catch(() => undefined);
    },
    async removeItem(name) {
      await storage.local.remove(name);
      await storage.sync?.remove(name).catch(() => undefined);
    },
  };
  async function read(name: string): Promise<StorageValue<S> | null> {
    const local = (await storage.local.get(name))[name];
    const area = local !== undefined ? storage.local : storage.sync;
    const raw = local !== undefined ? local : storage.sync ? (await storage.sync.get(name).catch(() => ({}) as Record<string, unknown>))[name] : undefined;
    adapter.lastSeen = JSON.stringify(raw);
    if (raw === undefined || raw === null) return null;
    if (isStorageValue(raw)) return raw as StorageValue<S>;
    const upgraded = legacy(raw);
    if (upgraded) return upgraded;
    // Once the copy is kept, the unreadable value goes: every later load (each tab, each wake of the worker)
    // would otherwise copy it again. Not without a copy. Its removal makes the store read again, and find
    // what the person's other browsers synced, if anything.
    if (await keepCopy(storage, name, raw, 'not an object Tact can read')) await area?.remove(name).catch(() => undefined);
    return null;
  }
  return adapter;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Re-reads the store when another context changes its key (not on this context's own writes). */
function follow(store: PersistedStore<unknown>, storage: StorageLike, key: string, adapter: BrowserPersist<unknown>): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if ((area !== 'local' && area !== 'sync') || !(key in changes)) return;
    if (JSON.stringify(changes[key]!.newValue) === adapter.lastSeen) return;
    void store.persist.rehydrate();
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
  let store: PersistedStore<SettingsState> | null = null;
  const onProblem = (storageProblem: string | null) => {
    if (store && store.getState().storageProblem !== storageProblem) store.setState({ storageProblem });
  };
  // Version 1 stored the bare settings object.
  const adapter = browserPersist<Settings>(storage, (raw) => (typeof raw === 'object' && !Array.isArray(raw) ? { state: raw as Settings, version: 1 } : null), onProblem);
  store = createStore<SettingsState>()(
    persist(
      (set) => ({
        ...DEFAULT_SETTINGS,
        storageProblem: null,
        update: (patch) => set(patch),
      }),
      {
        name: SETTINGS_KEY,
        version: SETTINGS_VERSION,
        storage: adapter as unknown as PersistStorage<SettingsState>,
        partialize: (state) => settingsOf(state) as unknown as SettingsState,
        migrate: (persisted, version) => {
          // Saved by a newer Tact (through sync): keep a copy before reading what this version understands.
          if (version > SETTINGS_VERSION) void keepCopy(storage, SETTINGS_KEY, { state: persisted, version }, `saved by a newer version (${version})`);
          return migrateSettings(persisted, version) as unknown as SettingsState;
        },
        // Same version, but fields damaged: defaults for those, a copy of the original, a notice.
        merge: (persisted, current) => {
          const { settings, dropped } = parseSettings(persisted);
          // Once the copy is kept, the repaired settings are stored (with any change made since), so the next
          // load (another tab, the worker) does not copy the same damage again.
          if (dropped.length)
            void keepCopy(storage, SETTINGS_KEY, persisted, `unusable fields: ${dropped.join(', ')}`).then(
              (kept) => kept && adapter.setItem(SETTINGS_KEY, { state: settingsOf(store!.getState()), version: SETTINGS_VERSION }),
            );
          return { ...current, ...settings };
        },
      },
    ),
  ) as PersistedStore<SettingsState>;
  follow(store as PersistedStore<unknown>, storage, SETTINGS_KEY, adapter as BrowserPersist<unknown>);
  return store;
}

export function createProfileStore(storage: StorageLike): PersistedStore<ProfileState> {
  let store: PersistedStore<ProfileState> | null = null;
  const onProblem = (storageProblem: string | null) => {
    if (store && store.getState().storageProblem !== storageProblem) store.setState({ storageProblem });
  };
  // Before versions, the profile object itself was stored under the key.
  const adapter = browserPersist<ProfileState>(storage, (raw) => (typeof raw === 'object' ? { state: { profile: raw } as ProfileState, version: PROFILE_VERSION } : null), onProblem);
  store = createStore<ProfileState>()(
    persist(
      (set) => ({
        profile: null,
        storageProblem: null,
        setProfile: (profile) => set({ profile }),
      }),
      {
        name: PROFILE_KEY,
        version: PROFILE_VERSION,
        storage: adapter,
        partialize: (state) => ({ profile: state.profile }) as ProfileState,
        merge: (persisted, current) => ({ ...current, profile: (persisted as { profile?: unknown } | null)?.profile ?? null }),
      },
    ),
  ) as PersistedStore<ProfileState>;
  follow(store as PersistedStore<unknown>, storage, PROFILE_KEY, adapter as BrowserPersist<unknown>);
  return store;
}

/** Resolves once the store has read storage (stores start with defaults and hydrate asynchronously). */
export function hydrated(store: PersistedStore<unknown>): Promise<void> {
  if (store.persist.hasHydrated()) return Promise.resolve();
  return Promise.resolve(store.persist.rehydrate());
}
