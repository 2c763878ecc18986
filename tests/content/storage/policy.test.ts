// The enterprise policy read from storage.managed, and how it combines with the person's own settings and
// profile.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../../rules/profile';
import { DEFAULT_SETTINGS, effectiveProfile, effectiveSettings, NO_POLICY, parsePolicy, readPolicy, resolveProfile, type Lockable, type Policy, type Settings, type StorageLike } from '../../../utils/storage';
import { fakeStorage } from '../fake-storage';

const acme = { brand: 'Acme', competitors: ['Globex'] };
const policy = (settings: Partial<Settings>, locked: Lockable[] = [], profile?: unknown): Policy => ({ settings, locked: new Set(locked), ...(profile === undefined ? {} : { profile }) });

describe('parsePolicy', () => {
  it('reads nothing pushed as no settings and nothing locked', () => {
    const parsed = parsePolicy({});
    expect(parsed.settings).toEqual({});
    expect([...parsed.locked]).toEqual([]);
    expect(parsed.profile).toBeUndefined();
  });

  it('keeps the settings pushed (only those) and the names locked', () => {
    const parsed = parsePolicy({ settings: { gate: true, practices: { '7': { enabled: false } } }, locked: ['gate', 'practices'] });
    expect(parsed.settings).toEqual({ gate: true, practices: { '7': { enabled: false } } });
    expect([...parsed.locked].sort()).toEqual(['gate', 'practices']);
  });

  it('ignores locked names it does not know, and a `locked` that is not a list', () => {
    expect([...parsePolicy({ locked: ['gate', 'theme', 7, null, 'PROFILE'] }).locked]).toEqual(['gate']);
    expect([...parsePolicy({ locked: 'gate' }).locked]).toEqual([]);
  });

  it('locks the profile when one is pushed, even if `locked` does not say so', () => {
    const parsed = parsePolicy({ profile: acme });
    expect(parsed.profile).toEqual(acme);
    expect(parsed.locked.has('profile')).toBe(true);
  });

  it('keeps a pushed profile as given (validated where used), and ignores a null one', () => {
    expect(parsePolicy({ profile: { brand: 42 } }).profile).toEqual({ brand: 42 });
    const none = parsePolicy({ profile: null });
    expect(none.profile).toBeUndefined();
    expect(none.locked.has('profile')).toBe(false);
  });

  it('clamps a pushed debounce like a stored one', () => {
    expect(parsePolicy({ settings: { debounceMs: 5000 } }).settings).toEqual({ debounceMs: 2000 });
  });

  it('drops a pushed setting it cannot use; a field locked without a usable value is locked to its default', () => {
    const parsed = parsePolicy({ settings: { gate: 'yes', debounceMs: '300', locale: 'fr' }, locked: ['gate', 'debounceMs'] });
    expect(parsed.settings).toEqual({ locale: 'fr' });
    // Locked means the person cannot change it: what is in force is the default, not their own value.
    expect(effectiveSettings({ ...DEFAULT_SETTINGS, gate: false, debounceMs: 600 }, parsed)).toMatchObject({ gate: DEFAULT_SETTINGS.gate, debounceMs: DEFAULT_SETTINGS.debounceMs, locale: 'fr' });
  });

  it('keeps the usable entries of a partly damaged pushed map', () => {
    expect(parsePolicy({ settings: { accounts: { x: 'brand', mastodon: 'brand' }, practices: { '7': { enabled: false }, '99': { enabled: false } } } }).settings).toEqual({
      accounts: { x: 'brand' },
      practices: { '7': { enabled: false } },
    });
  });

  it.each([['a string', 'strict'], ['an array', [{ gate: false }]], ['null', null]])('ignores settings given as %s', (_, settings) => {
    expect(parsePolicy({ settings }).settings).toEqual({});
  });
});

