// Paste mode: any text (an email, an Instagram caption) with its context, checked by the same worker as the
// compose boxes. Shown when the tab has no draft, or on request.
import { useEffect, useRef } from 'preact/hooks';
import type { Account, Kind, Lang, Site } from '../../rules/types';
import type { DraftInput } from '../../utils/protocol';
import { t } from '../locales/popup';

const SITES: readonly Site[] = ['x', 'linkedin', 'facebook', 'other'];
const KINDS: readonly Kind[] = ['post', 'reply'];
const ACCOUNTS: readonly Account[] = ['personal', 'brand'];

interface Props {
  value: DraftInput;
  lang: Lang;
  /** The tab has no draft: say why the form is shown. */
  noTabDraft: boolean;
  onChange(value: DraftInput): void;
  onSubmit(): void;
  onBackToTab?: () => void;
}

export function PasteForm({ value, lang, noTabDraft, onChange, onSubmit, onBackToTab }: Props) {
  const text = useRef<HTMLTextAreaElement>(null);
  useEffect(() => text.current?.focus(), []);
  const set = (patch: Partial<DraftInput>) => onChange({ ...value, ...patch });
  const submit = (event: Event) => {
    event.preventDefault();
    if (value.draft.trim()) onSubmit();
  };
  return (
    <form class="paste" aria-labelledby="paste-title" onSubmit={submit}>
      <h2 id="paste-title" class="paste-title">
        {t(lang, 'pasteTitle')}
      </h2>
      {noTabDraft && <p class="paste-intro">{t(lang, 'pasteIntro')}</p>}
      <label class="field">
        <span class="field-label">{t(lang, 'pasteLabel')}</span>
        <textarea
          ref={text}
          class="paste-text"
          rows={6}
          value={value.draft}
          placeholder={t(lang, 'pastePlaceholder')}
          onInput={(event) => set({ draft: (event.currentTarget as HTMLTextAreaElement).value })}
        />
      </label>
      <div class="selects">
        <label class="field">
          <span class="field-label">{t(lang, 'siteLabel')}</span>
          <select name="site" value={value.site} onChange={(event) => set({ site: (event.currentTarget as HTMLSelectElement).value as Site })}>
            {SITES.map((site) => (
              <option key={site} value={site}>
                {t(lang, `site_${site}`)}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span class="field-label">{t(lang, 'kindLabel')}</span>
          <select name="kind" value={value.kind} onChange={(event) => set({ kind: (event.currentTarget as HTMLSelectElement).value as Kind })}>
            {KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(lang, `kind_${kind}`)}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span class="field-label">{t(lang, 'accountLabel')}</span>
          <select name="account" value={value.account} onChange={(event) => set({ account: (event.currentTarget as HTMLSelectElement).value as Account })}>
            {ACCOUNTS.map((account) => (
              <option key={account} value={account}>
                {t(lang, `accountOption_${account}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {/* The post replied to matters only for a reply (an apology owed, the tone of the thread). */}
      {value.kind === 'reply' && (
        <label class="field">
          <span class="field-label">{t(lang, 'parentLabel')}</span>
          <textarea class="paste-parent" rows={3} value={value.parent ?? ''} onInput={(event) => set({ parent: (event.currentTarget as HTMLTextAreaElement).value })} />
        </label>
      )}
      <div class="actions">
        <button type="submit" class="primary" disabled={!value.draft.trim()}>
          {t(lang, 'check')}
        </button>
        {onBackToTab && (
          <button type="button" class="link" onClick={onBackToTab}>
            {t(lang, 'backToTab')}
          </button>
        )}
      </div>
    </form>
  );
}
