// When stored data cannot be used (damaged by hand, written by another extension or a future version),
// Tact falls back to defaults, keeps a copy of what was there, and leaves a notice for the options page.
import type { StorageLike } from './areas';

export const NOTICES_KEY = 'notices';
const MAX_NOTICES = 20;

export interface StorageNotice {
  /** The storage key whose content could not be used. */
  key: string;
  /** What was wrong (field names). */
  problem: string;
  /** Where the copy of the original value is kept. */
  backupKey: string;
  at: string;
}

/** The last copy under way per storage: copies are made one after the other (see keepCopy). */
const queues = new WeakMap<StorageLike, Promise<unknown>>();

/**
 * Keeps a copy of `value` under a backup key and records a notice; never throws. Copies made at once (the
 * settings and the profile both damaged, read together) wait for each other: each reads the notices and
 * writes them back, so two at the same time would keep only one notice.
 */
export function keepCopy(storage: StorageLike, key: string, value: unknown, problem: string, now = new Date()): Promise<StorageNotice | null> {
  const copy = (queues.get(storage) ?? Promise.resolve()).then(() => writeCopy(storage, key, value, problem, now));
  queues.set(storage, copy);
  return copy;
}

async function writeCopy(storage: StorageLike, key: string, value: unknown, problem: string, now: Date): Promise<StorageNotice | null> {
  try {
    const at = now.toISOString();
    const backupKey = `backup:${key}:${at}`;
    const notice: StorageNotice = { key, problem, backupKey, at };
    const existing = await readNotices(storage);
    await storage.local.set({ [backupKey]: value, [NOTICES_KEY]: [...existing, notice].slice(-MAX_NOTICES) });
    return notice;
  } catch {
    return null;
  }
}

export async function readNotices(storage: StorageLike): Promise<StorageNotice[]> {
  try {
    const stored = (await storage.local.get(NOTICES_KEY))[NOTICES_KEY];
    return Array.isArray(stored) ? stored.filter((n): n is StorageNotice => typeof n === 'object' && n !== null && typeof (n as StorageNotice).key === 'string') : [];
  } catch {
    return [];
  }
}

/** The person has read the notices: drop them (the backups stay). */
export async function clearNotices(storage: StorageLike): Promise<void> {
  await storage.local.remove(NOTICES_KEY);
}
