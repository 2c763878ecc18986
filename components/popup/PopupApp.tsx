// The popup: the last look before sending. It opens on the draft of the compose box last used in the active
// tab (or a text pasted into it), asks the background worker for the findings and the 25 practices, and shows
// them as a checklist the person works through. Ticks are kept per draft for 24 hours ("Clear saved reviews" forgets
// them all); "Copy review" gives a Markdown summary.
// Everything that touches the browser comes through `api` and `storage`, so the tests run it with fakes.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Lang } from '../../rules/types';
import type { ChecklistReport, DraftInput } from '../../utils/protocol';
import { createSettingsStore, effectiveSettings, hydrated, NO_POLICY, readPolicy, type Policy, type StorageLike } from '../../utils/storage';
import { chosenLanguage } from '../i18n';
import { t } from '../locales/popup';
import { Checklist } from './Checklist';
import { classify, progress, reviewKey, statusText, summary } from './checklist';
import { DraftCard } from './DraftCard';
import { PasteForm } from './PasteForm';
import { checkedOf, createChecklistStore, useStoreState } from './store';

export interface PopupApi {
  /** The draft of the compose box last used in the active tab, or null (no box, or no content script there). */
  currentDraft(): Promise<{ tabId: number; draft: DraftInput } | null>;
  /** The worker's checklist report for a draft, in `locale`. */
  check(input: DraftInput, locale: Lang): Promise<ChecklistReport>;
  /** Puts text on the clipboard. */
  copy(text: string): Promise<void>;
}

interface Props {
  api: PopupApi;
  storage: StorageLike;
  /** The browser's interface language (browser.i18n.getUILanguage()), used when the settings say "automatic". */
  browserLanguage?: string;
  /** The clock, for the summary's date and the saved reviews' age. */
  now?: () => Date;
}

/** What is under review: the tab's draft or a pasted text. */
interface Subject {
  source: number | 'paste';
  input: DraftInput;
}

type Phase = 'starting' | 'paste' | 'review';
type Copy = { state: 'idle' } | { state: 'copied' } | { state: 'failed'; error: string };

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The pasted form as a request: the parent only for a reply, and only when given. */
function normalise(input: DraftInput): DraftInput {
  const { parent, ...rest } = input;
  return input.kind === 'reply' && parent?.trim() ? { ...rest, parent } : rest;
}

