// The brand profile editor: the brand's name, its lists of terms, its voice; Save (refused while a field is
// invalid), Import and Export as JSON. The same schema as the CLI's --profile, validated by the same code.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Lang, Profile } from '../../rules/types';
import { t } from '../locales/options';
import { download } from './download';
import { choiceLabel, listHint, listLabel, voiceLabel } from './fields';
import { ListField } from './ListField';
import { describedBy } from './Lock';
import {
  EXPORT_FILE_NAME,
  LIST_FIELDS,
  VOICE_CHOICES,
  VOICE_FIELDS,
  errorText,
  exportProfile,
  formOf,
  importProfile,
  importRefusal,
  loadForm,
  shown,
  validate,
  type FieldError,
  type FormField,
  type ProfileForm,
} from './profile-form';

// Kept as a function of the language, so a message on screen follows a change of language.
type Status = { tone: 'ok' | 'error'; text: (lang: Lang) => string } | null;

/** The control to focus for a field with an error. */
function controlId(field: FormField): string {
  if (field === 'brand') return 'profile-brand';
  if (field === 'profile') return 'profile-brand';
  if (field === 'voice') return 'profile-voice-formality';
  if (field.startsWith('voice.')) return `profile-voice-${field.slice('voice.'.length)}`;
  return `profile-${field}-input`;
}

const FIELD_ORDER: FormField[] = ['profile', 'brand', ...LIST_FIELDS, 'voice', 'voice.formality', 'voice.emoji', 'voice.person'];

export interface ProfileEditorProps {
  lang: Lang;
  /** The profile as saved (may fail validation: it is then shown with its error). */
  saved: unknown | null;
  onSave: (profile: Profile) => void;
}

