// The sidebar beside a compose box: findings grouped by practice, the account switch, the pre-send gate;
// collapsed, a badge with the count. Rendered in the shadow root of a <tact-sidebar> host.
import { useLayoutEffect } from 'preact/hooks';
import type { Account, Lang } from '../../rules/types';
import { t } from '../locales/sidebar';
import { Finding } from './Finding';
import { Gate } from './Gate';
import { useSidebarState, visibleItems, type ShownItem, type SidebarActions, type SidebarState, type SidebarStore } from './store';

function groupByPractice(items: ShownItem[]): ShownItem[][] {
  const groups = new Map<number, ShownItem[]>();
  for (const item of items) groups.set(item.practice, [...(groups.get(item.practice) ?? []), item]);
  // Items arrive sorted by severity, so the group of the most serious finding comes first.
  return [...groups.values()];
}

function worstSeverity(items: ShownItem[]): string {
  return items.some((i) => i.severity === 'risk') ? 'risk' : items.some((i) => i.severity === 'warn') ? 'warn' : items.length ? 'info' : 'none';
}

function Status({ state, lang, count }: { state: SidebarState; lang: Lang; count: number }) {
  if (state.retired) {
    return (
      <p class="status error" role="alert">
        {t(lang, 'retired')}
      </p>
    );
  }
  if (state.status === 'error') {
    return (
      <p class="status error" role="alert">
        {t(lang, 'error', { error: state.error ?? '' })} {t(lang, 'reloadHint')}
      </p>
    );
  }
  const checked = state.report?.checked ?? 25;
  if (state.draftEmpty) return <p class="status">{t(lang, 'emptyDraft', { count: checked })}</p>;
  if (state.status === 'checking' && !state.report) return <p class="status">{t(lang, 'checking')}</p>;
  if (count === 0) return <p class="status ok">{t(lang, 'nothingFound', { count: checked })}</p>;
  return null;
}

function AccountSwitch({ account, locked, lang, onChange }: { account: Account; locked: boolean; lang: Lang; onChange: (a: Account) => void }) {
  return (
    <div class="account" role="group" aria-label={t(lang, 'account')} title={t(lang, locked ? 'accountLocked' : 'accountHelp')}>
      <span class="account-label">{t(lang, 'account')}</span>
      {(['personal', 'brand'] as const).map((value) => (
        <button type="button" key={value} class="account-option" aria-pressed={account === value} disabled={locked} data-tact-account={value} onClick={() => onChange(value)}>
          {t(lang, value)}
        </button>
      ))}
    </div>
  );
}

export function Sidebar({ store, actions, onCommit }: { store: SidebarStore; actions: SidebarActions; onCommit?: () => void }) {
  const state = useSidebarState(store);
  // After the DOM shows this state: the host's data-tact-seq must never announce a report before it is on screen.
  useLayoutEffect(() => onCommit?.());
  const lang = state.locale;
  const items = visibleItems(state);
  const { placement } = state;
  const position = { top: `${placement.top}px`, left: `${placement.left}px`, width: `${placement.width}px`, maxHeight: `${placement.maxHeight}px` };
  const severity = worstSeverity(items);
  const countLabel = items.length === 1 ? t(lang, 'findingCount') : t(lang, 'findingsCount', { count: items.length });
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      actions.returnFocus();
    }
  };

  if (placement.mode === 'hidden') return null;
  if (placement.mode === 'badge') {
    return (
      <div class={`tact theme-${state.theme}`} style={position}>
        <button
          type="button"
          class={`badge severity-${severity}`}
          aria-expanded="false"
          aria-label={items.length ? t(lang, 'expand', { count: items.length }) : t(lang, 'expandNone')}
          onClick={actions.toggle}
          onKeyDown={onKeyDown}
        >
          {state.status === 'error' ? '!' : items.length || '✓'}
        </button>
      </div>
    );
  }
  const dismissedCount = state.items.length - items.length;
  return (
    <div class={`tact theme-${state.theme}`} style={position}>
      <aside class="panel" lang={lang} role="complementary" aria-keyshortcuts="Alt+Shift+T" aria-label={t(lang, 'sidebarLabel')} onKeyDown={onKeyDown} style={{ maxHeight: position.maxHeight }}>
        <header class="head">
          <span class={`dot severity-${severity}`} aria-hidden="true" />
          <span class="brand">Tact</span>
          <span class="count" aria-live="polite">
            {items.length ? countLabel : ''}
          </span>
          <button type="button" class="icon" aria-expanded="true" aria-label={t(lang, 'collapse')} title={t(lang, 'collapse')} onClick={actions.toggle}>
            –
          </button>
        </header>
        <AccountSwitch account={state.account} locked={state.accountLocked} lang={lang} onChange={actions.setAccount} />
        {state.gate && <Gate risks={state.gate.risks} lang={lang} actions={actions} />}
        <div class="body">
          <Status state={state} lang={lang} count={items.length} />
          {state.report?.profileError && <p class="status warn">{t(lang, 'profileError', { error: state.report.profileError })}</p>}
          {state.storageProblem && <p class="status warn">{t(lang, 'storageProblem', { problem: state.storageProblem })}</p>}
          {state.report?.truncatedAt !== undefined && <p class="status warn">{t(lang, 'truncated', { count: state.report.truncatedAt.toLocaleString(lang) })}</p>}
          {!state.draftEmpty && items.length > 0 && (
            <ul class="groups" aria-label={countLabel}>
              {groupByPractice(items).map((group) => (
                <li class="group" key={group[0]!.practice}>
                  <h3 class="practice">
                    <span class="number">{group[0]!.practice}</span> {group[0]!.title}
                  </h3>
                  <ul class="findings">
                    {group.map((item) => (
                      <Finding key={item.key} item={item} lang={lang} actions={actions} />
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          )}
          {dismissedCount > 0 && !state.draftEmpty && (
            <p class="dismissed">
              {t(lang, 'dismissed', { count: dismissedCount })}{' '}
              <button type="button" class="link" onClick={actions.restoreDismissed}>
                {t(lang, 'restore')}
              </button>
            </p>
          )}
        </div>
        <footer class="foot">{t(lang, 'credit')}</footer>
      </aside>
    </div>
  );
}
