// The 25 practices as a checklist: one section per group (flagged, your call, clear, off), each a heading and a
// list. Flagged items show their findings and a "Reviewed" box; "your call" items are ticked by the person.
import type { Lang } from '../../rules/types';
import type { ShownFinding } from '../../utils/protocol';
import { t } from '../locales/popup';
import { GROUPS, wordsOf, type ChecklistItem, type Group } from './checklist';

interface Props {
  items: readonly ChecklistItem[];
  checked: ReadonlySet<number>;
  draft: string;
  lang: Lang;
  onToggle(practice: number, checked: boolean): void;
}

export function Checklist({ items, checked, draft, lang, onToggle }: Props) {
  return (
    <div class="checklist">
      {GROUPS.map((group) => {
        const members = items.filter((item) => item.group === group);
        if (members.length === 0) return null;
        const heading = `group-${group}`;
        return (
          <section class={`group group-${group}`} key={group} aria-labelledby={heading} data-group={group}>
            <h2 id={heading} class="group-title">
              {t(lang, `group_${group}`)} <span class="group-count">{members.length}</span>
            </h2>
            <p class="group-help">{t(lang, `groupHelp_${group}`)}</p>
            <ul class="items">
              {members.map((item) => (
                <Item key={item.practice.number} item={item} checked={checked.has(item.practice.number)} draft={draft} lang={lang} onToggle={onToggle} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

type ItemProps = { item: ChecklistItem; checked: boolean; draft: string; lang: Lang; onToggle: Props['onToggle'] };

function Item({ item, checked, draft, lang, onToggle }: ItemProps) {
  const { number, title, statement } = item.practice;
  const group: Group = item.group;
  const toggle = (event: Event) => onToggle(number, (event.currentTarget as HTMLInputElement).checked);
  const classes = ['item', `item-${group}`, item.worst ? `severity-${item.worst}` : '', checked ? 'is-checked' : ''].filter(Boolean).join(' ');
  const head = (
    <>
      <span class="number">{number}</span>
      <span class="title">{title}</span>
    </>
  );
  return (
    <li class={classes} data-practice={number} data-group={group} title={statement}>
      {group === 'yourCall' ? (
        // The whole line is the label: a click anywhere on it ticks the box.
        <label class="item-head tick">
          <input type="checkbox" checked={checked} onChange={toggle} />
          {head}
        </label>
      ) : (
        <div class="item-head">
          {group === 'clear' && (
            <span class="mark" role="img" aria-label={t(lang, 'clearMark')} title={t(lang, 'clearMark')}>
              ✓
            </span>
          )}
          {head}
          {group === 'flagged' && item.worst && <span class={`severity severity-${item.worst}`}>{t(lang, `severity_${item.worst}`)}</span>}
        </div>
      )}
      {group === 'yourCall' && <p class="statement">{statement}</p>}
      {item.findings.length > 0 && (
        <ul class="findings">
          {item.findings.map((finding, i) => (
            <Finding key={`${finding.rule}@${finding.start ?? i}`} finding={finding} draft={draft} lang={lang} />
          ))}
        </ul>
      )}
      {group === 'flagged' && (
        <label class="reviewed">
          <input type="checkbox" checked={checked} onChange={toggle} aria-label={t(lang, 'reviewedLabel', { title })} />
          {t(lang, 'reviewed')}
        </label>
      )}
    </li>
  );
}

function Finding({ finding, draft, lang }: { finding: ShownFinding; draft: string; lang: Lang }) {
  const words = wordsOf(draft, finding);
  return (
    <li class={`finding severity-${finding.severity}`} data-severity={finding.severity} data-rule={finding.rule}>
      <div class="finding-head">
        <span class={`severity severity-${finding.severity}`}>{t(lang, `severity_${finding.severity}`)}</span>
        {words && (
          <q class="words" title={t(lang, 'words')}>
            {words.length > 60 ? `${words.slice(0, 57)}…` : words}
          </q>
        )}
      </div>
      <p class="why">
        <span class="visually-hidden">{t(lang, 'why')}: </span>
        {finding.message}
      </p>
      {finding.suggestion && (
        <p class="instead">
          <strong>{t(lang, 'instead')}</strong> {finding.suggestion}
        </p>
      )}
    </li>
  );
}
