// The persisted settings and profile stores on an in-memory browser.storage: hydration, writes to local
// and sync, migration from version 1, damaged data (defaults, a copy, a notice) and changes made by
// another context of the extension.
import { describe, expect, it } from 'vitest';
import { parseProfile, ProfileError } from '../../../rules/profile';
import { createProfileStore, createSettingsStore, DEFAULT_SETTINGS, hydrated, readNotices, SETTINGS_VERSION, type Settings } from '../../../utils/storage';
import { fakeStorage, type FakeArea } from '../fake-storage';

/** Lets storage events, rehydration and copies run (all promise callbacks, and the fake's microtasks). */
const settle = async () => {
  for (let i = 0; i < 3; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};

const stored = (state: Partial<Settings>, version = SETTINGS_VERSION) => ({ state: { ...DEFAULT_SETTINGS, ...state }, version });
const backups = (area: FakeArea, key: string) => Object.keys(area.data).filter((k) => k.startsWith(`backup:${key}:`));
const settingsOf = ({ update: _update, storageProblem: _problem, ...settings }: Settings & { update: unknown; storageProblem: unknown }) => settings;

describe('createSettingsStore', () => {
  it('hydrates the defaults from empty storage, and writes nothing', async () => {
    const storage = fakeStorage();
    const store = createSettingsStore(storage);
    await hydrated(store);
    expect(settingsOf(store.getState())).toEqual(DEFAULT_SETTINGS);
    expect(storage.local.data).toEqual({});
    expect(storage.sync.data).toEqual({});
  });

  it('loads what is stored', async () => {
    const storage = fakeStorage({ local: { settings: stored({ locale: 'fr', gate: false, practices: { '7': { enabled: false } } }) } });
    const store = createSettingsStore(storage);
    await hydrated(store);
    expect(settingsOf(store.getState())).toEqual({ ...DEFAULT_SETTINGS, locale: 'fr', gate: false, practices: { '7': { enabled: false } } });
  });

  it('loads from sync when this browser has nothing yet (settings made in another browser)', async () => {
    const storage = fakeStorage({ sync: { settings: stored({ debounceMs: 500 }) } });
    const store = createSettingsStore(storage);
    await hydrated(store);
    expect(store.getState().debounceMs).toBe(500);
  });

  it('prefers this browser’s copy to the synced one', async () => {
    const storage = fakeStorage({ local: { settings: stored({ debounceMs: 300 }) }, sync: { settings: stored({ debounceMs: 500 }) } });
    const store = createSettingsStore(storage);
    await hydrated(store);
    expect(store.getState().debounceMs).toBe(300);
  });

  it('writes an update as { state, version: 2 } to local and to sync', async () => {
    const storage = fakeStorage();
    const store = createSettingsStore(storage);
    await hydrated(store);
    store.getState().update({ gate: false, accounts: { x: 'brand' } });
    await settle();
    const expected = { state: { ...DEFAULT_SETTINGS, gate: false, accounts: { x: 'brand' } }, version: 2 };
    expect(storage.local.data.settings).toEqual(expected);
    expect(storage.sync.data.settings).toEqual(expected);
    expect(settingsOf(store.getState())).toEqual(expected.state);
  });

  it('keeps settings too big for sync (8,000 characters) in local only', async () => {
    const storage = fakeStorage();
    const store = createSettingsStore(storage);
    await hydrated(store);
    const huge = Object.fromEntries(Array.from({ length: 400 }, (_, i) => [String(i + 1), { enabled: true, severity: 'info' as const }]));
    store.getState().update({ practices: huge });
    await settle();
    expect(JSON.stringify(storage.local.data.settings).length).toBeGreaterThan(8000);
    expect((storage.local.data.settings as { state: Settings }).state.practices).toEqual(huge);
    expect(storage.sync.data.settings).toBeUndefined();
  });

  it('still saves locally when sync refuses the write', async () => {
    const storage = fakeStorage();
    storage.sync.set = () => Promise.reject(new Error('MAX_WRITE_OPERATIONS_PER_MINUTE'));
    const store = createSettingsStore(storage);
    await hydrated(store);
    store.getState().update({ gate: false });
    await settle();
    expect(storage.local.data.settings).toEqual(stored({ gate: false }));
  });

  it('migrates the bare object of version 1 on load and stores it as version 2', async () => {
    const storage = fakeStorage({ local: { settings: { debounceMs: 400, gate: false, accounts: { linkedin: 'brand' } } } });
    const store = createSettingsStore(storage);
    await hydrated(store);
    await settle();
    const expected = { locale: 'auto', debounceMs: 400, gate: false, accounts: { linkedin: 'brand' }, practices: {} };
    expect(settingsOf(store.getState())).toEqual(expected);
    expect(storage.local.data.settings).toEqual({ state: expected, version: 2 });
    expect(await readNotices(storage)).toEqual([]);
  });

  it('falls back to the default for a damaged field, keeps a copy of the original and leaves a notice', async () => {
    const original = { ...DEFAULT_SETTINGS, gate: 'yes', locale: 'fr', debounceMs: 300 };
    const storage = fakeStorage({ local: { settings: { state: original, version: 2 } } });
    const store = createSettingsStore(storage);
    await hydrated(store);
    await settle();
    expect(settingsOf(store.getState())).toEqual({ ...DEFAULT_SETTINGS, gate: true, locale: 'fr', debounceMs: 300 });
    const [backupKey] = backups(storage.local, 'settings');
    expect(backupKey).toMatch(/^backup:settings:\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(storage.local.data[backupKey!]).toEqual(original);
    expect(await readNotices(storage)).toEqual([{ key: 'settings', problem: 'unusable fields: gate', backupKey, at: backupKey!.slice('backup:settings:'.length) }]);
  });

  it('stores the repaired settings once the copy is kept, so the next load (another tab, the worker) does not copy them again', async () => {
    const storage = fakeStorage({ local: { settings: stored({ gate: 'yes' as unknown as boolean }) } });
    await hydrated(createSettingsStore(storage));
    await settle();
    expect(storage.local.data.settings).toEqual(stored({}));
    const later = createSettingsStore(storage);
    await hydrated(later);
    await settle();
    expect(await readNotices(storage)).toHaveLength(1);
    expect(backups(storage.local, 'settings')).toHaveLength(1);
  });

  it.each([
    ['a number', 42],
    ['a string', 'gate=off'],
    ['an array', [{ gate: false }]],
  ])('replaces settings stored as %s by the defaults, keeping a copy and leaving a notice', async (_, value) => {
    const storage = fakeStorage({ local: { settings: value } });
    const store = createSettingsStore(storage);
    await hydrated(store);
    await settle();
    expect(settingsOf(store.getState())).toEqual(DEFAULT_SETTINGS);
    const notices = await readNotices(storage);
    expect(notices).toEqual([expect.objectContaining({ key: 'settings', problem: 'not an object Tact can read' })]);
    expect(storage.local.data[notices[0]!.backupKey]).toEqual(value);
  });

  it('uses the synced settings once this browser’s unreadable copy is set aside', async () => {
    const storage = fakeStorage({ local: { settings: 42 }, sync: { settings: stored({ locale: 'fr' }) } });
    const store = createSettingsStore(storage);
    await hydrated(store);
    await settle();
    expect(store.getState().locale).toBe('fr');
    expect(await readNotices(storage)).toHaveLength(1);
  });

  it('copies unreadable settings once, even when the store is hydrated twice at once (as the entry points do)', async () => {
    const storage = fakeStorage({ local: { settings: 42 } });
    const store = createSettingsStore(storage);
    await store.persist.rehydrate();
    await settle();
    const later = createSettingsStore(storage);
    await hydrated(later);
    await settle();
    expect(await readNotices(storage)).toHaveLength(1);
    expect(backups(storage.local, 'settings')).toHaveLength(1);
  });

  it('copies damaged fields once, even when the store is hydrated twice at once', async () => {
    const storage = fakeStorage({ local: { settings: stored({ locale: 'klingon' as 'en' }) } });
    const store = createSettingsStore(storage);
    await store.persist.rehydrate();
    await settle();
    expect(await readNotices(storage)).toHaveLength(1);
  });

  it('follows a change written by another context', async () => {
    const storage = fakeStorage();
    const store = createSettingsStore(storage);
    await hydrated(store);
    await storage.local.set({ settings: stored({ locale: 'fr', debounceMs: 600 }) });
    await settle();
    expect(store.getState().locale).toBe('fr');
    expect(store.getState().debounceMs).toBe(600);
  });

  it('follows an update made through another store (options page → sidebar), within the same turn of events', async () => {
    const storage = fakeStorage();
    const options = createSettingsStore(storage);
    const sidebar = createSettingsStore(storage);
    await Promise.all([hydrated(options), hydrated(sidebar)]);
    options.getState().update({ practices: { '14': { enabled: false } } });
    await settle();
    expect(sidebar.getState().practices).toEqual({ '14': { enabled: false } });
  });

  it('follows a change that reaches it through sync while this browser has no settings of its own', async () => {
    const storage = fakeStorage();
    const store = createSettingsStore(storage);
    await hydrated(store);
    await storage.sync.set({ settings: stored({ gate: false }) });
    await settle();
    expect(store.getState().gate).toBe(false);
  });

  it('keeps this browser’s own settings when another browser’s arrive through sync', async () => {
    const storage = fakeStorage({ local: { settings: stored({ debounceMs: 300 }) } });
    const store = createSettingsStore(storage);
    await hydrated(store);
    await storage.sync.set({ settings: stored({ debounceMs: 900 }) });
    await settle();
    expect(store.getState().debounceMs).toBe(300);
  });

  it('does not miss a change made by another context while it is still reading', async () => {
    const storage = fakeStorage({ local: { settings: stored({ gate: false }) } });
    const get = storage.local.get.bind(storage.local);
    let first = true;
    storage.local.get = async (keys) => {
      const result = await get(keys);
      if (first) {
        first = false; // the options page saves just after this read was served
        await storage.local.set({ settings: stored({ gate: false, locale: 'fr' }) });
      }
      return result;
    };
    const store = createSettingsStore(storage);
    await settle();
    expect(store.getState().locale).toBe('fr');
  });

  it('goes back to the defaults when the settings are removed', async () => {
    const storage = fakeStorage({ local: { settings: stored({ gate: false }) } });
    const store = createSettingsStore(storage);
    await hydrated(store);
    await storage.local.remove('settings');
    await settle();
    expect(store.getState().gate).toBe(true);
  });
});

describe('createProfileStore', () => {
  const acme = { brand: 'Acme', competitors: ['Globex'], voice: { person: 'we' } };

  it('has no profile in empty storage', async () => {
    const store = createProfileStore(fakeStorage());
    await hydrated(store);
    expect(store.getState().profile).toBeNull();
  });

  it('loads a profile stored before versions (the raw object) as { profile }', async () => {
    const storage = fakeStorage({ local: { profile: acme } });
    const store = createProfileStore(storage);
    await hydrated(store);
    expect(store.getState().profile).toEqual(acme);
    expect(await readNotices(storage)).toEqual([]);
  });

  it('keeps an invalid profile as it is, never dropping it', async () => {
    const invalid = { brand: 42, competitors: 'Globex', voice: { person: 'they' } };
    const storage = fakeStorage({ local: { profile: { state: { profile: invalid }, version: 1 } } });
    const store = createProfileStore(storage);
    await hydrated(store);
    await settle();
    expect(store.getState().profile).toEqual(invalid);
    expect(() => parseProfile(store.getState().profile)).toThrow(ProfileError);
    expect(storage.local.data.profile).toEqual({ state: { profile: invalid }, version: 1 });
    expect(await readNotices(storage)).toEqual([]);
  });

  it('keeps an invalid profile stored before versions too', async () => {
    const storage = fakeStorage({ local: { profile: { brand: '', codenames: [1, 2] } } });
    const store = createProfileStore(storage);
    await hydrated(store);
    expect(store.getState().profile).toEqual({ brand: '', codenames: [1, 2] });
  });

  it('persists setProfile to local and sync, and other contexts follow', async () => {
    const storage = fakeStorage();
    const options = createProfileStore(storage);
    const worker = createProfileStore(storage);
    await Promise.all([hydrated(options), hydrated(worker)]);
    options.getState().setProfile(acme);
    await settle();
    expect(storage.local.data.profile).toEqual({ state: { profile: acme }, version: 1 });
    expect(storage.sync.data.profile).toEqual({ state: { profile: acme }, version: 1 });
    expect(worker.getState().profile).toEqual(acme);
  });

  it('persists an invalid profile as typed (the form validates, the store never drops)', async () => {
    const storage = fakeStorage();
    const store = createProfileStore(storage);
    await hydrated(store);
    store.getState().setProfile({ brand: 7 });
    await settle();
    expect(storage.local.data.profile).toEqual({ state: { profile: { brand: 7 } }, version: 1 });
  });

  it('persists clearing the profile', async () => {
    const storage = fakeStorage({ local: { profile: { state: { profile: acme }, version: 1 } } });
    const store = createProfileStore(storage);
    await hydrated(store);
    store.getState().setProfile(null);
    await settle();
    expect(storage.local.data.profile).toEqual({ state: { profile: null }, version: 1 });
  });

  it('keeps a profile too big for sync in local only', async () => {
    const storage = fakeStorage();
    const store = createProfileStore(storage);
    await hydrated(store);
    const big = { brand: 'Acme', competitors: Array.from({ length: 600 }, (_, i) => `Competitor number ${i}`) };
    store.getState().setProfile(big);
    await settle();
    expect((storage.local.data.profile as { state: unknown }).state).toEqual({ profile: big });
    expect(storage.sync.data.profile).toBeUndefined();
  });

  it('copies a profile stored as text aside with a notice, so it is not lost', async () => {
    const storage = fakeStorage({ local: { profile: '{"brand":"Acme"}' } });
    const store = createProfileStore(storage);
    await hydrated(store);
    await settle();
    expect(store.getState().profile).toBeNull();
    const [notice] = await readNotices(storage);
    expect(notice).toMatchObject({ key: 'profile', problem: 'not an object Tact can read' });
    expect(storage.local.data[notice!.backupKey]).toBe('{"brand":"Acme"}');
    // Copied once: the next context to load it does not copy it again.
    await hydrated(createProfileStore(storage));
    await settle();
    expect(await readNotices(storage)).toHaveLength(1);
  });
});

describe('storage that fails', () => {
  it('a quota error on save: the change still applies for the session, and the store says it was not saved', async () => {
    const storage = fakeStorage();
    const store = createSettingsStore(storage);
    await store.persist.rehydrate();
    storage.local.set = async () => {
      throw new Error('QUOTA_BYTES quota exceeded');
    };
    store.getState().update({ gate: false });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(store.getState().gate).toBe(false);
    expect(store.getState().storageProblem).toMatch(/could not be saved: QUOTA_BYTES quota exceeded/);
    expect(storage.local.data.settings).toBeUndefined();
  });

  it('storage that cannot be read: defaults for the session, and the store says why; a later good save clears it', async () => {
    const storage = fakeStorage();
    const realGet = storage.local.get;
    storage.local.get = async () => {
      throw new Error('storage is disabled');
    };
    const store = createSettingsStore(storage);
    await store.persist.rehydrate();
    expect(store.getState().debounceMs).toBe(DEFAULT_SETTINGS.debounceMs);
    expect(store.getState().storageProblem).toMatch(/could not be read: storage is disabled/);
    storage.local.get = realGet;
    store.getState().update({ debounceMs: 300 });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(store.getState().storageProblem).toBeNull();
    expect((storage.local.data.settings as { state: { debounceMs: number } }).state.debounceMs).toBe(300);
  });

  it('the profile store reports a failed save the same way, and keeps the profile in memory', async () => {
    const storage = fakeStorage();
    const store = createProfileStore(storage);
    await store.persist.rehydrate();
    storage.local.set = async () => {
      throw new Error('QUOTA_BYTES quota exceeded');
    };
    store.getState().setProfile({ brand: 'Brisa' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(store.getState().profile).toEqual({ brand: 'Brisa' });
    expect(store.getState().storageProblem).toMatch(/could not be saved/);
  });
});
