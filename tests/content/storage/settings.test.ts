// Settings read from storage, field by field: anything damaged falls back to its default and is named, the
// rest is kept; and the migration from the settings of issue 3 (version 1).
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, engineOptions, migrateSettings, parseSettings, SETTINGS_VERSION } from '../../../utils/storage';

describe('parseSettings', () => {
  it('defaults to the browser language, a 150 ms debounce, the gate on, no account choice and every practice as designed', () => {
    expect(DEFAULT_SETTINGS).toEqual({ locale: 'auto', debounceMs: 150, gate: true, accounts: {}, practices: {} });
  });

  it.each([
    ['undefined (nothing stored yet)', undefined],
    ['null', null],
    ['an empty object', {}],
  ])('returns the defaults, with nothing dropped, for %s', (_, value) => {
    expect(parseSettings(value)).toEqual({ settings: DEFAULT_SETTINGS, dropped: [] });
  });

  it.each([
    ['a string', 'settings'],
    ['a number', 7],
    ['a boolean', true],
    ['an array', [{ debounceMs: 500 }]],
  ])('returns the defaults for %s and says the whole value was unusable', (_, value) => {
    expect(parseSettings(value)).toEqual({ settings: DEFAULT_SETTINGS, dropped: ['settings'] });
  });

  it('keeps valid values', () => {
    const value = {
      locale: 'fr',
      debounceMs: 400,
      gate: false,
      accounts: { x: 'brand', linkedin: 'personal', facebook: 'brand', other: 'personal' },
      practices: { '7': { enabled: false }, '12': { enabled: true, severity: 'risk' } },
    };
    expect(parseSettings(value)).toEqual({ settings: value, dropped: [] });
  });

  it('ignores fields it does not know', () => {
    expect(parseSettings({ gate: false, theme: 'dark' })).toEqual({ settings: { ...DEFAULT_SETTINGS, gate: false }, dropped: [] });
  });

  it.each(['auto', 'en', 'fr'] as const)('keeps the language choice %s', (locale) => {
    expect(parseSettings({ locale })).toEqual({ settings: { ...DEFAULT_SETTINGS, locale }, dropped: [] });
  });

  it.each([['de'], ['FR'], [''], [null], [1]])('drops the language choice %j', (locale) => {
    expect(parseSettings({ locale })).toEqual({ settings: DEFAULT_SETTINGS, dropped: ['locale'] });
  });

  it.each([
    [-50, 0],
    [0, 0],
    [2000, 2000],
    [99_999, 2000],
    [249.6, 250],
    [249.4, 249],
  ])('clamps a debounce of %s ms to %s ms', (stored, expected) => {
    const { settings, dropped } = parseSettings({ debounceMs: stored });
    expect(settings.debounceMs).toBe(expected);
    expect(dropped).toEqual([]);
  });

  it.each([[Number.POSITIVE_INFINITY], [Number.NaN], ['300'], [null], [{}]])('drops a debounce of %s', (debounceMs) => {
    expect(parseSettings({ debounceMs })).toEqual({ settings: DEFAULT_SETTINGS, dropped: ['debounceMs'] });
  });

  it.each([['yes'], ['false'], [0], [null]])('drops a gate of %j (not a boolean)', (gate) => {
    expect(parseSettings({ gate })).toEqual({ settings: DEFAULT_SETTINGS, dropped: ['gate'] });
  });

  it('drops account entries for unknown sites or unknown account kinds, naming each, and keeps the valid ones', () => {
    const { settings, dropped } = parseSettings({
      accounts: { x: 'brand', facebook: 'company', mastodon: 'brand', linkedin: 1, other: 'personal', constructor: 'brand' },
    });
    expect(settings.accounts).toEqual({ x: 'brand', other: 'personal' });
    expect(dropped).toEqual(['accounts.facebook', 'accounts.mastodon', 'accounts.linkedin', 'accounts.constructor']);
  });

  it.each([['brand'], [null], [['x']]])('drops accounts given as %j', (accounts) => {
    expect(parseSettings({ accounts })).toEqual({ settings: DEFAULT_SETTINGS, dropped: ['accounts'] });
  });

  it('keeps practice switches and severities for practices 1 to 25', () => {
    const practices = { '1': { enabled: true, severity: 'info' }, '14': { enabled: true, severity: 'warn' }, '25': { enabled: false } };
    expect(parseSettings({ practices })).toEqual({ settings: { ...DEFAULT_SETTINGS, practices }, dropped: [] });
  });

  it('reads a practice given without `enabled` as switched on (the managed schema does not require it)', () => {
    expect(parseSettings({ practices: { '12': { severity: 'risk' } } }).settings.practices).toEqual({ '12': { enabled: true, severity: 'risk' } });
  });

  it.each([['0'], ['26'], ['-3'], ['1.5'], ['seven'], ['']])('drops a practice entry numbered %j', (number) => {
    const { settings, dropped } = parseSettings({ practices: { [number]: { enabled: false }, '3': { enabled: false } } });
    expect(settings.practices).toEqual({ '3': { enabled: false } });
    expect(dropped).toEqual([`practices.${number}`]);
  });

  it.each([
    ['an unknown severity', { enabled: true, severity: 'critical' }],
    ['a severity in capitals', { enabled: true, severity: 'RISK' }],
    ['a switch that is not a boolean', { enabled: 'no' }],
    ['null', null],
    ['a boolean', false],
    ['a string', 'off'],
    ['an array', [true]],
  ])('drops a practice entry holding %s', (_, setting) => {
    const { settings, dropped } = parseSettings({ practices: { '9': setting, '3': { enabled: false } } });
    expect(settings.practices).toEqual({ '3': { enabled: false } });
    expect(dropped).toEqual(['practices.9']);
  });

  it('writes practice numbers in their plain form and keeps only the known properties', () => {
    const { settings } = parseSettings({ practices: { '07': { enabled: false, note: 'x' } } });
    expect(settings.practices).toEqual({ '7': { enabled: false } });
  });

  it.each([['all'], [null], [[{ enabled: false }]]])('drops practices given as %j', (practices) => {
    expect(parseSettings({ practices })).toEqual({ settings: DEFAULT_SETTINGS, dropped: ['practices'] });
  });

  it('keeps the other settings when some are damaged, and names every damaged one', () => {
    expect(parseSettings({ locale: 'es', debounceMs: 'slow', gate: false, accounts: { facebook: 'brand' }, practices: { '40': { enabled: false } } })).toEqual({
      settings: { ...DEFAULT_SETTINGS, gate: false, accounts: { facebook: 'brand' } },
      dropped: ['locale', 'debounceMs', 'practices.40'],
    });
  });

  it('returns fresh accounts and practices objects, never the shared defaults', () => {
    const { settings } = parseSettings(undefined);
    settings.accounts.x = 'brand';
    settings.practices['1'] = { enabled: false };
    expect(DEFAULT_SETTINGS.accounts).toEqual({});
    expect(DEFAULT_SETTINGS.practices).toEqual({});
  });
});