describe('readPolicy', () => {
  it('reads storage.managed', async () => {
    const storage = fakeStorage({ managed: { settings: { gate: true }, locked: ['gate'], profile: acme } });
    const read = await readPolicy(storage);
    expect(read.settings).toEqual({ gate: true });
    expect([...read.locked].sort()).toEqual(['gate', 'profile']);
    expect(read.profile).toEqual(acme);
  });

  it('has no policy when nothing is managed', async () => {
    const read = await readPolicy(fakeStorage());
    expect(read.settings).toEqual({});
    expect(read.locked.size).toBe(0);
  });

  it('has no policy in a browser without managed storage', async () => {
    const { managed: _managed, ...storage } = fakeStorage();
    expect((await readPolicy(storage as StorageLike)).locked.size).toBe(0);
  });

  it('returns NO_POLICY when reading managed storage throws (Firefox without a policy manifest)', async () => {
    const storage = fakeStorage();
    storage.managed.get = () => Promise.reject(new Error('Managed storage manifest not found'));
    await expect(readPolicy(storage)).resolves.toBe(NO_POLICY);
  });

  it('gives up on managed storage that never answers, with no policy', async () => {
    const storage = fakeStorage({ managed: { locked: ['gate'] } });
    storage.managed.get = () => new Promise(() => undefined);
    await expect(readPolicy(storage, 20)).resolves.toBe(NO_POLICY);
  });
});

describe('effectiveSettings', () => {
  const mine: Settings = { ...DEFAULT_SETTINGS, locale: 'fr', gate: false };

  it('is the person’s settings when there is no policy', () => {
    expect(effectiveSettings(mine, NO_POLICY)).toEqual(mine);
  });

  it('gives locked fields the administrator’s value, whatever the person chose', () => {
    expect(effectiveSettings(mine, policy({ gate: true, locale: 'en' }, ['gate', 'locale']))).toEqual({ ...mine, gate: true, locale: 'en' });
  });

  it('applies an unlocked pushed value only where the person kept the default', () => {
    const pushed = policy({ gate: true, locale: 'en', debounceMs: 400, practices: { '14': { enabled: true, severity: 'risk' } } });
    expect(effectiveSettings(mine, pushed)).toEqual({ ...mine, debounceMs: 400, practices: { '14': { enabled: true, severity: 'risk' } } });
  });

  it('does not let a person’s change of a locked map through', () => {
    const local: Settings = { ...DEFAULT_SETTINGS, accounts: { x: 'personal', linkedin: 'personal' } };
    expect(effectiveSettings(local, policy({ accounts: { x: 'brand' } }, ['accounts'])).accounts).toEqual({ x: 'brand' });
  });

  it('does not change the person’s settings object', () => {
    const local: Settings = { ...DEFAULT_SETTINGS };
    effectiveSettings(local, policy({ gate: false }, ['gate']));
    expect(local.gate).toBe(true);
  });
});

describe('effectiveProfile', () => {
  it('is the administrator’s profile when one is pushed', () => {
    expect(effectiveProfile({ brand: 'Mine' }, policy({}, ['profile'], acme))).toEqual(acme);
    expect(effectiveProfile(null, policy({}, ['profile'], acme))).toEqual(acme);
  });

  it('is the person’s profile otherwise, or none', () => {
    expect(effectiveProfile({ brand: 'Mine' }, NO_POLICY)).toEqual({ brand: 'Mine' });
    expect(effectiveProfile(null, NO_POLICY)).toBeNull();
    expect(effectiveProfile(undefined, NO_POLICY)).toBeNull();
  });
});

describe('resolveProfile', () => {
  const brisa = { brand: 'Brisa', aliases: [], competitors: ['Voltaro'], codenames: [], restrictedTopics: [], topics: [], voice: { formality: 'friendly', emoji: 'sparingly', person: 'we' }, bannedTerms: [] };
  const org = { ...brisa, brand: 'Brisa Group', competitors: ['CycloNova'] };

  it('uses the organisation’s profile when it is valid', () => {
    const resolved = resolveProfile(brisa, parsePolicy({ profile: org }), parseProfile);
    expect((resolved.profile as { brand: string }).brand).toBe('Brisa Group');
    expect(resolved.error).toBeUndefined();
  });

  it('keeps the person’s own profile when the pushed one is malformed, naming the field', () => {
    const resolved = resolveProfile(brisa, parsePolicy({ profile: { ...org, voice: { ...org.voice, person: 'they' } } }), parseProfile);
    expect((resolved.profile as { brand: string }).brand).toBe('Brisa');
    expect(resolved.error).toMatch(/organisation is invalid, so it was not used: .*voice\.person/);
  });

  it('a malformed profile of the person’s own: no profile, and the error names the field', () => {
    const resolved = resolveProfile({ ...brisa, competitors: 'Voltaro' }, NO_POLICY, parseProfile);
    expect(resolved.profile).toBeNull();
    expect(resolved.error).toMatch(/competitors/);
  });

  it('nothing saved, nothing pushed: no profile and no error', () => {
    expect(resolveProfile(null, NO_POLICY, parseProfile)).toEqual({ profile: null });
  });
});
