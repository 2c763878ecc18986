// The options page: the brand profile, the settings, the enterprise policy's locks and the notices about
// stored data that could not be read. Everything is read from and written to the persisted stores, so a
// change here reaches open sidebars and the worker through storage change events.
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import {
  NO_POLICY,
  NOTICES_KEY,
  clearNotices,
  createProfileStore,
  createSettingsStore,
  effectiveSettings,
  hydrated,
  readNotices,
  readPolicy,
  type ChangeListener,
  type Policy,
  type StorageLike,
  type StorageNotice,
} from '../../utils/storage';
import { chosenLanguage } from '../i18n';
import { t } from '../locales/options';
import { AccountSettings, GeneralSettings } from './GeneralSettings';
import { ManagedProfile } from './ManagedProfile';
import { Notices } from './Notices';
import { PracticeSettings } from './PracticeSettings';
import { ProfileEditor } from './ProfileEditor';
import { useStoreState } from './use-store';

export interface OptionsPageProps {
  storage: StorageLike;
  /** The browser's interface language (browser.i18n.getUILanguage()), used when the person chose none. */
  browserLanguage?: string;
}

export function OptionsPage({ storage, browserLanguage }: OptionsPageProps) {
  const [stores] = useState(() => ({ settings: createSettingsStore(storage), profile: createProfileStore(storage) }));
  const local = useStoreState(stores.settings);
  const { profile: savedProfile, setProfile, storageProblem: profileProblem } = useStoreState(stores.profile);
  const storageProblem = local.storageProblem ?? profileProblem;
  const [policy, setPolicy] = useState<Policy>(NO_POLICY);
  const [notices, setNotices] = useState<StorageNotice[]>([]);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    let live = true;
    const refreshNotices = () => readNotices(storage).then((list) => live && setNotices(list));
    const refreshPolicy = () => readPolicy(storage).then((p) => live && setPolicy(p));
    // Notices may be written while the stores hydrate (damaged data found), and the policy may change.
    const listener: ChangeListener = (changes, area) => {
      if (area === 'managed') void refreshPolicy();
      else if (area === 'local' && NOTICES_KEY in changes) void refreshNotices();
    };
    storage.onChanged.addListener(listener);
    void Promise.all([hydrated(stores.settings), hydrated(stores.profile), refreshPolicy(), refreshNotices()]).then(() => live && setReady(true));
    return () => {
      live = false;
      storage.onChanged.removeListener(listener);
    };
  }, [storage, stores]);

  const settings = effectiveSettings(local, policy);
  const lang = chosenLanguage(settings.locale, browserLanguage);

  // The document's language follows at once, for screen readers' pronunciation.
  useLayoutEffect(() => {
    document.documentElement.lang = lang;
    document.title = t(lang, 'pageTitle');
  }, [lang]);

  const update = local.update;
  const dismiss = () => {
    setNotices([]);
    void clearNotices(storage);
    document.getElementById('options-title')?.focus();
  };

  return (
    <main class="options" lang={lang} aria-busy={ready ? undefined : true}>
      <header class="page-head">
        <h1 id="options-title" tabIndex={-1}>
          {t(lang, 'pageTitle')}
        </h1>
        <p class="lead">{t(lang, 'pageLead')}</p>
      </header>
      {!ready ? (
        <p class="loading">{t(lang, 'loading')}</p>
      ) : (
        <>
          {storageProblem && (
            <p class="notices storage-problem" role="alert" data-storage-problem>
              {t(lang, 'storageProblem', { problem: storageProblem })}
            </p>
          )}
          <Notices notices={notices} lang={lang} onDismiss={dismiss} />
          <section class="card" aria-labelledby="profile-title" data-section="profile">
            <h2 id="profile-title">{t(lang, 'profileTitle')}</h2>
            <p class="lead">{t(lang, 'profileLead')}</p>
            {policy.profile !== undefined ? (
              <ManagedProfile lang={lang} managed={policy.profile} />
            ) : (
              <ProfileEditor lang={lang} saved={savedProfile} onSave={setProfile} />
            )}
          </section>
          <section class="card" aria-labelledby="settings-title" data-section="settings">
            <h2 id="settings-title">{t(lang, 'settingsTitle')}</h2>
            <p class="lead">{t(lang, 'settingsLead')}</p>
            <GeneralSettings lang={lang} settings={settings} locked={policy.locked} update={update} />
            <AccountSettings lang={lang} settings={settings} locked={policy.locked} update={update} />
            <PracticeSettings lang={lang} settings={settings} locked={policy.locked} update={update} />
          </section>
          <footer class="page-foot">
            <p>{t(lang, 'privacy')}</p>
            <p>{t(lang, 'credit')}</p>
          </footer>
        </>
      )}
    </main>
  );
}
