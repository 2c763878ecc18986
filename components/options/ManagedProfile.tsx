// The profile an administrator pushed through the enterprise policy: it replaces the person's own, so the
// editor gives way to a read-only view of it (the person's own profile stays saved, untouched).
import type { Lang } from '../../rules/types';
import { t } from '../locales/options';
import { download } from './download';
import { choiceLabel, listLabel, voiceLabel } from './fields';
import { LockNote } from './Lock';
import { EXPORT_FILE_NAME, LIST_FIELDS, VOICE_FIELDS, errorText, exportProfile, loadForm, shown, validate } from './profile-form';

export function ManagedProfile({ lang, managed }: { lang: Lang; managed: unknown }) {
  const { form, error } = loadForm(managed);
  const { profile } = validate(form);
  return (
    <div class="managed-profile" data-managed-profile>
      <p class="note" id="managed-profile-note">
        <LockNote id="managed-profile-lock" lang={lang} /> {t(lang, 'managedProfile')}
      </p>
      {error && <p class="error">{t(lang, 'managedInvalid', { field: error.path, problem: errorText(lang, error) })}</p>}
      <dl class="readonly">
        <div>
          <dt>{t(lang, 'brand')}</dt>
          <dd>{form.brand}</dd>
        </div>
        {LIST_FIELDS.map((field) => (
          <div key={field}>
            <dt>{listLabel(lang, field)}</dt>
            <dd>
              {form.lists[field].length ? (
                <ul class="terms">
                  {form.lists[field].map((item, index) => (
                    <li class="term" key={index}>
                      <span class="term-text">{shown(item)}</span>
                    </li>
                  ))}
                </ul>
              ) : (
                <span class="empty">{t(lang, 'none')}</span>
              )}
            </dd>
          </div>
        ))}
        {VOICE_FIELDS.map((key) => (
          <div key={key}>
            <dt>{voiceLabel(lang, key)}</dt>
            <dd>{choiceLabel(lang, shown(form.voice[key]))}</dd>
          </div>
        ))}
      </dl>
      {profile && (
        <div class="actions">
          <button type="button" class="button" onClick={() => download(exportProfile(profile), EXPORT_FILE_NAME)}>
            {t(lang, 'export')}
          </button>
        </div>
      )}
    </div>
  );
}
