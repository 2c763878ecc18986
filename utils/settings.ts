// The extension's settings as kept in storage.local, with their defaults. Read through `parseSettings`,
// so a value damaged by hand or by an older version falls back to its default instead of breaking a page.
import type { Account, Site } from '../rules/types';

export const SETTINGS_KEY = 'settings';
export const PROFILE_KEY = 'profile';

export interface Settings {
  /** Quiet time after the last keystroke before the draft is checked. */
  debounceMs: number;
  /** Stop a submit while a `risk` finding is not dismissed. */
  gate: boolean;
  /** Whose account the person writes from, per site (personal by default). */
  accounts: Partial<Record<Site, Account>>;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = { debounceMs: 150, gate: true, accounts: {} };

export function parseSettings(value: unknown): Settings {
  const raw = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const debounce = raw.debounceMs;
  const accounts: Settings['accounts'] = {};
  if (typeof raw.accounts === 'object' && raw.accounts !== null) {
    for (const [site, account] of Object.entries(raw.accounts)) {
      if ((site === 'x' || site === 'linkedin' || site === 'facebook' || site === 'other') && (account === 'brand' || account === 'personal')) accounts[site] = account;
    }
  }
  return {
    debounceMs: typeof debounce === 'number' && Number.isFinite(debounce) ? Math.min(2000, Math.max(0, Math.round(debounce))) : DEFAULT_SETTINGS.debounceMs,
    gate: typeof raw.gate === 'boolean' ? raw.gate : DEFAULT_SETTINGS.gate,
    accounts,
  };
}
