// The content script's settings reader: the same result as the settings store for every stored shape, and the
// account-switch message it sends to the worker.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSetAccount, readStoredSettings, SETTINGS_VERSION } from '../../../utils/storage';
import { fakeStorage } from '../fake-storage';

describe('readStoredSettings', () => {
  it('reads the current { state, version } shape', async () => {
    const storage = fakeStorage({ local: { settings: { state: { ...DEFAULT_SETTINGS, gate: false, accounts: { x: 'brand' } }, version: SETTINGS_VERSION } } });
    expect(await readStoredSettings(storage)).toMatchObject({ gate: false, accounts: { x: 'brand' }, locale: 'auto' });
  });

  it('migrates the bare object of version 1', async () => {
    const storage = fakeStorage({ local: { settings: { debounceMs: 300 } } });
    expect(await readStoredSettings(storage)).toEqual({ ...DEFAULT_SETTINGS, debounceMs: 300, accounts: {}, practices: {} });
  });

  it('falls back to the synced copy, then to the defaults; damaged fields get their default', async () => {
    expect((await readStoredSettings(fakeStorage({ sync: { settings: { state: { locale: 'fr' }, version: 2 } } }))).locale).toBe('fr');
    expect(await readStoredSettings(fakeStorage())).toEqual(DEFAULT_SETTINGS);
    expect(await readStoredSettings(fakeStorage({ local: { settings: 42 } }))).toEqual(DEFAULT_SETTINGS);
    expect((await readStoredSettings(fakeStorage({ local: { settings: { state: { gate: 'yes', debounceMs: 90 }, version: 2 } } }))).gate).toBe(true);
  });

  it('unreadable storage: the defaults', async () => {
    const storage = fakeStorage();
    storage.local.get = async () => {
      throw new Error('storage is disabled');
    };
    expect(await readStoredSettings(storage)).toEqual(DEFAULT_SETTINGS);
  });
});

describe('parseSetAccount', () => {
  it('accepts a well-formed switch and drops anything else', () => {
    expect(parseSetAccount({ type: 'tact/set-account', site: 'linkedin', account: 'brand' })).toEqual({ type: 'tact/set-account', site: 'linkedin', account: 'brand' });
    for (const bad of [null, 'x', {}, { type: 'tact/set-account', site: 'mastodon', account: 'brand' }, { type: 'tact/set-account', site: 'x', account: 'boss' }, { type: 'other', site: 'x', account: 'brand' }]) {
      expect(parseSetAccount(bad)).toBeNull();
    }
  });
});
