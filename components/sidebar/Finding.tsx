// One finding: severity, the words that triggered it, why it matters, what to do instead, and Dismiss.
import { Component } from 'preact';
import type { Lang } from '../../rules/types';
import { t } from '../locales/sidebar';
import type { ShownItem, SidebarActions } from './store';

/** Long quotes are cut by characters, never inside an emoji or a surrogate pair. */
function shorten(words: string): string {
  const characters = Array.from(words);
  return characters.length > 60 ? `${characters.slice(0, 57).join('')}…` : words;
}

type Props = { item: ShownItem; lang: Lang; actions: SidebarActions };

/** A new report that keeps a finding (the same item object) does not re-render it. */
export class Finding extends Component<Props> {
  override shouldComponentUpdate(next: Props): boolean {
    return next.item !== this.props.item || next.lang !== this.props.lang || next.actions !== this.props.actions;
  }

  override render() {
    return <FindingView {...this.props} />;
  }
}

function FindingView({ item, lang, actions }: Props) {
  const highlight = () => actions.highlight(item);
  const clear = () => actions.highlight(null);
  return (
    <li
      class={`finding severity-${item.severity}`}
      data-practice={item.practice}
      data-severity={item.severity}
      data-rule={item.rule}
      tabIndex={0}
      onMouseEnter={highlight}
      onMouseLeave={clear}
      onFocus={highlight}
      onBlur={clear}
    >
      <div class="finding-head">
        <span class={`severity severity-${item.severity}`}>{t(lang, `severity_${item.severity}`)}</span>
        {item.words && (
          <q class="words" title={t(lang, 'trigger')}>
            {shorten(item.words)}
          </q>
        )}
      </div>
      <p class="why">
        <span class="visually-hidden">{t(lang, 'why')}: </span>
        {item.message}
      </p>
      {item.suggestion && (
        <p class="instead">
          <strong>{t(lang, 'instead')}</strong> {item.suggestion}
        </p>
      )}
      <button type="button" class="dismiss" aria-label={t(lang, 'dismissLabel', { title: item.title })} onClick={() => actions.dismiss(item.key)}>
        {t(lang, 'dismiss')}
      </button>
    </li>
  );
}
