// One compose box, from the moment the person focuses it until it leaves the page: watches the draft,
// asks the worker to check it (debounced, sequence-numbered), shows the answer in the sidebar, and
// holds a submit while undismissed risks remain.
import type { Account, Lang, Site } from '../../rules/types';
import type { ComposeBox, SiteAdapter } from '../../utils/sites';
import type { CheckRequest, WorkerMessage } from '../../utils/protocol';
import { MAX_MESSAGE_TEXT } from '../../utils/protocol';
import { readDraft, rangeOf, type DraftText } from '../../utils/draft-text';
import { fitsBeside, place } from '../../utils/placement';
import { createSidebarStore, visibleItems, type ShownItem, type SidebarActions, type SidebarStore } from '../../components/sidebar/store';
import type { WorkerLink } from '../../utils/worker-link';
import type { Settings } from '../../utils/storage';
import type { DraftInput } from '../../utils/protocol';
import { mountSidebar, type SidebarHost } from './host';
import { showHighlight } from './highlight';
import { revealControls } from './reveal-controls';
import { pageTheme } from './theme';

const sameFinding = (a: ShownItem, b: ShownItem) =>
  a.severity === b.severity && a.message === b.message && a.suggestion === b.suggestion && a.title === b.title && a.start === b.start && a.end === b.end && a.words === b.words;

/** What every session of a page shares. */
export interface SessionEnvironment {
  site: Site;
  /** The interface language now (the person may change it in the options). */
  locale(): Lang;
  link: WorkerLink;
  settings(): Settings;
  /** The organisation's policy fixes the account: the sidebar shows it, locked. */
  accountLocked(): boolean;
  /** Why the settings cannot be saved, if they cannot. */
  storageProblem(): string | null;
  setAccount(account: Account): void;
}

/** How to let a stopped submit go through: click the site's button again, or re-send the key. */
type Replay = () => void;

/** A held submit goes through anyway if the worker has not answered within this time. */
const HOLD_TIMEOUT_MS = 1500;
let nextId = 1;
const isFormField = (element: Element) => element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement;

export class ComposerSession {
  readonly id = `box-${nextId++}`;
  readonly store: SidebarStore;
  private host: SidebarHost | null = null;
  private readonly observer: MutationObserver;
  private readonly resizeObserver: ResizeObserver;
  private debounce: ReturnType<typeof setTimeout> | undefined;
  private seq = 0;
  private answered = 0;
  private readonly sent = new Map<number, { text: string; truncatedAt?: number }>();
  private lastRequest: Omit<CheckRequest, 'seq'> | null = null;
  private focused = false;
  /** A submit stopped while a check was pending: decided when the answer comes. */
  private held: { replay: Replay; timer: ReturnType<typeof setTimeout> } | null = null;
  private gateReplay: Replay | null = null;
  /** Set by "Post anyway": the next submit of this box goes through. */
  private pass = false;
  private savedSelection: Range | null = null;
  private container: Element | null = null;
  /** In a narrow window, the person opened the panel from the badge. */
  private narrowOpen = false;
  private disposed = false;

  constructor(
    readonly box: HTMLElement,
    readonly adapter: SiteAdapter,
    private readonly env: SessionEnvironment,
  ) {
    this.store = createSidebarStore({
      locale: env.locale(),
      theme: pageTheme(),
      site: env.site,
      kind: 'post',
      account: env.settings().accounts[env.site] ?? 'personal',
      accountLocked: env.accountLocked(),
    });
    env.link.listen(this.id, (message) => this.receive(message));
    // Watching, never writing: the editor's own mutations tell us the draft changed.
    this.observer = new MutationObserver(() => this.changed());
    this.observer.observe(box, { childList: true, characterData: true, subtree: true });
    this.resizeObserver = new ResizeObserver(() => this.reposition());
    this.resizeObserver.observe(box);
    // A textarea's value changes no DOM: its input events are the only signal.
    if (isFormField(box)) box.addEventListener('input', this.onInput);
    box.addEventListener('focus', this.onFocus);
    box.addEventListener('blur', this.onBlur);
    this.focused = box.contains(document.activeElement) || box === document.activeElement;
    if (this.focused || readDraft(box).text.trim()) this.changed();
  }

  /** What the adapter reads of the box; a page whose markup changed gets the generic reading, not an error. */
  describe(): ComposeBox {
    try {
      return this.adapter.describe(this.box);
    } catch {
      return { kind: 'post', submit: null, container: this.box, sendsOnEnter: false };
    }
  }

