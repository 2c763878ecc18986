// Follows a zustand store from a Preact component (zustand's own hook needs React).
import { useEffect, useReducer } from 'preact/hooks';
import type { StoreApi } from 'zustand/vanilla';

export function useStoreState<S>(store: StoreApi<S>): S {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  useEffect(() => store.subscribe(() => rerender(0)), [store]);
  return store.getState();
}