export function ProfileEditor({ lang, saved, onSave }: ProfileEditorProps) {
  const initial = useRef(loadForm(saved));
  const [form, setForm] = useState<ProfileForm>(initial.current.form);
  const [loadError, setLoadError] = useState<FieldError | null>(initial.current.error);
  // Messages show from the start for a saved profile that fails, else once Save or Export was tried.
  const [showErrors, setShowErrors] = useState(Boolean(initial.current.error));
  const [dirty, setDirty] = useState(false);
  const [status, setStatus] = useState<Status>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  // Another tab or the policy changed the saved profile: follow it, unless the person is editing.
  const lastSaved = useRef(saved);
  useEffect(() => {
    if (saved === lastSaved.current) return;
    lastSaved.current = saved;
    if (dirty) return;
    const loaded = loadForm(saved);
    setForm(loaded.form);
    setLoadError(loaded.error);
    setShowErrors(Boolean(loaded.error));
  }, [saved, dirty]);

  const { profile, errors } = validate(form);
  const shownErrors = showErrors ? errors : {};
  const messageOf = (field: FormField) => {
    const error = shownErrors[field];
    return error ? errorText(lang, error) : undefined;
  };

  const change = (next: ProfileForm) => {
    setForm(next);
    setDirty(true);
    setStatus({ tone: 'ok', text: (l) => t(l, 'unsaved') });
  };

  const refuse = (text: (lang: Lang) => string) => {
    setShowErrors(true);
    setStatus({ tone: 'error', text });
    const first = FIELD_ORDER.find((field) => errors[field]);
    if (first) document.getElementById(controlId(first))?.focus();
  };

  const save = (event: Event) => {
    event.preventDefault();
    if (!profile) return refuse((l) => t(l, 'saveRefused'));
    lastSaved.current = profile;
    onSave(profile);
    setForm(formOf(profile));
    setLoadError(null);
    setShowErrors(false);
    setDirty(false);
    setStatus({ tone: 'ok', text: (l) => t(l, 'saved') });
  };

  const exportFile = () => {
    if (!profile) return refuse((l) => t(l, 'exportRefused'));
    download(exportProfile(profile), EXPORT_FILE_NAME);
    setStatus({ tone: 'ok', text: (l) => t(l, 'exported', { file: EXPORT_FILE_NAME }) });
  };

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = ''; // the same file can be picked again after fixing it
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch {
      setStatus({ tone: 'error', text: (l) => t(l, 'importUnreadable') });
      return;
    }
    const result = importProfile(text);
    if (!result.ok) {
      setStatus({ tone: 'error', text: (l) => importRefusal(l, result) });
      return;
    }
    setForm(formOf(result.profile));
    setLoadError(null);
    setShowErrors(false);
    setDirty(true);
    setStatus({ tone: 'ok', text: (l) => t(l, 'imported', { file: file.name }) });
  };

  const brandError = messageOf('brand');
  const formError = messageOf('profile');
  return (
    <form class="profile-form" onSubmit={save} noValidate>
      {loadError && (
        <p class="warning" id="profile-load-error">
          {t(lang, 'savedInvalid', { field: loadError.path, problem: errorText(lang, loadError) })}
        </p>
      )}
      {formError && !loadError && <p class="error">{formError}</p>}

      <div class={`field brand${brandError ? ' invalid' : ''}`}>
        <label for="profile-brand">{t(lang, 'brand')}</label>
        <p class="hint" id="profile-brand-hint">
          {t(lang, 'brandHint')}
        </p>
        <input
          id="profile-brand"
          type="text"
          value={form.brand}
          required
          aria-invalid={brandError ? true : undefined}
          aria-describedby={describedBy('profile-brand-hint', brandError && 'profile-brand-error')}
          onInput={(event) => change({ ...form, brand: event.currentTarget.value })}
        />
        {brandError && (
          <p class="error" id="profile-brand-error">
            {brandError}
          </p>
        )}
      </div>

      <div class="lists">
        {LIST_FIELDS.map((field) => (
          <ListField
            key={field}
            id={`profile-${field}`}
            lang={lang}
            label={listLabel(lang, field)}
            hint={listHint(lang, field)}
            items={form.lists[field]}
            error={messageOf(field)}
            errorIndex={shownErrors[field]?.index}
            onChange={(items) => change({ ...form, lists: { ...form.lists, [field]: items } })}
          />
        ))}
      </div>

      <fieldset class="voice" aria-describedby={describedBy('profile-voice-hint', messageOf('voice') && 'profile-voice-error')}>
        <legend>{t(lang, 'voice')}</legend>
        <p class="hint" id="profile-voice-hint">
          {t(lang, 'voiceHint')}
        </p>
        <div class="voice-fields">
          {VOICE_FIELDS.map((key) => {
            const id = `profile-voice-${key}`;
            const value = form.voice[key];
            const choices = VOICE_CHOICES[key] as readonly string[];
            // A saved value the schema does not know stays visible until the person picks another.
            const valid = typeof value === 'string' && choices.includes(value);
            const error = messageOf(`voice.${key}`);
            return (
              <div class={`field${error ? ' invalid' : ''}`} key={key}>
                <label for={id}>{voiceLabel(lang, key)}</label>
                <select
                  id={id}
                  value={valid ? value : ''}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={describedBy(error && `${id}-error`)}
                  onChange={(event) => change({ ...form, voice: { ...form.voice, [key]: event.currentTarget.value } })}
                >
                  {!valid && <option value="">{t(lang, 'invalidChoice', { value: shown(value) })}</option>}
                  {choices.map((choice) => (
                    <option key={choice} value={choice}>
                      {choiceLabel(lang, choice)}
                    </option>
                  ))}
                </select>
                {error && (
                  <p class="error" id={`${id}-error`}>
                    {error}
                  </p>
                )}
              </div>
            );
          })}
        </div>
        {messageOf('voice') && (
          <p class="error" id="profile-voice-error">
            {messageOf('voice')}
          </p>
        )}
      </fieldset>

      <div class="actions">
        <button type="submit" class="button primary">
          {t(lang, 'save')}
        </button>
        <label class="button file-button">
          {t(lang, 'import')}
          <input
            ref={fileInput}
            type="file"
            class="visually-hidden"
            accept=".json,application/json"
            data-import
            onChange={(event) => void importFile(event.currentTarget)}
          />
        </label>
        <button type="button" class="button" onClick={exportFile}>
          {t(lang, 'export')}
        </button>
        <p class={`status${status?.tone === 'ok' ? ' ok' : ''}`} role="status">
          {status?.tone === 'ok' ? status.text(lang) : ''}
        </p>
      </div>
      {status?.tone === 'error' && (
        <p class="status error" role="alert">
          {status.text(lang)}
        </p>
      )}
    </form>
  );
}
