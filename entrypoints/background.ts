// Background worker: answers the content script's drafts with the engine's findings.
// One engine per compose box (its sentence cache makes re-checks after a keystroke cheap);
// everything stays on this machine.
import browser from 'webextension-polyfill';
import { createEngine, parseProfile, practices, type Engine, type Lang } from '../rules';
import { PORT_NAME, parseContentMessage, type CheckRequest, type CheckReport, type WorkerMessage } from '../utils/protocol';
import { PROFILE_KEY } from '../utils/settings';

/** A page with more live compose boxes than this is unusual; the least recently used engine goes first. */
const MAX_ENGINES_PER_PORT = 32;
const titles = new Map(practices.map((p) => [p.meta.number, p.meta.title]));

type ProfileState = { profile: unknown | null; error?: string };
let profileState: Promise<ProfileState> | null = null;

function loadProfile(): Promise<ProfileState> {
  profileState ??= browser.storage.local.get(PROFILE_KEY).then(
    (stored) => {
      const value = stored[PROFILE_KEY];
      if (value === undefined || value === null) return { profile: null };
      try {
        // Validate once here; the engine then reuses the parsed object for every draft.
        return { profile: parseProfile(value) };
      } catch (error) {
        return { profile: null, error: error instanceof Error ? error.message : String(error) };
      }
    },
    (error: unknown) => ({ profile: null, error: `The brand profile could not be read: ${String(error)}` }),
  );
  return profileState;
}

function answer(engine: Engine, request: CheckRequest, state: ProfileState): CheckReport {
  const { draft, site, kind, account, parent, locale, box, seq } = request;
  const result = engine.check(draft, { site, kind, account, parent, locale }, state.profile);
  const report: CheckReport = {
    type: 'report',
    box,
    seq,
    lang: result.lang,
    checked: practices.length,
    findings: result.findings.map((f) => ({ ...f, title: titles.get(f.practice)?.[locale as Lang] ?? String(f.practice) })),
  };
  if (state.error) report.profileError = state.error;
  if (result.truncatedAt !== undefined) report.truncatedAt = result.truncatedAt;
  return report;
}

export default defineBackground(() => {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && PROFILE_KEY in changes) profileState = null;
  });

  browser.runtime.onConnect.addListener((port) => {
    // Only this extension's own content scripts may talk to the engine.
    if (port.name !== PORT_NAME || port.sender?.id !== browser.runtime.id) {
      port.disconnect();
      return;
    }
    const engines = new Map<string, Engine>();
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
      let engine = engines.get(message.box);
      if (engine) engines.delete(message.box);
      else if (engines.size >= MAX_ENGINES_PER_PORT) engines.delete(engines.keys().next().value as string);
      engine ??= createEngine();
      engines.set(message.box, engine); // re-inserted: the map's order is least recently used first
      const state = await loadProfile();
      try {
        post(answer(engine, message, state));
      } catch (error) {
        post({ type: 'failure', box: message.box, seq: message.seq, error: error instanceof Error ? error.message : String(error) });
      }
    });
    port.onDisconnect.addListener(() => engines.clear());
  });

  // Compile the lexicons now, so the first real draft after a cold start is answered quickly.
  createEngine().check('warm up', { site: 'other', kind: 'post', account: 'personal' });
});