describe('engineOptions', () => {
  it('switches nothing off and overrides nothing by default', () => {
    expect(engineOptions(DEFAULT_SETTINGS)).toEqual({ disabled: [], severity: {} });
  });

  it('lists the practices switched off, in order, and the severity overrides of those still on', () => {
    const practices = {
      '12': { enabled: true, severity: 'risk' },
      '7': { enabled: false },
      '20': { enabled: false, severity: 'info' }, // off: its severity does not matter
      '3': { enabled: true }, // on, as designed: no override
      '25': { enabled: true, severity: 'info' },
    } as const;
    expect(engineOptions({ practices })).toEqual({ disabled: [7, 20], severity: { 12: 'risk', 25: 'info' } });
  });
});

describe('migrateSettings', () => {
  it('is at version 2', () => {
    expect(SETTINGS_VERSION).toBe(2);
  });

  it('keeps what version 1 had and adds the automatic language and no practice switches', () => {
    const v1 = { debounceMs: 400, gate: false, accounts: { x: 'brand' } };
    expect(migrateSettings(v1, 1)).toEqual({ debounceMs: 400, gate: false, accounts: { x: 'brand' }, locale: 'auto', practices: {} });
    expect(parseSettings(migrateSettings(v1, 1)).dropped).toEqual([]);
  });

  it('does not change the object it is given', () => {
    const v1 = { debounceMs: 400 };
    migrateSettings(v1, 1);
    expect(v1).toEqual({ debounceMs: 400 });
  });

  it('reads a version below 1 as version 1', () => {
    expect(migrateSettings({ gate: false }, 0)).toEqual({ gate: false, locale: 'auto', practices: {} });
  });

  it('leaves the current version as it is', () => {
    const v2 = { locale: 'fr', debounceMs: 150, gate: true, accounts: {}, practices: { '7': { enabled: false } } };
    expect(migrateSettings(v2, 2)).toEqual(v2);
  });

  it.each([[null], ['settings'], [[1, 2]]])('starts from nothing when the stored state is %j', (state) => {
    expect(migrateSettings(state, 1)).toEqual({ locale: 'auto', practices: {} });
  });
});