  private readonly onInput = () => this.changed();
  private readonly onFocus = () => {
    this.focused = true;
    this.store.setState({ theme: pageTheme() });
    if (!this.lastRequest) this.changed();
    else this.reposition();
  };
  private readonly onBlur = () => {
    this.focused = false;
    // Keep the sidebar while the focus is in it (the person is reading or clicking a finding).
    setTimeout(() => this.reposition(), 0);
  };

  /** The draft changed: check it once the person pauses. */
  changed(): void {
    if (this.disposed) return;
    if (this.store.getState().status !== 'checking' && this.store.getState().status !== 'error') this.store.setState({ status: 'checking' });
    clearTimeout(this.debounce);
    this.debounce = setTimeout(() => this.send(), this.env.settings().debounceMs);
  }

  /** Sends the draft now (debounce over, or a submit waits for the verdict). */
  send(): void {
    clearTimeout(this.debounce);
    this.debounce = undefined;
    if (this.disposed) return;
    const draft = readDraft(this.box);
    // A draft longer than the worker accepts is checked up to the limit, and the sidebar says so.
    const truncatedAt = draft.text.length > MAX_MESSAGE_TEXT ? MAX_MESSAGE_TEXT : undefined;
    const text = truncatedAt === undefined ? draft.text : draft.text.slice(0, truncatedAt);
    const info = this.describe();
    this.container = info.container;
    const account = this.env.settings().accounts[this.env.site] ?? 'personal';
    const empty = !text.trim();
    if (this.store.getState().kind !== info.kind || this.store.getState().account !== account) this.store.setState({ kind: info.kind, account });
    if (empty) {
      // Nothing to check: a fresh draft starts with nothing dismissed.
      this.lastRequest = null;
      this.answered = this.seq;
      this.store.setState({ status: 'ready', draftEmpty: true, items: [], report: null, dismissed: new Set(), gate: null });
      this.reposition();
      this.releaseHeld();
      return;
    }
    const request: Omit<CheckRequest, 'seq'> = { type: 'check', box: this.id, draft: text, site: this.env.site, kind: info.kind, account, locale: this.env.locale() };
    if (info.parent) request.parent = info.parent;
    const last = this.lastRequest;
    if (last && this.answered === this.seq && last.draft === text && last.parent === request.parent && last.kind === request.kind && last.account === account) {
      // The same draft in the same context (the editor re-rendered without a change): the report stands.
      this.store.setState({ status: 'ready' });
      this.releaseHeld();
      return;
    }
    this.lastRequest = request;
    const seq = ++this.seq;
    this.sent.set(seq, { text, truncatedAt });
    for (const old of this.sent.keys()) if (old < seq - 8) this.sent.delete(old);
    this.store.setState({ status: 'checking', draftEmpty: false });
    this.env.link.check({ ...request, seq });
    this.reposition();
  }

  private receive(message: WorkerMessage): void {
    // A late answer never overwrites a newer one.
    if (this.disposed || message.seq <= this.answered) return;
    this.answered = message.seq;
    const latest = message.seq === this.seq;
    const state = this.store.getState();
    if (message.type === 'failure') {
      this.store.setState({ status: 'error', error: message.error, shown: state.shown + 1 });
      this.releaseHeld();
      return;
    }
    const sent = this.sent.get(message.seq);
    const text = sent?.text ?? '';
    // Findings unchanged since the last report keep their objects, so the view skips them.
    const previous = new Map(state.items.map((item) => [item.key, item]));
    const items: ShownItem[] = message.findings.map((finding) => {
      const raw = finding.start !== undefined && finding.end !== undefined ? text.slice(finding.start, finding.end) : undefined;
      const words = raw === undefined ? undefined : revealControls(raw);
      const item: ShownItem = {
        ...finding,
        message: revealControls(finding.message),
        suggestion: finding.suggestion === undefined ? undefined : revealControls(finding.suggestion),
        words,
        key: `${finding.rule}@${(words ?? '').toLowerCase()}`,
      };
      const old = previous.get(item.key);
      return old && sameFinding(old, item) ? old : item;
    });
    const { findings: _findings, ...report } = message;
    if (sent?.truncatedAt !== undefined) report.truncatedAt = Math.min(report.truncatedAt ?? Infinity, sent.truncatedAt);
    this.store.setState({
      status: latest && this.debounce === undefined ? 'ready' : 'checking',
      error: null,
      items,
      report,
      draftEmpty: !text.trim(),
      shown: state.shown + 1,
    });
    this.reposition();
    if (latest) this.decideHeld();
  }