export function PopupApp({ api, storage, browserLanguage = typeof navigator === 'undefined' ? undefined : navigator.language, now = () => new Date() }: Props) {
  const stores = useMemo(() => ({ settings: createSettingsStore(storage), checklists: createChecklistStore(storage, () => now().getTime()) }), [storage]);
  const settingsState = useStoreState(stores.settings);
  const checklistState = useStoreState(stores.checklists);
  const [policy, setPolicy] = useState<Policy>(NO_POLICY);
  const settings = effectiveSettings(settingsState, policy);
  const lang = chosenLanguage(settings.locale, browserLanguage);

  const [phase, setPhase] = useState<Phase>('starting');
  const [tabDraft, setTabDraft] = useState<Subject | null>(null);
  const [subject, setSubject] = useState<Subject | null>(null);
  const [pasted, setPasted] = useState<DraftInput>({ draft: '', site: 'other', kind: 'post', account: 'personal' });
  // The worker's answer, with what it answers: one for another subject or language is never shown, not even
  // for the frame before the next check starts.
  const [answer, setAnswer] = useState<{ subject: Subject; lang: Lang; report?: ChecklistReport; error?: string } | null>(null);
  const [copy, setCopy] = useState<Copy>({ state: 'idle' });
  const [attempt, setAttempt] = useState(0);
  const [cleared, setCleared] = useState(false);
  const copyTimer = useRef<ReturnType<typeof setTimeout>>();

  // Start: settings, policy, saved ticks and the tab's draft together; nothing is shown before all four are in
  // (the language and the ticks must be right on first paint). A tab without a content script (a browser page,
  // a site Tact does not run on) simply has no draft: paste mode.
  useEffect(() => {
    let live = true;
    void (async () => {
      const [read, found] = await Promise.all([
        readPolicy(storage),
        api.currentDraft().catch(() => null),
        hydrated(stores.settings),
        hydrated(stores.checklists),
      ]);
      if (!live) return;
      setPolicy(read);
      // A pasted text starts as written from the account the person set for "other" sites.
      const account = effectiveSettings(stores.settings.getState(), read).accounts.other;
      if (account) setPasted((p) => ({ ...p, account }));
      if (found && found.draft.draft.trim()) {
        const tab = { source: found.tabId, input: found.draft };
        setTabDraft(tab);
        setSubject(tab);
        setPhase('review');
      } else setPhase('paste');
    })();
    return () => {
      live = false;
    };
  }, [api, storage, stores]);

  // Check the subject, again when the language changes (the worker writes its messages in it). An answer for a
  // subject or language no longer on screen is dropped.
  useEffect(() => {
    if (!subject) return;
    let live = true;
    setAnswer(null);
    api.check(subject.input, lang).then(
      (report) => live && setAnswer({ subject, lang, report }),
      (e: unknown) => live && setAnswer({ subject, lang, error: message(e) }),
    );
    return () => {
      live = false;
    };
  }, [api, subject, lang, attempt]);

  useEffect(() => () => clearTimeout(copyTimer.current), []);

  const current = answer && answer.subject === subject && answer.lang === lang ? answer : null;
  const report = current?.report ?? null;
  const error = current?.error ?? null;
  const key = subject ? reviewKey(subject.source, subject.input) : null;
  const checked = checkedOf(checklistState, key);
  const items = useMemo(() => (report ? classify(report) : []), [report]);
  const p = progress(items, checked);

  const toggle = (practice: number, on: boolean) => {
    setCleared(false);
    if (key) stores.checklists.getState().setChecked(key, practice, on);
  };
  const clearReviews = () => {
    stores.checklists.getState().clear();
    setCleared(true);
  };
  const checkPasted = () => {
    setSubject({ source: 'paste', input: normalise(pasted) });
    setPhase('review');
  };
  const toPaste = () => {
    // "Edit this text" brings the pasted text back; "Check another text" starts from an empty box.
    if (subject?.source !== 'paste') setPasted((current) => ({ ...current, draft: '', parent: '' }));
    setCopy({ state: 'idle' });
    setPhase('paste');
  };
  const backToTab = () => {
    setSubject(tabDraft);
    setCopy({ state: 'idle' });
    setPhase('review');
  };
  const copyReview = async () => {
    if (!subject || !report) return;
    clearTimeout(copyTimer.current);
    try {
      await api.copy(summary({ input: subject.input, items, checked, lang, date: now() }));
      setCopy({ state: 'copied' });
      copyTimer.current = setTimeout(() => setCopy({ state: 'idle' }), 2500);
    } catch (e) {
      setCopy({ state: 'failed', error: message(e) });
    }
  };

  return (
    <main class="popup" lang={lang}>
      <header class="head">
        <h1 class="brand">Tact</h1>
        <p class="subtitle">{t(lang, 'subtitle')}</p>
      </header>

      {phase === 'starting' && <p class="status">{t(lang, 'loading')}</p>}

      {phase === 'paste' && (
        <PasteForm value={pasted} lang={lang} noTabDraft={!tabDraft} onChange={setPasted} onSubmit={checkPasted} onBackToTab={tabDraft ? backToTab : undefined} />
      )}

      {phase === 'review' && subject && (
        <>
          <DraftCard input={subject.input} fromTab={subject.source !== 'paste'} hasTabDraft={!!tabDraft} lang={lang} onPaste={toPaste} onBackToTab={backToTab} />
          {error ? (
            <div class="status error" role="alert">
              <p>{t(lang, 'checkFailed', { error })}</p>
              <button type="button" class="link" onClick={() => setAttempt((n) => n + 1)}>
                {t(lang, 'retry')}
              </button>
            </div>
          ) : !report ? (
            <p class="status" role="status">
              {t(lang, 'loading')}
            </p>
          ) : (
            <>
              <div class={`overview ${p.ready ? 'is-ready' : 'not-ready'}`}>
                <div class="meter" aria-hidden="true">
                  <span style={{ width: `${p.total ? Math.round((100 * p.reviewed) / p.total) : 100}%` }} />
                </div>
                <div class="overview-row">
                  <p class="progress-status" role="status" aria-live="polite" aria-atomic="true" data-ready={p.ready}>
                    <strong class="progress">{t(lang, 'progress', { reviewed: p.reviewed, total: p.total })}</strong>
                    <span class="ready">{statusText(p, lang)}</span>
                  </p>
                  <button type="button" class="copy" onClick={copyReview}>
                    {t(lang, 'copy')}
                  </button>
                </div>
                <p class={`copy-feedback ${copy.state}`} aria-live="polite">
                  {copy.state === 'copied' ? t(lang, 'copied') : copy.state === 'failed' ? t(lang, 'copyFailed', { error: copy.error }) : ''}
                </p>
              </div>
              {report.profileError && <p class="status warn">{t(lang, 'profileError', { error: report.profileError })}</p>}
              <Checklist items={items} checked={checked} draft={subject.input.draft} lang={lang} onToggle={toggle} />
            </>
          )}
        </>
      )}

      <footer class="foot">
        <p>{t(lang, 'privacy')}</p>
        <p class="saved-reviews">
          {t(lang, 'reviewsKept')}{' '}
          <button type="button" class="link clear-reviews" onClick={clearReviews}>
            {t(lang, 'clearReviews')}
          </button>{' '}
          <span class="cleared" aria-live="polite">
            {cleared ? t(lang, 'reviewsCleared') : ''}
          </span>
        </p>
        <p>{t(lang, 'credit')}</p>
      </footer>
    </main>
  );
}
