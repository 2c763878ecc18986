// Background worker: answers the content script's drafts with the engine's findings, and the popup's
// checklist requests. One engine per compose box (its sentence cache makes re-checks after a keystroke
// cheap). Settings, profile and policy come from storage and are followed live. Nothing leaves the machine.
import browser, { type Runtime } from 'webextension-polyfill';
import { createEngine, parseProfile, practices, type Engine, type Lang } from '../rules';
import { PORT_NAME, parseContentMessage, parseChecklistRequest, type ChecklistReport, type CheckReport, type CheckRequest, type WorkerMessage } from '../utils/protocol';
import {
  createProfileStore,
  createSettingsStore,
  effectiveSettings,
  engineOptions,
  NO_POLICY,
  readPolicy,
  resolveProfile,
  type Policy,
  type SetAccountAnswer,
  parseSetAccount,
  type StorageLike,
} from '../utils/storage';

/** A page with more live compose boxes than this is unusual; the least recently used engine goes first. */
const MAX_ENGINES_PER_PORT = 32;
const byNumber = new Map(practices.map((p) => [p.meta.number, p.meta]));

type ProfileState = { profile: unknown | null; error?: string };

export default defineBackground(() => {
  const storage = browser.storage as unknown as StorageLike;
  const settingsStore = createSettingsStore(storage);
  const profileStore = createProfileStore(storage);
  let policy: Policy = NO_POLICY;
  const ready = Promise.all([settingsStore.persist.rehydrate(), profileStore.persist.rehydrate(), readPolicy(storage).then((p) => (policy = p))]);
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void readPolicy(storage).then((p) => (policy = p));
  });

  const settings = () => effectiveSettings(settingsStore.getState(), policy);
  /** Engines are rebuilt when practices are switched on or off or their severity changes. */
  const engineKey = () => JSON.stringify(engineOptions(settings()));

  let profileCache: { local: unknown; managed: unknown; state: ProfileState } | null = null;
  /** Validated once per saved or pushed profile; the engine then reuses the parsed object for every draft. */
  const profile = (): ProfileState => {
    const local = profileStore.getState().profile;
    if (profileCache && profileCache.local === local && profileCache.managed === policy.profile) return profileCache.state;
    const state = resolveProfile(local, policy, parseProfile);
    profileCache = { local, managed: policy.profile, state };
    return state;
  };

  const newEngine = () => createEngine(engineOptions(settings()));
  const enabledCount = () => practices.length - engineOptions(settings()).disabled.length;

  function answer(engine: Engine, request: CheckRequest): CheckReport {
    const { draft, site, kind, account, parent, locale, box, seq } = request;
    const state = profile();
    const result = engine.check(draft, { site, kind, account, parent, locale }, state.profile);
    const report: CheckReport = {
      type: 'report',
      box,
      seq,
      lang: result.lang,
      checked: enabledCount(),
      findings: result.findings.map((f) => ({ ...f, title: byNumber.get(f.practice)?.title[locale as Lang] ?? String(f.practice) })),
    };
    if (state.error) report.profileError = state.error;
    if (result.truncatedAt !== undefined) report.truncatedAt = result.truncatedAt;
    return report;
  }

  browser.runtime.onConnect.addListener((port) => {
    // Only this extension's own content scripts may talk to the engine.
    if (port.name !== PORT_NAME || port.sender?.id !== browser.runtime.id) {
      port.disconnect();
      return;
    }
    const engines = new Map<string, { engine: Engine; key: string }>();
    const post = (message: WorkerMessage) => {
      try {
        port.postMessage(message);
      } catch {
        // The tab went away while we were checking: nothing to answer.
      }
    };
    port.onMessage.addListener(async (raw: unknown) => {
      const message = parseContentMessage(raw);
      if (!message) return;
      if (message.type === 'forget') {
        engines.delete(message.box);
        return;
      }
      await ready;
      const key = engineKey();
      let entry = engines.get(message.box);
      if (entry) engines.delete(message.box);
      else if (engines.size >= MAX_ENGINES_PER_PORT) engines.delete(engines.keys().next().value as string);
      if (!entry || entry.key !== key) entry = { engine: newEngine(), key };
      engines.set(message.box, entry); // re-inserted: the map's order is least recently used first
      try {
        post(answer(entry.engine, message));
      } catch (error) {
        post({ type: 'failure', box: message.box, seq: message.seq, error: error instanceof Error ? error.message : String(error) });
      }
    });
    port.onDisconnect.addListener(() => engines.clear());
  });

  // The popup's checklist: one draft, checked once, with every practice described.
  browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    // The sidebar's account switch: saved here, in the one settings store the other tabs follow.
    const account = parseSetAccount(raw);
    if (account) {
      return ready.then(async (): Promise<SetAccountAnswer> => {
        if (policy.locked.has('accounts')) return { storageProblem: null };
        const { accounts, update } = settingsStore.getState();
        update({ accounts: { ...accounts, [account.site]: account.account } });
        // The store saves asynchronously; answer once that is done (or failed).
        await new Promise((resolve) => setTimeout(resolve, 50));
        return { storageProblem: settingsStore.getState().storageProblem };
      });
    }
    const request = parseChecklistRequest(raw);
    if (!request) return undefined;
    return ready.then((): ChecklistReport => {
      const { draft, site, kind, account, parent, locale } = request;
      const state = profile();
      const options = engineOptions(settings());
      const result = newEngine().check(draft, { site, kind, account, parent, locale }, state.profile);
      const report: ChecklistReport = {
        lang: result.lang,
        findings: result.findings.map((f) => ({ ...f, title: byNumber.get(f.practice)?.title[locale] ?? String(f.practice) })),
        practices: practices.map(({ meta }) => ({
          number: meta.number,
          title: meta.title[locale],
          statement: meta.statement[locale],
          detection: meta.detection,
          enabled: !options.disabled.includes(meta.number),
        })),
      };
      if (state.error) report.profileError = state.error;
      return report;
    });
  });

  // Compile the lexicons now, so the first real draft after a cold start is answered quickly.
  createEngine().check('warm up', { site: 'other', kind: 'post', account: 'personal' });
});
