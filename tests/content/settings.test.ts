// Settings read from storage: anything damaged falls back to its default instead of breaking a page.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings } from '../../utils/settings';

describe('parseSettings', () => {
  it.each([
    ['undefined (nothing stored yet)', undefined],
    ['null', null],
    ['a string', 'settings'],
    ['a number', 7],
    ['an array', [{ debounceMs: 500 }]],
    ['an empty object', {}],
  ])('returns the defaults for %s', (_, value) => {
    expect(parseSettings(value)).toEqual(DEFAULT_SETTINGS);
  });

  it('defaults to a 150 ms debounce, the gate on, and no account choice', () => {
    expect(DEFAULT_SETTINGS).toEqual({ debounceMs: 150, gate: true, accounts: {} });
  });

  it('keeps valid values', () => {
    expect(parseSettings({ debounceMs: 400, gate: false, accounts: { x: 'brand', linkedin: 'personal' } })).toEqual({
      debounceMs: 400,
      gate: false,
      accounts: { x: 'brand', linkedin: 'personal' },
    });
  });

  it.each([
    [-50, 0],
    [0, 0],
    [2000, 2000],
    [99_999, 2000],
    [Number.POSITIVE_INFINITY, 150],
    [Number.NaN, 150],
    [249.6, 250],
  ])('reads a debounce of %s ms as %s ms', (stored, expected) => {
    expect(parseSettings({ debounceMs: stored }).debounceMs).toBe(expected);
  });

  it('ignores a debounce that is not a number', () => {
    expect(parseSettings({ debounceMs: '300' }).debounceMs).toBe(150);
    expect(parseSettings({ debounceMs: null }).debounceMs).toBe(150);
  });

  it('ignores a gate that is not a boolean', () => {
    expect(parseSettings({ gate: 'false' }).gate).toBe(true);
    expect(parseSettings({ gate: 0 }).gate).toBe(true);
  });

  it('drops account entries for unknown sites or unknown account kinds, keeping the valid ones', () => {
    const parsed = parseSettings({
      accounts: { x: 'brand', facebook: 'company', mastodon: 'brand', linkedin: 1, other: 'personal', constructor: 'brand' },
    });
    expect(parsed.accounts).toEqual({ x: 'brand', other: 'personal' });
  });

  it('ignores accounts that are not an object', () => {
    expect(parseSettings({ accounts: 'brand' }).accounts).toEqual({});
    expect(parseSettings({ accounts: null }).accounts).toEqual({});
  });

  it('keeps the other settings when one is damaged', () => {
    expect(parseSettings({ debounceMs: 'slow', gate: false, accounts: { facebook: 'brand' } })).toEqual({
      debounceMs: 150,
      gate: false,
      accounts: { facebook: 'brand' },
    });
  });

  it('returns a fresh accounts object, never the shared default', () => {
    const parsed = parseSettings(undefined);
    parsed.accounts.x = 'brand';
    expect(DEFAULT_SETTINGS.accounts).toEqual({});
  });
});
