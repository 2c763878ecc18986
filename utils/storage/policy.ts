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

/**
 * Reads storage.managed. No policy (the usual case, or a browser without managed storage): NO_POLICY.
 * Never waits more than `timeoutMs`: Chromium may leave the call unanswered (seen headless, with the schema
 * declared and no policy set), and a draft must not wait for that.
 */
export async function readPolicy(storage: StorageLike, timeoutMs = 500): Promise<Policy> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), timeoutMs)));
  try {
    const raw = await Promise.race([Promise.resolve(storage.managed?.get(null)), timeout]);
    return raw ? parsePolicy(raw) : NO_POLICY;
  } catch {
    return NO_POLICY; // Firefox throws when no managed storage manifest is installed
  } finally {
    clearTimeout(timer);
  }
}

export function parsePolicy(raw: Record<string, unknown>): Policy {
  const locked = new Set<Lockable>();
  if (Array.isArray(raw.locked)) for (const field of raw.locked) if (LOCKABLE.includes(field as Lockable)) locked.add(field as Lockable);
  const settings: Partial<Settings> = {};
  if (typeof raw.settings === 'object' && raw.settings !== null) {
    const given = raw.settings as Record<string, unknown>;
    const { settings: parsed, dropped } = parseSettings(given);
    // A pushed field that cannot be used is left out, not replaced by its default: a locked field would
    // otherwise force the default on everyone. (A map keeps its usable entries.)
    for (const field of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) if (field in given && !dropped.includes(field)) (settings as Record<string, unknown>)[field] = parsed[field];
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
  // Locked without a pushed value: the default is what the administrator fixed.
  for (const field of policy.locked) {
    if (field !== 'profile' && !(field in policy.settings)) (result as unknown as Record<string, unknown>)[field] = DEFAULT_SETTINGS[field];
  }
  return result;
}

/** The profile in force: the administrator's, else the person's. */
export function effectiveProfile(local: unknown | null, policy: Policy): unknown | null {
  return policy.profile ?? local ?? null;
}

export interface ResolvedProfile {
  /** The validated profile in force, or null. */
  profile: unknown | null;
  /** Why a profile could not be used (the field named), when one could not. */
  error?: string;
}

/**
 * The profile in force, validated with `parse` (the engine's parseProfile): the organisation's when it pushed a
 * valid one; when the pushed one is malformed, the person's own is kept and the error says so, naming the field.
 */
export function resolveProfile(local: unknown | null, policy: Policy, parse: (value: unknown) => unknown): ResolvedProfile {
  const validate = (source: unknown): ResolvedProfile => {
    if (source === null || source === undefined) return { profile: null };
    try {
      return { profile: parse(source) };
    } catch (error) {
      return { profile: null, error: error instanceof Error ? error.message : String(error) };
    }
  };
  const inForce = validate(effectiveProfile(local, policy));
  if (policy.profile === undefined || !inForce.error) return inForce;
  const own = validate(local);
  return { profile: own.profile, error: `The profile set by your organisation is invalid, so it was not used: ${inForce.error}` };
}
