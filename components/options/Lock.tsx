// The mark of a setting an administrator fixed through the enterprise policy. Controls it covers are
// disabled and point to it with aria-describedby, so a screen reader says why they cannot be changed.
import type { Lang } from '../../rules/types';
import { t } from '../locales/options';

export function LockNote({ id, lang }: { id: string; lang: Lang }) {
  return (
    <span class="locked" id={id}>
      <svg class="lock-icon" viewBox="0 0 16 16" width="14" height="14" role="img" aria-label={t(lang, 'lockIcon')} focusable="false">
        <path d="M5 7V5a3 3 0 0 1 6 0v2h.5A1.5 1.5 0 0 1 13 8.5v5a1.5 1.5 0 0 1-1.5 1.5h-7A1.5 1.5 0 0 1 3 13.5v-5A1.5 1.5 0 0 1 4.5 7H5Zm1.5 0h3V5a1.5 1.5 0 0 0-3 0v2Z" fill="currentColor" />
      </svg>
      {t(lang, 'locked')}
    </span>
  );
}

/** Space-separated ids for aria-describedby, or undefined when there is none. */
export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  const list = ids.filter((id): id is string => Boolean(id));
  return list.length ? list.join(' ') : undefined;
}
