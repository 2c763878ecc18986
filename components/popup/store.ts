// The popup's ticks, per draft: a zustand store persisted to browser.storage.local under `checklists`, so
// closing the popup (it closes at the first click outside) and opening it again finds the review where it was.
// Only the ticks are kept, under a key made of the tab and a hash of the draft (checklist.ts reviewKey): never
// the draft's text. A review untouched for 24 hours is dropped when the store loads, and "Clear saved reviews"
// empties the store.
import { useEffect, useReducer } from 'preact/hooks';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { persist, type PersistStorage, type StorageValue } from 'zustand/middleware';
import type { PersistedStore, StorageLike } from '../../utils/storage';

export const CHECKLISTS_KEY = 'checklists';
const CHECKLISTS_VERSION = 1;
/** Reviews kept; the least recently touched go first. */
export const MAX_REVIEWS = 50;
/** How long a review is kept after its last change: 24 hours. */
export const REVIEW_TTL_MS = 24 * 60 * 60 * 1000;

export interface Review {
  /** Practices ticked ("your call") or marked reviewed (flagged). */
  checked: number[];
  /** When it was last changed (ms since the epoch): the 50 most recent are kept, for 24 hours. */
  at: number;
}

export interface ChecklistState {
  reviews: Record<string, Review>;
  /** Ticks or unticks one practice of the review kept under `key` (see checklist.ts reviewKey). */
  setChecked(key: string, practice: number, checked: boolean): void;
  /** Forgets every saved review ("Clear saved reviews"). */
  clear(): void;
}

export type ChecklistStore = PersistedStore<ChecklistState>;

const isPractice = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 1 && (n as number) <= 25;

/**
 * Whether a review changed at `at` is past keeping at `now`: untouched for 24 hours or more, or dated more than
 * 24 hours ahead (a clock set back must not keep a review for ever).
 */
export function expired(at: number, now: number): boolean {
  return now - at >= REVIEW_TTL_MS || at - now > REVIEW_TTL_MS;
}

/**
 * Keeps the well-formed, unexpired reviews of what was stored (another version or a hand edit may have left
 * anything), the 50 most recent at most.
 */
export function parseReviews(value: unknown, now: number): Record<string, Review> {
  const reviews: Record<string, Review> = {};
  const raw = (value as { reviews?: unknown } | null)?.reviews;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return reviews;
  for (const [key, review] of Object.entries(raw as Record<string, unknown>)) {
    const { checked, at } = (review ?? {}) as Partial<Review>;
    if (Array.isArray(checked) && typeof at === 'number' && Number.isFinite(at)) reviews[key] = { checked: [...new Set(checked.filter(isPractice))], at };
  }
  return prune(reviews, now);
}

/** Drops the expired reviews, then keeps the 50 most recent. */
function prune(reviews: Record<string, Review>, now: number): Record<string, Review> {
  const entries = Object.entries(reviews).filter(([, review]) => !expired(review.at, now));
  if (entries.length > MAX_REVIEWS) entries.sort(([, a], [, b]) => b.at - a.at).splice(MAX_REVIEWS);
  return Object.fromEntries(entries);
}

/** zustand's persist storage on storage.local, values kept as objects. Local only: ticks are per machine. */
function localPersist(storage: StorageLike): PersistStorage<Pick<ChecklistState, 'reviews'>> {
  return {
    async getItem(name) {
      const raw = (await storage.local.get(name))[name];
      if (typeof raw !== 'object' || raw === null || typeof (raw as { version?: unknown }).version !== 'number') return null;
      return raw as StorageValue<Pick<ChecklistState, 'reviews'>>;
    },
    setItem: (name, value) => storage.local.set({ [name]: value }),
    removeItem: (name) => storage.local.remove(name),
  };
}

/** `now`: the clock (ms since the epoch), for the reviews' dates and their expiry. */
export function createChecklistStore(storage: StorageLike, now: () => number = Date.now): ChecklistStore {
  // Set when what was stored held reviews the store did not keep (expired, damaged, over the limit): they are
  // then removed from storage too, not only from memory.
  let stale = false;
  const store = createStore<ChecklistState>()(
    persist(
      (set, get) => ({
        reviews: {},
        setChecked(key, practice, checked) {
          const current = new Set(get().reviews[key]?.checked ?? []);
          if (checked) current.add(practice);
          else current.delete(practice);
          const at = now();
          set({ reviews: prune({ ...get().reviews, [key]: { checked: [...current].sort((a, b) => a - b), at } }, at) });
        },
        clear() {
          set({ reviews: {} });
        },
      }),
      {
        name: CHECKLISTS_KEY,
        version: CHECKLISTS_VERSION,
        storage: localPersist(storage),
        partialize: (state) => ({ reviews: state.reviews }),
        merge: (persisted, current) => {
          const reviews = parseReviews(persisted, now());
          const raw = (persisted as { reviews?: unknown } | null)?.reviews;
          stale = typeof raw === 'object' && raw !== null && Object.keys(raw).length !== Object.keys(reviews).length;
          return { ...current, reviews };
        },
        onRehydrateStorage: () => (state) => {
          if (!stale || !state) return;
          stale = false;
          store.setState({ reviews: state.reviews });
        },
      },
    ),
  );
  return store as unknown as ChecklistStore;
}

/** The practices checked in one review. */
export function checkedOf(state: ChecklistState, key: string | null): ReadonlySet<number> {
  return new Set(key ? (state.reviews[key]?.checked ?? []) : []);
}

/** Re-renders the component when the store changes; returns its state. */
export function useStoreState<S>(store: StoreApi<S>): S {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  useEffect(() => store.subscribe(() => rerender(0)), [store]);
  return store.getState();
}
