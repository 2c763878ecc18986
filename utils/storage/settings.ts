// The extension's settings: their shape, defaults and validation. Stored by the settings store
// (stores.ts) with a version number; older versions are migrated (migrations.ts). A value damaged by hand
// or by another extension falls back to its default, field by field, and the field is named.
import type { Account, Severity, Site } from '../../rules/types';

export const SETTINGS_VERSION = 2;

export type LocaleChoice = 'auto' | 'en' | 'fr';

export interface PracticeSetting {
  enabled: boolean;
  /** Overrides the severity of every finding of the practice. */
  severity?: Severity;
}

export interface Settings {
  /** Interface language: the browser's (auto), or one chosen. */
  locale: LocaleChoice;
  /** Quiet time after the last keystroke before the draft is checked. */
  debounceMs: number;
  /** Stop a submit while a `risk` finding is not dismissed. */
  gate: boolean;
  /** Whose account the person writes from, per site (personal by default). */
  accounts: Partial<Record<Site, Account>>;
  /** Per practice number ("1".."25"): off, or another severity. Absent = on, as designed. */
  practices: Record<string, PracticeSetting>;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({ locale: 'auto', debounceMs: 150, gate: true, accounts: {}, practices: {} });

/** Settings an administrator can lock through the managed policy (plus the profile). */
export const LOCKABLE = ['locale', 'debounceMs', 'gate', 'accounts', 'practices', 'profile'] as const;
export type Lockable = (typeof LOCKABLE)[number];

const SITES: readonly Site[] = ['x', 'linkedin', 'facebook', 'other'];
const SEVERITIES: readonly Severity[] = ['info', 'warn', 'risk'];

export interface ParsedSettings {
  settings: Settings;
  /** Fields that held something unusable and fell back to their default. */
  dropped: string[];
}

/** Reads settings field by field: a bad field gets its default and is named in `dropped`. */
export function parseSettings(value: unknown): ParsedSettings {
  const dropped: string[] = [];
  const raw = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  if (value !== undefined && value !== null && raw !== value) dropped.push('settings');
  const settings: Settings = { ...DEFAULT_SETTINGS, accounts: {}, practices: {} };

  if ('locale' in raw) {
    if (raw.locale === 'auto' || raw.locale === 'en' || raw.locale === 'fr') settings.locale = raw.locale;
    else dropped.push('locale');
  }
  if ('debounceMs' in raw) {
    const debounce = raw.debounceMs;
    if (typeof debounce === 'number' && Number.isFinite(debounce)) settings.debounceMs = Math.min(2000, Math.max(0, Math.round(debounce)));
    else dropped.push('debounceMs');
  }
  if ('gate' in raw) {
    if (typeof raw.gate === 'boolean') settings.gate = raw.gate;
    else dropped.push('gate');
  }
  if ('accounts' in raw) {
    const accounts = raw.accounts;
    if (typeof accounts === 'object' && accounts !== null && !Array.isArray(accounts)) {
      for (const [site, account] of Object.entries(accounts)) {
        if (SITES.includes(site as Site) && (account === 'brand' || account === 'personal')) settings.accounts[site as Site] = account;
        else dropped.push(`accounts.${site}`);
      }
    } else dropped.push('accounts');
  }
  if ('practices' in raw) {
    const practices = raw.practices;
    if (typeof practices === 'object' && practices !== null && !Array.isArray(practices)) {
      for (const [number, setting] of Object.entries(practices)) {
        const n = Number(number);
        const s = setting as Record<string, unknown> | null;
        // `enabled` may be left out (the managed schema does not require it: an administrator who only sets a
        // severity means the practice stays on).
        const valid =
          Number.isInteger(n) &&
          n >= 1 &&
          n <= 25 &&
          typeof s === 'object' &&
          s !== null &&
          !Array.isArray(s) &&
          (s.enabled === undefined || typeof s.enabled === 'boolean') &&
          (s.severity === undefined || SEVERITIES.includes(s.severity as Severity));
        if (!valid) {
          dropped.push(`practices.${number}`);
          continue;
        }
        const enabled = s.enabled !== false;
        settings.practices[String(n)] = s.severity === undefined ? { enabled } : { enabled, severity: s.severity as Severity };
      }
    } else dropped.push('practices');
  }
  return { settings, dropped };
}

/** What the engine needs from the settings: practices switched off and severity overrides. */
export function engineOptions(settings: Pick<Settings, 'practices'>): { disabled: number[]; severity: Record<number, Severity> } {
  const disabled: number[] = [];
  const severity: Record<number, Severity> = {};
  for (const [number, setting] of Object.entries(settings.practices)) {
    if (!setting.enabled) disabled.push(Number(number));
    else if (setting.severity) severity[Number(number)] = setting.severity;
  }
  return { disabled: disabled.sort((a, b) => a - b), severity };
}
