// The slice of the extension storage API the stores use. Entry points pass `browser.storage`; tests pass
// an in-memory fake (tests/content/fake-storage.ts), so the stores run anywhere.
export interface AreaLike {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export type StorageChanges = Record<string, { newValue?: unknown; oldValue?: unknown }>;
export type ChangeListener = (changes: StorageChanges, areaName: string) => void;

export interface StorageLike {
  local: AreaLike;
  /** Synced between the person's browsers; small (8 KB per item). */
  sync?: AreaLike;
  /** Set by an administrator through enterprise policies; read-only. */
  managed?: Pick<AreaLike, 'get'>;
  onChanged: { addListener(listener: ChangeListener): void; removeListener(listener: ChangeListener): void };
}

/** storage.sync's limit per item, with a margin for the key. */
export const SYNC_ITEM_LIMIT = 8000;
