// Reading the stored settings without the settings store: what the content script needs (it runs on every
// page of the three sites, where each kilobyte counts). Writes go through the worker's store
// (`tact/set-account`), so the stored format has one writer per context that persists it.
import type { StorageLike } from './areas';
import { migrateSettings } from './migrations';
import { DEFAULT_SETTINGS, parseSettings, SETTINGS_VERSION, type Settings } from './settings';

export const SETTINGS_KEY = 'settings';
export const PROFILE_KEY = 'profile';

/** The settings as stored (local, else synced), migrated and validated; the defaults when unreadable. */
export async function readStoredSettings(storage: StorageLike): Promise<Settings> {
  try {
    const local = (await storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
    const raw = local ?? (storage.sync ? (await storage.sync.get(SETTINGS_KEY).catch(() => ({}) as Record<string, unknown>))[SETTINGS_KEY] : undefined);
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ...DEFAULT_SETTINGS };
    const value = raw as { state?: unknown; version?: unknown };
    // `{ state, version }` since version 2; version 1 stored the bare object.
    const [state, version] = typeof value.version === 'number' && 'state' in value ? [value.state, value.version] : [raw, 1];
    return parseSettings(version < SETTINGS_VERSION ? migrateSettings(state, version) : state).settings;
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}

/** Content script → worker: remember the account for a site (the sidebar's switch). */
export interface SetAccountRequest {
  type: 'tact/set-account';
  site: 'x' | 'linkedin' | 'facebook' | 'other';
  account: 'brand' | 'personal';
}
/** Worker → content script: why the settings could not be saved, or null. */
export type SetAccountAnswer = { storageProblem: string | null };

/** The content script's account switch, if well-formed (anything else is dropped). */
export function parseSetAccount(value: unknown): SetAccountRequest | null {
  const v = value as Partial<SetAccountRequest> | null;
  if (typeof v !== 'object' || v === null || v.type !== 'tact/set-account') return null;
  if (!['x', 'linkedin', 'facebook', 'other'].includes(v.site as string) || (v.account !== 'brand' && v.account !== 'personal')) return null;
  return { type: 'tact/set-account', site: v.site!, account: v.account };
}
