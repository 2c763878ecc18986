// An in-memory browser.storage for unit tests: local, sync, managed and onChanged, with change events
// delivered asynchronously like the browser does.
import type { AreaLike, ChangeListener, StorageChanges, StorageLike } from '../../utils/storage';

export interface FakeStorage extends StorageLike {
  local: FakeArea;
  sync: FakeArea;
  managed: FakeArea;
}

export interface FakeArea extends AreaLike {
  data: Record<string, unknown>;
}

const clone = <T>(value: T): T => (value === undefined ? value : structuredClone(value));

export function fakeStorage(initial: { local?: Record<string, unknown>; sync?: Record<string, unknown>; managed?: Record<string, unknown> } = {}): FakeStorage {
  const listeners = new Set<ChangeListener>();
  const emit = (changes: StorageChanges, area: string) => queueMicrotask(() => listeners.forEach((l) => l(changes, area)));
  const area = (name: string, data: Record<string, unknown>): FakeArea => ({
    data,
    async get(keys) {
      const wanted = keys === null || keys === undefined ? Object.keys(data) : Array.isArray(keys) ? keys : [keys];
      return Object.fromEntries(wanted.filter((k) => k in data).map((k) => [k, clone(data[k])]));
    },
    async set(items) {
      const changes: StorageChanges = {};
      for (const [k, v] of Object.entries(items)) {
        changes[k] = { oldValue: clone(data[k]), newValue: clone(v) };
        data[k] = clone(v);
      }
      emit(changes, name);
    },
    async remove(keys) {
      const changes: StorageChanges = {};
      for (const k of Array.isArray(keys) ? keys : [keys]) {
        if (!(k in data)) continue;
        changes[k] = { oldValue: data[k] };
        delete data[k];
      }
      emit(changes, name);
    },
  });
  return {
    local: area('local', { ...initial.local }),
    sync: area('sync', { ...initial.sync }),
    managed: area('managed', { ...initial.managed }),
    onChanged: { addListener: (l) => listeners.add(l), removeListener: (l) => listeners.delete(l) },
  };
}
