// The pre-send gate: a submit was stopped because risks remain; the person reviews or posts anyway.
import { useEffect, useRef } from 'preact/hooks';
import type { Lang } from '../../rules/types';
import { t } from '../locales/sidebar';
import type { SidebarActions } from './store';

export function Gate({ risks, lang, actions }: { risks: number; lang: Lang; actions: SidebarActions }) {
  const review = useRef<HTMLButtonElement>(null);
  // Focus moves to the safe choice, so Enter pressed again does not post by accident.
  useEffect(() => review.current?.focus(), []);
  return (
    <div class="gate" data-tact-gate role="alertdialog" aria-labelledby="tact-gate-title" aria-describedby="tact-gate-text">
      <p class="gate-title" id="tact-gate-title">
        {t(lang, 'gateTitle')}
      </p>
      <p id="tact-gate-text">{t(lang, risks === 1 ? 'gateText' : 'gateTextMany', { count: risks })}</p>
      <div class="gate-actions">
        <button type="button" ref={review} class="primary" data-tact-action="review" onClick={actions.review}>
          {t(lang, 'review')}
        </button>
        <button type="button" data-tact-action="post-anyway" onClick={actions.postAnyway}>
          {t(lang, 'postAnyway')}
        </button>
      </div>
    </div>
  );
}
