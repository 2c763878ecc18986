// @vitest-environment happy-dom
// The sidebar view, rendered with Preact into happy-dom from a real store and fake actions.
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { Sidebar } from '../../components/sidebar/Sidebar';
import { createSidebarStore, type ShownItem, type SidebarActions, type SidebarState, type SidebarStore } from '../../components/sidebar/store';
import type { Lang } from '../../rules/types';

const panel = { mode: 'panel', top: 120, left: 900, width: 300, maxHeight: 500 } as const;
const report = { type: 'report', box: 'b1', seq: 1, lang: 'en', checked: 25 } as const;

const insult: ShownItem = { key: 'respect/insult@0', practice: 5, rule: 'respect/insult', severity: 'risk', title: 'Respect your audience', message: 'This word may hurt.', suggestion: 'Criticise the idea, not the person.', words: 'idiots', start: 0, end: 6 };
const tone: ShownItem = { key: 'respect/tone@10', practice: 5, rule: 'respect/tone', severity: 'warn', title: 'Respect your audience', message: 'The tone is sharp.' };
const disclose: ShownItem = { key: 'disclose/paid@20', practice: 18, rule: 'disclose/paid', severity: 'info', title: 'Disclose relationships', message: 'Say it is sponsored.' };

let container: HTMLElement;
let store: SidebarStore;
let actions: { [K in keyof SidebarActions]: Mock<SidebarActions[K]> };

function mount(state: Partial<SidebarState> = {}, locale: Lang = 'en'): void {
  store = createSidebarStore({ locale, theme: 'light', site: 'x', kind: 'post', account: 'personal' });
  store.setState({ placement: panel, draftEmpty: false, report, ...state });
  act(() => render(h(Sidebar, { store, actions }), container));
}

const update = (state: Partial<SidebarState>) => act(() => store.setState(state));
const $ = <E extends Element = HTMLElement>(selector: string) => container.querySelector<E & Element>(selector);
const $$ = (selector: string) => [...container.querySelectorAll<HTMLElement>(selector)];
const text = (selector: string) => $(selector)?.textContent?.replace(/\s+/g, ' ').trim();

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  actions = {
    toggle: vi.fn(),
    setAccount: vi.fn<SidebarActions['setAccount']>(),
    dismiss: vi.fn<SidebarActions['dismiss']>(),
    restoreDismissed: vi.fn(),
    review: vi.fn(),
    postAnyway: vi.fn(),
    highlight: vi.fn<SidebarActions['highlight']>(),
    returnFocus: vi.fn(),
  };
});

afterEach(() => {
  act(() => render(null, container));
  container.remove();
});

