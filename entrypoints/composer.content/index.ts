// The composer content script: finds compose boxes on X, LinkedIn and Facebook (and any other box to write
// in there), and gives each a session that shows the sidebar beside it. Reads the page, never edits it.
import browser from 'webextension-polyfill';
import { adaptersFor, type SiteAdapter } from '../../utils/sites';
import { PORT_NAME } from '../../utils/protocol';
import { WorkerLink } from '../../utils/worker-link';
// Straight from the modules (not utils/storage's index): the content script carries no store, only readers.
import type { StorageLike } from '../../utils/storage/areas';
import { effectiveSettings, NO_POLICY, readPolicy, type Policy } from '../../utils/storage/policy';
import { PROFILE_KEY, readStoredSettings, SETTINGS_KEY, type SetAccountAnswer, type SetAccountRequest } from '../../utils/storage/read-settings';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/storage/settings';
import { chosenLanguage } from '../../components/i18n';
import type { CurrentDraftAnswer } from '../../utils/protocol';
import { ComposerSession } from './session';

export default defineContentScript({
  matches: ['https://x.com/*', 'https://twitter.com/*', 'https://www.linkedin.com/*', 'https://www.facebook.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    const adapters = adaptersFor(location.hostname);
    const site = adapters[0]!.site;
    const sessions = new Map<HTMLElement, ComposerSession>();
    const storage = browser.storage as unknown as StorageLike;
    let stored: Settings = { ...DEFAULT_SETTINGS };
    let storageProblem: string | null = null;
    let policy: Policy = NO_POLICY;
    const settings = (): Settings => effectiveSettings(stored, policy);
    // Read once: the browser's language does not change under a page, and the API is gone if the extension is reloaded.
    const browserLanguage = browser.i18n.getUILanguage();
    const locale = () => chosenLanguage(settings().locale, browserLanguage);

    const link = new WorkerLink(
      () => browser.runtime.connect({ name: PORT_NAME }),
      // "Extension context invalidated": the extension was reloaded under this page.
      (error) => (/context invalidated/i.test(error) ? retire() : sessions.forEach((session) => session.fail(error))),
      () => browser.runtime.lastError,
    );
    const environment = {
      site,
      locale,
      link,
      settings,
      accountLocked: () => policy.locked.has('accounts'),
      storageProblem: () => storageProblem,
      setAccount(account: 'brand' | 'personal') {
        if (policy.locked.has('accounts')) return; // set by the administrator
        // At once on this page; saved by the worker's settings store, which every other tab then follows.
        stored = { ...stored, accounts: { ...stored.accounts, [site]: account } };
        applySettings();
        const request: SetAccountRequest = { type: 'tact/set-account', site, account };
        void browser.runtime.sendMessage(request).then(
          (answer: unknown) => {
            storageProblem = (answer as SetAccountAnswer | undefined)?.storageProblem ?? null;
            applySettings();
          },
          () => undefined, // the worker is restarting: the next change event brings the stored value back
        );
      },
    };
    // A change made in the options page, or in another tab, reaches every open sidebar at once.
    let applied = '';
    const applySettings = () => {
      const signature = JSON.stringify([settings(), locale(), [...policy.locked], storageProblem]);
      if (signature === applied) return; // a store refresh that changed nothing: keep typing undisturbed
      applied = signature;
      sessions.forEach((session) => session.settingsChanged());
    };
    const refreshSettings = () =>
      void readStoredSettings(storage).then((value) => {
        stored = value;
        applySettings();
      });
    void readPolicy(storage).then((p) => {
      policy = p;
      applySettings();
    });
    const onManagedChange = (changes: Record<string, unknown>, area: string) => {
      if (area === 'managed') void readPolicy(storage).then((p) => ((policy = p), applySettings()));
      // A new brand profile (saved in the options): the worker follows it; the open drafts are checked again.
      else if (PROFILE_KEY in changes) sessions.forEach((session) => session.settingsChanged());
      if ((area === 'local' || area === 'sync') && SETTINGS_KEY in changes) refreshSettings();
    };
    browser.storage.onChanged.addListener(onManagedChange);
    refreshSettings();

    // The popup asks for the draft of the box last used in this tab, to review it as a checklist.
    let lastUsed: ComposerSession | null = null;
    const onPopupMessage = (message: unknown): Promise<CurrentDraftAnswer> | undefined => {
      if ((message as { type?: unknown } | null)?.type !== 'tact/current-draft') return undefined;
      const session = lastUsed && sessions.get(lastUsed.box) === lastUsed ? lastUsed : null;
      return Promise.resolve(session ? session.currentDraft() : null);
    };
    browser.runtime.onMessage.addListener(onPopupMessage);

    /** The adapter that owns this element, if it is a compose box (the site's own first, then the generic one). */
    const ownerOf = (element: Element): { box: HTMLElement; adapter: SiteAdapter } | null => {
      for (const adapter of adapters) {
        const box = element.closest<HTMLElement>(adapter.boxes);
        if (box && !box.closest('tact-sidebar')) return { box, adapter };
      }
      return null;
    };

    const adopt = (box: HTMLElement, adapter: SiteAdapter): ComposerSession => {
      let session = sessions.get(box);
      if (!session) {
        session = new ComposerSession(box, adapter, environment);
        sessions.set(box, session);
      }
      return session;
    };

    /** Boxes added by the single-page app (a draft restored, a reply box opened) and boxes gone. */
    const scan = () => {
      for (const [box, session] of sessions) {
        if (!box.isConnected) {
          session.dispose();
          sessions.delete(box);
        }
      }
      const claimed = new Set<Element>();
      for (const adapter of adapters) {
        for (const box of document.querySelectorAll<HTMLElement>(adapter.boxes)) {
          if (claimed.has(box) || [...claimed].some((c) => c.contains(box))) continue;
          claimed.add(box);
          // Sessions start when a box is used; one already holding text (a restored draft) is checked now.
          if (!sessions.has(box) && (box.textContent?.trim() || (box as HTMLTextAreaElement).value?.trim())) adopt(box, adapter);
        }
      }
    };
    let scanQueued = false;
    const queueScan = () => {
      if (scanQueued) return;
      scanQueued = true;
      setTimeout(() => {
        scanQueued = false;
        scan();
      }, 100);
    };
    const pageObserver = new MutationObserver((records) => {
      // Typing inside a known box is that box's own business: only structural changes elsewhere matter.
      for (const record of records) {
        if (record.addedNodes.length === 0 && record.removedNodes.length === 0) continue;
        const target = record.target;
        let inBox = false;
        for (const box of sessions.keys()) if (box.contains(target)) inBox = true;
        if (!inBox) return queueScan();
      }
    });
    pageObserver.observe(document.documentElement, { childList: true, subtree: true });

    const onFocusIn = (event: FocusEvent) => {
      const owner = event.target instanceof Element ? ownerOf(event.target) : null;
      if (owner) lastUsed = adopt(owner.box, owner.adapter);
    };

    /** The session whose submit this event is, if any. */
    const sessionSubmittedBy = (target: Element): { session: ComposerSession; button: HTMLElement } | null => {
      for (const session of sessions.values()) {
        const button = session.describe().submit;
        if (button?.contains(target)) return { session, button };
      }
      return null;
    };

    // Capture on window: runs before the site's own handlers (React listens at its root), so a
    // stopped submit never reaches them.
    const onClick = (event: MouseEvent) => {
      if (!(event.target instanceof Element)) return;
      const found = sessionSubmittedBy(event.target);
      if (!found) return;
      const { session, button } = found;
      if (session.allowSubmit(() => button.click())) return;
      event.preventDefault();
      event.stopImmediatePropagation();
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.target instanceof Element) || event.isComposing) return;
      const owner = ownerOf(event.target);
      const session = owner && sessions.get(owner.box);
      if (!session) return;
      if (event.altKey && event.shiftKey && event.code === 'KeyT') {
        event.preventDefault();
        session.focusSidebar();
        return;
      }
      if (event.key !== 'Enter') return;
      const info = session.describe();
      const modified = event.ctrlKey || event.metaKey;
      const plainSend = info.sendsOnEnter && !event.shiftKey && !event.altKey && !modified;
      if (!modified && !plainSend) return;
      const { key, code, ctrlKey, metaKey, shiftKey, altKey } = event;
      // Replay through the site's button when there is one (its own submit path); else the same key.
      const replay = info.submit
        ? () => info.submit!.click()
        : () => session.box.dispatchEvent(new KeyboardEvent('keydown', { key, code, ctrlKey, metaKey, shiftKey, altKey, bubbles: true, cancelable: true }));
      if (session.allowSubmit(replay)) return;
      event.preventDefault();
      event.stopImmediatePropagation();
    };
    const onViewportChange = () => {
      if (repositionQueued) return;
      repositionQueued = true;
      requestAnimationFrame(() => {
        repositionQueued = false;
        sessions.forEach((session) => session.reposition());
      });
    };
    let repositionQueued = false;

    window.addEventListener('focusin', onFocusIn, true);
    window.addEventListener('click', onClick, true);
    window.addEventListener('keydown', onKeyDown, true);
    window.addEventListener('scroll', onViewportChange, { capture: true, passive: true });
    window.addEventListener('resize', onViewportChange, { passive: true });

    scan();
    const focused = document.activeElement && ownerOf(document.activeElement);
    if (focused) lastUsed = adopt(focused.box, focused.adapter);

    // The extension was reloaded, updated or turned off while this page stayed open: this script can no
    // longer reach it. Stop everything that would call the extension (or hold a submit), and leave each
    // sidebar saying so, rather than failing silently. Scrolling and removed boxes are still followed.
    let retired = false;
    const retire = () => {
      if (retired) return;
      retired = true;
      window.removeEventListener('focusin', onFocusIn, true);
      window.removeEventListener('click', onClick, true);
      window.removeEventListener('keydown', onKeyDown, true);
      try {
        browser.storage.onChanged.removeListener(onManagedChange);
        browser.runtime.onMessage.removeListener(onPopupMessage);
      } catch {
        // the APIs are already gone with the old extension
      }
      sessions.forEach((session) => session.retire());
    };
    ctx.onInvalidated(retire);
  },
});