  // ——— Pre-send gate ———

  private risks(): number {
    return visibleItems(this.store.getState()).filter((item) => item.severity === 'risk').length;
  }

  /** True when the report is older than the draft (a keystroke not yet checked). */
  private stale(): boolean {
    return this.debounce !== undefined || this.answered < this.seq;
  }

  /**
   * Called before the site submits this box. Returns true to let the submit through; false when Tact
   * stopped it (risks to review, or a check still running whose verdict decides).
   */
  allowSubmit(replay: Replay): boolean {
    if (this.pass) {
      this.pass = false;
      return true;
    }
    if (this.held) return false; // already waiting for the verdict on this draft
    if (!this.env.settings().gate || this.store.getState().status === 'error') return true;
    if (this.stale()) {
      this.held = { replay, timer: setTimeout(() => this.releaseHeld(), HOLD_TIMEOUT_MS) };
      this.send();
      return false;
    }
    if (this.risks() === 0) return true;
    this.openGate(replay);
    return false;
  }

  private decideHeld(): void {
    if (!this.held) return;
    const { replay, timer } = this.held;
    clearTimeout(timer);
    this.held = null;
    if (this.risks() > 0) this.openGate(replay);
    else this.letThrough(replay);
  }

  /** The worker did not answer in time, or the draft is empty: never block posting for Tact's sake. */
  private releaseHeld(): void {
    if (!this.held) return;
    const { replay, timer } = this.held;
    clearTimeout(timer);
    this.held = null;
    this.letThrough(replay);
  }

  private openGate(replay: Replay): void {
    this.gateReplay = replay;
    this.store.setState({ gate: { risks: this.risks() }, expanded: true });
    this.ensureHost();
    this.reposition();
  }

  private letThrough(replay: Replay): void {
    this.pass = true;
    replay();
    // The pass is for this submit only.
    setTimeout(() => (this.pass = false), 0);
  }

  // ——— Sidebar ———

  private readonly actions: SidebarActions = {
    toggle: () => {
      const rect = (this.container ?? this.box).getBoundingClientRect();
      if (fitsBeside(rect, { width: window.innerWidth })) this.store.setState({ expanded: !this.store.getState().expanded });
      else this.narrowOpen = !this.narrowOpen;
      this.reposition();
    },
    setAccount: (account) => this.env.setAccount(account),
    dismiss: (key) => {
      const dismissed = new Set(this.store.getState().dismissed);
      dismissed.add(key);
      const gate = this.store.getState().gate;
      this.store.setState({ dismissed, gate: gate && this.risksAfter(dismissed) > 0 ? { risks: this.risksAfter(dismissed) } : gate });
      showHighlight([]);
      if (gate && this.risksAfter(dismissed) === 0) {
        // The last risk was dismissed while the gate was open: the submit may go.
        this.store.setState({ gate: null });
        const replay = this.gateReplay;
        this.gateReplay = null;
        if (replay) this.letThrough(replay);
      }
      this.focusSidebar();
    },
    restoreDismissed: () => this.store.setState({ dismissed: new Set() }),
    review: () => {
      this.gateReplay = null;
      this.store.setState({ gate: null });
      const first = this.host?.shadow.querySelector<HTMLElement>('[data-severity="risk"]');
      first?.focus();
    },
    postAnyway: () => {
      const replay = this.gateReplay;
      this.gateReplay = null;
      this.store.setState({ gate: null });
      if (replay) this.letThrough(replay);
    },
    highlight: (item) => this.highlight(item),
    returnFocus: () => this.returnFocus(),
  };

  private risksAfter(dismissed: ReadonlySet<string>): number {
    return visibleItems({ items: this.store.getState().items, dismissed }).filter((item) => item.severity === 'risk').length;
  }

  private highlight(item: ShownItem | null): void {
    if (!item || item.start === undefined || item.end === undefined || !item.words) {
      showHighlight([]);
      return;
    }
    const draft: DraftText = readDraft(this.box);
    // The draft may have changed since the report: highlight only if the words are still where they were.
    if (draft.text.slice(item.start, item.end) !== item.words) return showHighlight([]);
    const range = rangeOf(draft, item.start, item.end);
    showHighlight(range ? [range] : []);
  }

  /** Moves the keyboard focus into the sidebar (Alt+Shift+T in the compose box). */
  focusSidebar(): void {
    const selection = document.getSelection();
    if (selection && selection.rangeCount > 0 && this.box.contains(selection.anchorNode)) this.savedSelection = selection.getRangeAt(0).cloneRange();
    this.store.setState({ expanded: true });
    this.ensureHost();
    this.reposition();
    const target = this.host?.shadow.querySelector<HTMLElement>('[data-tact-action="review"], .finding, button');
    target?.focus();
  }

