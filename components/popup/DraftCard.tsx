// The draft under review: where it comes from, its context (site, post or reply, account), its first lines and
// the post it replies to, with the way to another text.
import type { Lang } from '../../rules/types';
import type { DraftInput } from '../../utils/protocol';
import { t } from '../locales/popup';
import { contextLine } from './checklist';

interface Props {
  input: DraftInput;
  /** The tab's draft, or a pasted text. */
  fromTab: boolean;
  /** A tab draft exists to go back to (when showing a pasted text). */
  hasTabDraft: boolean;
  lang: Lang;
  onPaste(): void;
  onBackToTab(): void;
}

export function DraftCard({ input, fromTab, hasTabDraft, lang, onPaste, onBackToTab }: Props) {
  return (
    <section class="draft" aria-labelledby="draft-title">
      <div class="draft-head">
        <h2 id="draft-title" class="draft-title">
          {t(lang, fromTab ? 'draftFromTab' : 'draftPasted')}
        </h2>
        <span class="context">{contextLine(input, lang)}</span>
      </div>
      {/* The first lines only (clamped by CSS): the whole text is in the compose box, or in the paste form. */}
      <blockquote class="draft-text">{input.draft.trim()}</blockquote>
      {input.parent?.trim() && (
        <p class="parent">
          <span class="parent-label">{t(lang, 'replyingTo')}</span> <q>{input.parent.trim()}</q>
        </p>
      )}
      <div class="draft-actions">
        <button type="button" class="link" onClick={onPaste}>
          {t(lang, fromTab ? 'checkAnother' : 'editText')}
        </button>
        {!fromTab && hasTabDraft && (
          <button type="button" class="link" onClick={onBackToTab}>
            {t(lang, 'backToTab')}
          </button>
        )}
      </div>
    </section>
  );
}
