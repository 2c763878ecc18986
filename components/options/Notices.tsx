// The banner for stored data Tact could not read: what it was, that defaults are in use, and where the
// copy of the original is kept, so nothing the person had is silently gone.
import type { Lang } from '../../rules/types';
import type { StorageNotice } from '../../utils/storage';
import { t } from '../locales/options';

function what(lang: Lang, key: string): string {
  if (key === 'settings') return t(lang, 'noticeSettings');
  if (key === 'profile') return t(lang, 'noticeProfile');
  return t(lang, 'noticeOther', { key });
}

// The storage layer words its problems for the log ("unusable fields: gate"); the banner says them in the
// interface's language, keeping the field names as they are.
function problem(lang: Lang, text: string): string {
  const fields = /^unusable fields: (.*)$/.exec(text)?.[1];
  if (fields !== undefined) return t(lang, 'problemFields', { fields });
  if (text === 'not an object Tact can read') return t(lang, 'problemUnreadable');
  return text;
}

function when(lang: Lang, at: string): string {
  const date = new Date(at);
  return Number.isNaN(date.getTime()) ? at : date.toLocaleString(lang);
}

export function Notices({ notices, lang, onDismiss }: { notices: StorageNotice[]; lang: Lang; onDismiss: () => void }) {
  if (!notices.length) return null;
  return (
    <section class="notices" aria-labelledby="notices-title" data-notices>
      <h2 id="notices-title">{t(lang, 'noticesTitle')}</h2>
      <ul>
        {notices.map((notice) => (
          <li key={notice.backupKey}>
            {t(lang, 'noticeItem', { what: what(lang, notice.key), problem: problem(lang, notice.problem), date: when(lang, notice.at) })}{' '}
            {t(lang, 'noticeCopy')} <code>{notice.backupKey}</code>
          </li>
        ))}
      </ul>
      <p class="hint">{t(lang, 'noticesHint')}</p>
      <button type="button" class="button" onClick={onDismiss}>
        {t(lang, 'dismissNotices')}
      </button>
    </section>
  );
}
