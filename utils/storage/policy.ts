// The enterprise policy: what an administrator pushed through storage.managed (schema in
// public/managed_schema.json). A pushed profile wins over the local one; settings listed in `locked` take
// the pushed value and cannot be changed in the options page.
import type { StorageLike } from './areas';
import { DEFAULT_SETTINGS, LOCKABLE, parseSettings, type Lockable, type Settings } from './settings';

export interface Policy {
  /** The brand profile pushed by the administrator, as given (validated where used). */
  profile?: unknown;
  /** Settings pushed by the administrator (only the valid fields). */
  settings: Partial<Settings>;
  locked: ReadonlySet<Lockable>;
}

export const NO_POLICY: Policy = Object.freeze({ settings: {}, locked: new Set<Lockable>() });

/** Reads storage.managed. No policy (the usual case, or a browser without managed storage): NO_POLICY. */
export async function readPolicy(storage: StorageLike): Promise<Policy> {
  let raw: Record<string, unknown>;
  try {
    raw = (await storage.managed?.get(null)) ?? {};
  } catch {
    return NO_POLICY; // Firefox throws when no managed storage manifest is installed
  }
  return parsePolicy(raw);
}

export function parsePolicy(raw: Record<string, unknown>): Policy {
  const locked = new Set<Lockable>();
  if (Array.isArray(raw.locked)) for (const field of raw.locked) if (LOCKABLE.includes(field as Lockable)) locked.add(field as Lockable);
  const settings: Partial<Settings> = {};
  if (typeof raw.settings === 'object' && raw.settings !== null) {
    const given = raw.settings as Record<string, unknown>;
    const parsed = parseSettings(given).settings;
    for (const field of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) if (field in given) (settings as Record<string, unknown>)[field] = parsed[field];
  }
  const policy: Policy = { settings, locked };
  if (raw.profile !== undefined && raw.profile !== null) {
    policy.profile = raw.profile;
    locked.add('profile');
  }
  return policy;
}

/** The settings in force: locked fields take the administrator's value; pushed unlocked values act as defaults. */
export function effectiveSettings(local: Settings, policy: Policy): Settings {
  const result: Settings = { ...local };
  for (const [field, value] of Object.entries(policy.settings) as [keyof Settings, unknown][]) {
    const untouched = JSON.stringify(local[field]) === JSON.stringify(DEFAULT_SETTINGS[field]);
    if (policy.locked.has(field) || untouched) (result as unknown as Record<string, unknown>)[field] = value;
  }
  return result;
}

/** The profile in force: the administrator's, else the person's. */
export function effectiveProfile(local: unknown | null, policy: Policy): unknown | null {
  return policy.profile ?? local ?? null;
}
