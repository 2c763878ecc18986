// The state of one compose box's sidebar, in a zustand store the session writes and the view reads.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { useEffect, useReducer, useRef } from 'preact/hooks';
import type { Account, Kind, Lang, Site } from '../../rules/types';
import type { CheckReport, ShownFinding } from '../../utils/protocol';
import type { Placement } from '../../utils/placement';

export type SidebarStatus = 'checking' | 'ready' | 'error';

export interface ShownItem extends ShownFinding {
  /** Stable within a draft: the rule and the words it points at. Dismissals are kept against it. */
  key: string;
  /** The words of the draft the finding points at, if any. */
  words?: string;
}

export interface SidebarState {
  locale: Lang;
  theme: 'light' | 'dark';
  site: Site;
  kind: Kind;
  account: Account;
  /** The account is set by the organisation's policy: shown, not switchable. */
  accountLocked: boolean;
  status: SidebarStatus;
  draftEmpty: boolean;
  items: ShownItem[];
  report: Omit<CheckReport, 'findings'> | null;
  /** Increases each time a new report is shown (exposed as data-tact-seq). */
  shown: number;
  dismissed: ReadonlySet<string>;
  expanded: boolean;
  placement: Placement;
  /** The pre-send gate, open while a submit waits for the person's choice. */
  gate: { risks: number } | null;
  error: string | null;
  /** The extension was reloaded or turned off under the page: only a page reload brings Tact back. */
  retired: boolean;
  /** The settings could not be saved (quota, storage off): they apply for this session only. */
  storageProblem: string | null;
}

export interface SidebarActions {
  toggle(): void;
  setAccount(account: Account): void;
  dismiss(key: string): void;
  restoreDismissed(): void;
  review(): void;
  postAnyway(): void;
  /** Highlights a finding's words in the compose box (null clears). */
  highlight(item: ShownItem | null): void;
  /** Gives the focus back to the compose box. */
  returnFocus(): void;
}

export type SidebarStore = StoreApi<SidebarState>;

export function createSidebarStore(initial: Pick<SidebarState, 'locale' | 'theme' | 'site' | 'kind' | 'account'> & Partial<Pick<SidebarState, 'accountLocked'>>): SidebarStore {
  return createStore<SidebarState>()(() => ({
    accountLocked: false,
    ...initial,
    status: 'ready',
    draftEmpty: true,
    items: [],
    report: null,
    shown: 0,
    dismissed: new Set(),
    expanded: true,
    placement: { mode: 'hidden', top: 0, left: 0, width: 0, maxHeight: 0 },
    gate: null,
    error: null,
    retired: false,
    storageProblem: null,
  }));
}

/** Findings the person has not dismissed. */
export function visibleItems(state: Pick<SidebarState, 'items' | 'dismissed'>): ShownItem[] {
  return state.items.filter((item) => !state.dismissed.has(item.key));
}

/**
 * What the view shows, picked from the state. A keystroke turns the state to `checking` (the host's
 * data-tact-state says so at once), but while a report is on screen the view keeps showing it: no
 * re-render until the next report arrives.
 */
function viewOf(state: SidebarState): SidebarState {
  return state.status === 'checking' && state.report ? { ...state, status: 'ready' } : state;
}

const FIELDS = ['locale', 'theme', 'site', 'kind', 'account', 'accountLocked', 'status', 'draftEmpty', 'items', 'report', 'shown', 'dismissed', 'expanded', 'placement', 'gate', 'error', 'retired', 'storageProblem'] as const;
const sameView = (a: SidebarState, b: SidebarState) => FIELDS.every((field) => a[field] === b[field]);

/** The store's state as the view shows it; re-renders the component only when that changes. */
export function useSidebarState(store: SidebarStore): SidebarState {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const shown = useRef(viewOf(store.getState()));
  useEffect(
    () =>
      store.subscribe((state) => {
        const next = viewOf(state);
        if (!sameView(next, shown.current)) {
          shown.current = next;
          rerender(0);
        }
      }),
    [store],
  );
  shown.current = viewOf(store.getState());
  return shown.current;
}
