// Interface language, the debounce, the pre-send gate and the account per site. Each change is saved at
// once; a setting the administrator locked is shown disabled with the lock note.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Account, Lang, Site } from '../../rules/types';
import type { LocaleChoice, Lockable, Settings } from '../../utils/storage';
import { t, type OptionsKey } from '../locales/options';
import { LockNote, describedBy } from './Lock';
import { DEBOUNCE_MAX, DEBOUNCE_MIN, parseDebounce } from './settings-form';

export interface SettingsProps {
  lang: Lang;
  /** The settings in force (the policy's locked values included). */
  settings: Settings;
  locked: ReadonlySet<Lockable>;
  update: (patch: Partial<Settings>) => void;
}

// Each language is named in itself, as language menus do.
const LOCALES: [LocaleChoice, OptionsKey][] = [
  ['auto', 'localeAuto'],
  ['en', 'localeEn'],
  ['fr', 'localeFr'],
];

function DebounceField({ lang, settings, locked, update }: SettingsProps) {
  const [text, setText] = useState(String(settings.debounceMs));
  const input = useRef<HTMLInputElement>(null);
  // Follow a value changed elsewhere (another tab, the policy), but never rewrite what the person is typing:
  // the store re-reads storage after each of our own writes, and an older value may come back for a moment.
  useEffect(() => {
    if (document.activeElement !== input.current) setText(String(settings.debounceMs));
  }, [settings.debounceMs]);
  const isLocked = locked.has('debounceMs');
  const invalid = parseDebounce(text) === null;
  return (
    <div class={`field${invalid ? ' invalid' : ''}`}>
      <label for="settings-debounce">{t(lang, 'debounce')}</label>
      <div class="with-unit">
        <input
          ref={input}
          id="settings-debounce"
          type="number"
          inputMode="numeric"
          min={DEBOUNCE_MIN}
          max={DEBOUNCE_MAX}
          step={10}
          value={text}
          disabled={isLocked}
          aria-invalid={invalid ? true : undefined}
          aria-describedby={describedBy('settings-debounce-hint', invalid && 'settings-debounce-error', isLocked && 'settings-debounce-lock')}
          onInput={(event) => setText(event.currentTarget.value)}
          // Saved when the value is committed (arrows, Enter, leaving the field), not at every keystroke:
          // typing 400 would otherwise store 4, then 40, each reaching every open tab.
          onChange={(event) => {
            const value = parseDebounce(event.currentTarget.value);
            if (value !== null && value !== settings.debounceMs) update({ debounceMs: value });
          }}
        />
        <span class="unit">{t(lang, 'ms')}</span>
        {isLocked && <LockNote id="settings-debounce-lock" lang={lang} />}
      </div>
      <p class="hint" id="settings-debounce-hint">
        {t(lang, 'debounceHint', { min: DEBOUNCE_MIN, max: DEBOUNCE_MAX })}
      </p>
      {invalid && (
        <p class="error" id="settings-debounce-error">
          {t(lang, 'debounceError', { min: DEBOUNCE_MIN, max: DEBOUNCE_MAX })}
        </p>
      )}
    </div>
  );
}

export function GeneralSettings(props: SettingsProps) {
  const { lang, settings, locked, update } = props;
  const localeLocked = locked.has('locale');
  const gateLocked = locked.has('gate');
  return (
    <fieldset class="group" data-settings="general">
      <legend>{t(lang, 'general')}</legend>
      <div class="field">
        <label for="settings-locale">{t(lang, 'locale')}</label>
        <div class="with-unit">
          <select
            id="settings-locale"
            value={settings.locale}
            disabled={localeLocked}
            aria-describedby={describedBy('settings-locale-hint', localeLocked && 'settings-locale-lock')}
            onChange={(event) => update({ locale: event.currentTarget.value as LocaleChoice })}
          >
            {LOCALES.map(([value, key]) => (
              <option key={value} value={value} lang={value === 'auto' ? undefined : value}>
                {t(lang, key)}
              </option>
            ))}
          </select>
          {localeLocked && <LockNote id="settings-locale-lock" lang={lang} />}
        </div>
        <p class="hint" id="settings-locale-hint">
          {t(lang, 'localeHint')}
        </p>
      </div>
      <DebounceField {...props} />
      <div class="field check">
        <input
          id="settings-gate"
          type="checkbox"
          role="switch"
          checked={settings.gate}
          disabled={gateLocked}
          aria-describedby={describedBy('settings-gate-hint', gateLocked && 'settings-gate-lock')}
          onChange={(event) => update({ gate: event.currentTarget.checked })}
        />
        <div>
          <label for="settings-gate">{t(lang, 'gate')}</label>
          {gateLocked && <LockNote id="settings-gate-lock" lang={lang} />}
          <p class="hint" id="settings-gate-hint">
            {t(lang, 'gateHint')}
          </p>
        </div>
      </div>
    </fieldset>
  );
}

const SITES: [Exclude<Site, 'other'>, OptionsKey][] = [
  ['x', 'siteX'],
  ['linkedin', 'siteLinkedin'],
  ['facebook', 'siteFacebook'],
];

export function AccountSettings({ lang, settings, locked, update }: SettingsProps) {
  const isLocked = locked.has('accounts');
  return (
    <fieldset class="group" data-settings="accounts" aria-describedby={describedBy('settings-accounts-hint', isLocked && 'settings-accounts-lock')}>
      <legend>
        {t(lang, 'accounts')}
        {isLocked && <LockNote id="settings-accounts-lock" lang={lang} />}
      </legend>
      <p class="hint" id="settings-accounts-hint">
        {t(lang, 'accountsHint')}
      </p>
      <div class="accounts">
        {SITES.map(([site, key]) => (
          <div class="field" key={site}>
            <label for={`settings-account-${site}`}>{t(lang, key)}</label>
            <select
              id={`settings-account-${site}`}
              value={settings.accounts[site] ?? 'personal'}
              disabled={isLocked}
              aria-describedby={describedBy(isLocked && 'settings-accounts-lock')}
              onChange={(event) => update({ accounts: { ...settings.accounts, [site]: event.currentTarget.value as Account } })}
            >
              <option value="personal">{t(lang, 'personal')}</option>
              <option value="brand">{t(lang, 'brandAccount')}</option>
            </select>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