describe('Sidebar', () => {
  describe('findings', () => {
    it('renders a finding with its practice, severity, rule, words, message and suggestion', () => {
      mount({ items: [insult] });
      const finding = $('li.finding')!;
      expect(finding.dataset.practice).toBe('5');
      expect(finding.dataset.severity).toBe('risk');
      expect(finding.dataset.rule).toBe('respect/insult');
      expect(finding.querySelector('.severity')!.textContent).toBe('Risk');
      expect(finding.querySelector('.words')!.textContent).toBe('idiots');
      expect(finding.querySelector('.why')!.textContent).toContain('This word may hurt.');
      expect(finding.querySelector('.instead')!.textContent).toContain('Criticise the idea, not the person.');
    });

    it('groups findings by practice, each group headed by the practice number and title', () => {
      mount({ items: [insult, tone, disclose] });
      const groups = $$('li.group');
      expect(groups).toHaveLength(2);
      expect(groups.map((g) => g.querySelector('.practice .number')!.textContent)).toEqual(['5', '18']);
      expect(groups[0]!.querySelector('.practice')!.textContent).toContain('Respect your audience');
      expect(groups[1]!.querySelector('.practice')!.textContent).toContain('Disclose relationships');
      expect(groups.map((g) => g.querySelectorAll('li.finding').length)).toEqual([2, 1]);
      expect(groups[0]!.querySelectorAll('[data-severity]')[1]!.getAttribute('data-severity')).toBe('warn');
    });

    it('shows how many findings are to review', () => {
      mount({ items: [insult, tone, disclose] });
      expect(text('.count')).toBe('3 to review');
      update({ items: [disclose] });
      expect(text('.count')).toBe('1 to review');
    });

    it('shortens very long trigger words', () => {
      mount({ items: [{ ...insult, words: 'w'.repeat(80) }] });
      expect($('.words')!.textContent).toBe(`${'w'.repeat(57)}…`);
    });

    it('calls actions.dismiss with the item key when Dismiss is clicked', () => {
      mount({ items: [insult, disclose] });
      const button = $$('li.finding')[1]!.querySelector<HTMLButtonElement>('button.dismiss')!;
      expect(button.getAttribute('aria-label')).toBe('Dismiss “Disclose relationships” for this draft');
      act(() => button.click());
      expect(actions.dismiss).toHaveBeenCalledExactlyOnceWith('disclose/paid@20');
    });

    it('hides dismissed findings and says how many were dismissed', () => {
      mount({ items: [insult, tone, disclose] });
      expect($('.dismissed')).toBeNull();
      update({ dismissed: new Set([tone.key, disclose.key]) });
      expect($$('li.finding').map((f) => f.dataset.rule)).toEqual(['respect/insult']);
      expect($$('li.group')).toHaveLength(1);
      expect(text('.dismissed')).toContain('2 dismissed for this draft');
      expect(text('.count')).toBe('1 to review');
    });

    it('brings dismissed findings back through “Show again”', () => {
      mount({ items: [insult], dismissed: new Set([insult.key]) });
      act(() => $<HTMLButtonElement>('.dismissed button')!.click());
      expect(actions.restoreDismissed).toHaveBeenCalledTimes(1);
    });

    it('asks to highlight a finding’s words on hover and clears on leave', () => {
      mount({ items: [insult] });
      const finding = $('li.finding')!;
      act(() => void finding.dispatchEvent(new MouseEvent('mouseenter')));
      expect(actions.highlight).toHaveBeenLastCalledWith(insult);
      act(() => void finding.dispatchEvent(new MouseEvent('mouseleave')));
      expect(actions.highlight).toHaveBeenLastCalledWith(null);
    });
  });

  describe('status lines', () => {
    it('invites to write when the draft is empty, and lists no finding', () => {
      mount({ draftEmpty: true, items: [insult] });
      expect(text('.status')).toBe('Start writing: Tact checks your draft against 25 practices as you type.');
      expect($('li.finding')).toBeNull();
    });

    it('says nothing was found, naming the number of practices checked', () => {
      mount({ items: [], report: { ...report, checked: 23 } });
      expect(text('.status.ok')).toBe('Nothing to flag. 23 practices checked.');
    });

    it('says nothing was found when every finding was dismissed', () => {
      mount({ items: [insult], dismissed: new Set([insult.key]) });
      expect(text('.status.ok')).toBe('Nothing to flag. 25 practices checked.');
    });

    it('says it is checking before the first report', () => {
      mount({ status: 'checking', report: null });
      expect(text('.status')).toBe('Checking…');
    });

    it('shows an error as an alert with the reload hint', () => {
      mount({ status: 'error', error: 'the background worker keeps stopping' });
      const alert = $('[role="alert"]')!;
      expect(alert.textContent).toContain('Tact could not check this draft: the background worker keeps stopping');
      expect(alert.textContent).toContain('Reload the page');
    });

    it('warns when the brand profile could not be used and when the draft was truncated', () => {
      mount({ items: [], report: { ...report, profileError: 'brand: expected a string', truncatedAt: 200000 } });
      const warnings = $$('.status.warn').map((p) => p.textContent);
      expect(warnings[0]).toContain('brand: expected a string');
      expect(warnings[1]).toMatch(/^Only the first 200,000 characters were checked\.$/);
    });

    it('updates when the store changes', () => {
      mount({ items: [] });
      expect($('li.finding')).toBeNull();
      update({ items: [disclose] });
      expect($$('li.finding')).toHaveLength(1);
      expect($('.status.ok')).toBeNull();
    });
  });

  describe('the gate', () => {
    it('renders [data-tact-gate] whose buttons call review and postAnyway', () => {
      mount({ items: [insult], gate: { risks: 2 } });
      const gate = $('[data-tact-gate]')!;
      expect(gate.getAttribute('role')).toBe('alertdialog');
      expect(gate.textContent).toContain('Tact found 2 risks in this draft.');
      act(() => gate.querySelector<HTMLButtonElement>('[data-tact-action="review"]')!.click());
      expect(actions.review).toHaveBeenCalledTimes(1);
      expect(actions.postAnyway).not.toHaveBeenCalled();
      act(() => gate.querySelector<HTMLButtonElement>('[data-tact-action="post-anyway"]')!.click());
      expect(actions.postAnyway).toHaveBeenCalledTimes(1);
    });

    it('uses the singular for one risk', () => {
      mount({ items: [insult], gate: { risks: 1 } });
      expect(text('[data-tact-gate]')).toContain('Tact found 1 risk in this draft. Review it, or post anyway.');
    });

    it('moves the focus to Review, the safe choice', () => {
      mount({ items: [insult], gate: { risks: 1 } });
      expect(document.activeElement).toBe($('[data-tact-action="review"]'));
    });

    it('is not rendered without a pending submit', () => {
      mount({ items: [insult] });
      expect($('[data-tact-gate]')).toBeNull();
    });

    it('follows the placement it is given (the session opens the panel when the gate opens)', () => {
      mount({ items: [insult], gate: { risks: 1 }, placement: { ...panel, mode: 'badge' } });
      expect($('button.badge')).not.toBeNull();
      expect($('[data-tact-gate]')).toBeNull();
    });
  });

  describe('placement', () => {
    it('positions the sidebar where the placement says', () => {
      mount({ items: [insult] });
      const root = $('.tact')!;
      expect(root.style.top).toBe('120px');
      expect(root.style.left).toBe('900px');
      expect(root.style.width).toBe('300px');
      expect(root.style.maxHeight).toBe('500px');
    });

    it('renders only the badge, with the count, when collapsed', () => {
      mount({ items: [insult, disclose], placement: { mode: 'badge', top: 10, left: 20, width: 36, maxHeight: 36 } });
      const badge = $('button.badge')!;
      expect(badge.textContent).toBe('2');
      expect(badge.getAttribute('aria-label')).toBe('Open Tact (2 to review)');
      expect(badge.className).toContain('severity-risk');
      expect($('aside')).toBeNull();
      expect($('li.finding')).toBeNull();
      act(() => badge.click());
      expect(actions.toggle).toHaveBeenCalledTimes(1);
    });

    it('shows a check mark on the badge when there is nothing to review, and ! on error', () => {
      mount({ items: [], placement: { ...panel, mode: 'badge' } });
      expect($('button.badge')!.textContent).toBe('✓');
      expect($('button.badge')!.getAttribute('aria-label')).toBe('Open Tact (nothing to flag)');
      update({ status: 'error', error: 'x' });
      expect($('button.badge')!.textContent).toBe('!');
    });

    it('renders nothing when hidden', () => {
      mount({ items: [insult], placement: { mode: 'hidden', top: 0, left: 0, width: 0, maxHeight: 0 } });
      expect(container.innerHTML).toBe('');
    });

    it('collapses to the badge through the collapse button', () => {
      mount({ items: [insult] });
      act(() => $<HTMLButtonElement>('button.icon[aria-expanded="true"]')!.click());
      expect(actions.toggle).toHaveBeenCalledTimes(1);
    });
  });

  describe('controls', () => {
    it('shows the account in use and switches it', () => {
      mount({ account: 'personal' });
      expect($('[data-tact-account="personal"]')!.getAttribute('aria-pressed')).toBe('true');
      expect($('[data-tact-account="brand"]')!.getAttribute('aria-pressed')).toBe('false');
      act(() => $<HTMLButtonElement>('[data-tact-account="brand"]')!.click());
      expect(actions.setAccount).toHaveBeenCalledExactlyOnceWith('brand');
    });

    it('gives the focus back to the compose box on Escape', () => {
      mount({ items: [insult] });
      act(() => void $('li.finding')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
      expect(actions.returnFocus).toHaveBeenCalledTimes(1);
    });

    it('ignores other keys', () => {
      mount({ items: [insult] });
      act(() => void $('li.finding')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
      expect(actions.returnFocus).not.toHaveBeenCalled();
    });
  });

  describe('in French', () => {
    it('shows French labels on findings, groups and controls', () => {
      mount({ items: [insult, tone] }, 'fr');
      expect($('aside')!.getAttribute('aria-label')).toBe('Tact : conseils pour ce brouillon');
      expect(text('.count')).toBe('2 points à revoir');
      expect($('.severity')!.textContent).toBe('Risque');
      expect($('button.dismiss')!.textContent).toBe('Ignorer');
      expect(text('.account-label')).toBe('J’écris en tant que');
    });

    it('says nothing was found in French', () => {
      mount({ items: [] }, 'fr');
      expect(text('.status.ok')).toBe('Rien à signaler. 25 pratiques vérifiées.');
    });

    it('shows the gate in French', () => {
      mount({ items: [insult], gate: { risks: 3 } }, 'fr');
      expect(text('[data-tact-gate]')).toContain('Tact a relevé 3 risques dans ce brouillon.');
      expect($('[data-tact-action="review"]')!.textContent).toBe('Relire');
      expect($('[data-tact-action="post-anyway"]')!.textContent).toBe('Publier quand même');
    });

    it('formats the truncation count the French way', () => {
      mount({ items: [], report: { ...report, lang: 'fr', truncatedAt: 200000 } }, 'fr');
      expect(text('.status.warn')).toMatch(/^Seuls les 200\s000 premiers caractères ont été vérifiés\.$/u);
    });
  });
});