  private returnFocus(): void {
    this.box.focus();
    // Put the caret back where the person left it.
    if (this.savedSelection && this.box.contains(this.savedSelection.startContainer)) {
      const selection = document.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(this.savedSelection);
    }
    this.savedSelection = null;
  }

  private ensureHost(): SidebarHost {
    this.host ??= mountSidebar(this.store, this.actions);
    return this.host;
  }

  /** Shows the sidebar beside the composer while the box is in use, and follows it. */
  reposition(): void {
    if (this.disposed) return;
    const state = this.store.getState();
    const inSidebar = this.host?.element.matches(':focus-within') ?? false;
    const active = this.focused || inSidebar || !state.draftEmpty || state.gate !== null || state.status === 'error';
    if (!active) {
      if (state.placement.mode !== 'hidden') this.store.setState({ placement: { ...state.placement, mode: 'hidden' } });
      return;
    }
    this.ensureHost();
    // The composer's container rarely changes: look it up again only when it left the page.
    if (!this.container?.isConnected || !this.container.contains(this.box)) this.container = this.describe().container;
    const rect = this.container.getBoundingClientRect();
    const viewport = { width: window.innerWidth, height: window.innerHeight };
    // Beside the composer the panel covers nothing of it and is open by default; in a window too narrow
    // for that, it would cover the page below (the emoji picker, the replies): a badge until asked for.
    const open = fitsBeside(rect, viewport) ? state.expanded : this.narrowOpen || state.gate !== null;
    const placement = place(rect, viewport, open);
    const old = state.placement;
    if (old.mode !== placement.mode || old.top !== placement.top || old.left !== placement.left || old.width !== placement.width || old.maxHeight !== placement.maxHeight) {
      this.store.setState({ placement });
    }
  }

  /** Settings changed (options page, another tab, the account switch): follow them and re-check. */
  settingsChanged(): void {
    const settings = this.env.settings();
    const account = settings.accounts[this.env.site] ?? 'personal';
    const locale = this.env.locale();
    const state = this.store.getState();
    const accountLocked = this.env.accountLocked();
    const storageProblem = this.env.storageProblem();
    if (state.account !== account || state.locale !== locale || state.accountLocked !== accountLocked || state.storageProblem !== storageProblem)
      this.store.setState({ account, locale, accountLocked, storageProblem });
    // Anything may have changed (practices, profile...): the worker answers with the settings in force.
    this.lastRequest = null;
    if (!state.draftEmpty) this.changed();
  }

  /** The draft and its context, for the popup's checklist. */
  currentDraft(): DraftInput {
    const info = this.describe();
    const input: DraftInput = { draft: readDraft(this.box).text.slice(0, MAX_MESSAGE_TEXT), site: this.env.site, kind: info.kind, account: this.env.settings().accounts[this.env.site] ?? 'personal' };
    if (info.parent) input.parent = info.parent;
    return input;
  }

  /** The box left the page: drop the sidebar, the highlight and the worker's engine. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    clearTimeout(this.debounce);
    if (this.held) clearTimeout(this.held.timer);
    this.observer.disconnect();
    this.resizeObserver.disconnect();
    this.box.removeEventListener('input', this.onInput);
    this.box.removeEventListener('focus', this.onFocus);
    this.box.removeEventListener('blur', this.onBlur);
    this.host?.remove();
    this.host = null;
    showHighlight([]);
    this.env.link.forget(this.id);
  }

  /** The worker cannot be reached: say so in the sidebar. */
  fail(error: string): void {
    this.store.setState({ status: 'error', error });
    this.reposition();
  }

  /**
   * The extension went away under the page (reloaded, updated, turned off): stop watching the draft and
   * holding submits, keep the sidebar up saying the page must be reloaded.
   */
  retire(): void {
    if (this.disposed) return;
    clearTimeout(this.debounce);
    this.debounce = undefined;
    this.observer.disconnect();
    this.box.removeEventListener('input', this.onInput);
    this.box.removeEventListener('focus', this.onFocus);
    this.box.removeEventListener('blur', this.onBlur);
    // A submit held for a verdict that will never come goes through, as Tact promises.
    this.releaseHeld();
    this.gateReplay = null;
    showHighlight([]);
    this.store.setState({ status: 'error', retired: true, gate: null, error: null });
    this.reposition();
  }
}
