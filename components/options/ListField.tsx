// One list of the brand profile (aliases, competitors…): its terms with a remove button each, and an input
// to add one (Add or Enter). A term already in the list, empty or too long is refused with a message.
import { useRef, useState } from 'preact/hooks';
import type { Lang } from '../../rules/types';
import { t } from '../locales/options';
import { describedBy } from './Lock';
import { addRefusal, addTerm, shown } from './profile-form';

export interface ListFieldProps {
  id: string;
  lang: Lang;
  label: string;
  hint: string;
  items: readonly unknown[];
  onChange: (items: unknown[]) => void;
  /** The field's validation message, if any. */
  error?: string;
  /** Index of the item the error is about, marked in the list. */
  errorIndex?: number;
}

export function ListField({ id, lang, label, hint, items, onChange, error, errorIndex }: ListFieldProps) {
  const [draft, setDraft] = useState('');
  const [refusal, setRefusal] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const hintId = `${id}-hint`;
  const refusalId = `${id}-refusal`;
  const errorId = `${id}-error`;

  const add = () => {
    const result = addTerm(items, draft);
    if (!result.ok) {
      setRefusal(addRefusal(lang, result.reason, draft));
      return;
    }
    onChange(result.list);
    setDraft('');
    setRefusal('');
  };

  const remove = (index: number) => {
    onChange(items.filter((_, i) => i !== index));
    setRefusal('');
    // Focus goes to the term that took its place, else the previous one, else the input: never lost.
    requestAnimationFrame(() => {
      const buttons = list.current?.querySelectorAll<HTMLButtonElement>('button.remove');
      const next = buttons?.[Math.min(index, buttons.length - 1)];
      (next ?? input.current)?.focus();
    });
  };

  return (
    <fieldset class={`list-field${error ? ' invalid' : ''}`} data-field={id} aria-describedby={describedBy(hintId, error && errorId)}>
      <legend>{label}</legend>
      <p class="hint" id={hintId}>
        {hint}
      </p>
      {items.length ? (
        <ul class="terms" ref={list} aria-label={t(lang, 'termsOf', { field: label })}>
          {items.map((item, index) => (
            <li key={`${index}:${shown(item)}`} class={`term${index === errorIndex ? ' invalid' : ''}`}>
              <span class="term-text">{shown(item)}</span>
              <button type="button" class="remove" aria-label={t(lang, 'removeTerm', { term: shown(item) })} onClick={() => remove(index)}>
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="empty">{t(lang, 'noTerms')}</p>
      )}
      <div class="add-row">
        <input
          ref={input}
          id={`${id}-input`}
          type="text"
          value={draft}
          maxLength={200}
          aria-label={t(lang, 'addTo', { field: label })}
          placeholder={t(lang, 'addPlaceholder')}
          aria-invalid={refusal ? true : undefined}
          aria-describedby={describedBy(hintId, refusal && refusalId, error && errorId)}
          onInput={(event) => {
            setDraft(event.currentTarget.value);
            if (refusal) setRefusal('');
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault(); // a term, not a submit of the whole form
              add();
            }
          }}
        />
        <button type="button" class="button" onClick={add}>
          {t(lang, 'add')}
        </button>
      </div>
      {refusal && (
        <p class="refusal" id={refusalId} role="alert">
          {refusal}
        </p>
      )}
      {error && (
        <p class="error" id={errorId}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
