// @vitest-environment happy-dom
// The popup, rendered with fakes for the browser (api) and storage: the tab's draft as a checklist, ticks kept per
// draft, paste mode, Copy review, French.
import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { h } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PopupApp, type PopupApi } from '../../../components/popup/PopupApp';
import type { Lang } from '../../../rules/types';
import type { ChecklistReport, DraftInput } from '../../../utils/protocol';
import { fakeStorage, type FakeStorage } from '../fake-storage';
import { cleanReport, DRAFT, riskyReport } from './fixtures';

const tabDraft: DraftInput = { draft: DRAFT, site: 'x', kind: 'reply', account: 'brand', parent: 'When is the launch?' };

type Tab = { tabId: number; draft: DraftInput } | null | 'no content script';

function fakeApi(tab: Tab, report: (input: DraftInput, locale: Lang) => ChecklistReport = (_input, locale) => riskyReport(locale)) {
  return {
    currentDraft: vi.fn<PopupApi['currentDraft']>(async () => {
      if (tab === 'no content script') throw new Error('Could not establish connection. Receiving end does not exist.');
      return tab;
    }),
    check: vi.fn<PopupApi['check']>(async (input, locale) => report(input, locale)),
    copy: vi.fn<PopupApi['copy']>(async () => undefined),
  };
}

const date = new Date(2026, 10, 24, 14, 5);
function mount(api: PopupApi, storage: FakeStorage = fakeStorage(), browserLanguage = 'en-US') {
  return { storage, ...render(h(PopupApp, { api, storage, browserLanguage, now: () => date })) };
}

const group = (name: RegExp | string) => screen.getByRole('region', { name });
const status = () => screen.getByRole('status');

afterEach(() => cleanup());

describe('PopupApp', () => {
  it('shows the tab’s draft and its checklist', async () => {
    const api = fakeApi({ tabId: 7, draft: tabDraft });
    mount(api);
    await screen.findByRole('heading', { name: /Flagged/ });
    expect(api.check).toHaveBeenCalledWith(tabDraft, 'en');
    expect(screen.getByText(DRAFT)).toBeTruthy();
    expect(screen.getByText('X · Reply · Brand account')).toBeTruthy();
    expect(screen.getByText('When is the launch?')).toBeTruthy();

    const flagged = within(group(/Flagged/)).getAllByRole('listitem').filter((li) => li.dataset.practice);
    expect(flagged.map((li) => li.dataset.practice)).toEqual(['5', '7', '14']);
    expect(within(group(/Flagged/)).getByText('idiots')).toBeTruthy();
    expect(within(group(/Flagged/)).getByText('Use the public name.')).toBeTruthy();
    expect(within(group(/Your call/)).getAllByRole('checkbox')).toHaveLength(3);
    expect(group(/Clear/).querySelectorAll('li[data-practice]')).toHaveLength(19);
    expect(status().textContent).toContain('19/25 reviewed');
    expect(status().textContent).toContain('5 left before it’s ready');
  });

  it('counts a ticked "your call" item and a flagged item marked reviewed; ready when risks and calls are done', async () => {
    const user = userEvent.setup();
    mount(fakeApi({ tabId: 7, draft: tabDraft }));
    await screen.findByRole('heading', { name: /Flagged/ });
    await user.click(screen.getByRole('checkbox', { name: /Know who you are talking to/ }));
    expect(status().textContent).toContain('20/25 reviewed');
    expect(status().textContent).toContain('4 left');
    await user.click(screen.getByRole('checkbox', { name: 'Mark “Protect confidential information” as reviewed' }));
    expect(status().textContent).toContain('21/25 reviewed');
    for (const name of [/Find the qualified person/, /Let qualified spokespeople/]) await user.click(screen.getByRole('checkbox', { name }));
    await user.click(screen.getByRole('checkbox', { name: /Respect the people/ }));
    // The warning on 14 is not reviewed: it does not hold the draft back.
    expect(status().textContent).toContain('24/25 reviewed');
    expect(status().textContent).toContain('Ready');
  });

  it('restores the ticks when the popup opens again on the same draft, not for another draft', async () => {
    const user = userEvent.setup();
    const storage = fakeStorage();
    const first = mount(fakeApi({ tabId: 7, draft: tabDraft }), storage);
    await screen.findByRole('heading', { name: /Flagged/ });
    await user.click(screen.getByRole('checkbox', { name: /Know who you are talking to/ }));
    await waitFor(() => expect(storage.local.data.checklists).toBeDefined());
    first.unmount();

    const second = mount(fakeApi({ tabId: 7, draft: tabDraft }), storage);
    await screen.findByRole('heading', { name: /Flagged/ });
    expect((screen.getByRole('checkbox', { name: /Know who you are talking to/ }) as HTMLInputElement).checked).toBe(true);
    expect(status().textContent).toContain('20/25 reviewed');
    second.unmount();

    mount(fakeApi({ tabId: 7, draft: { ...tabDraft, draft: `${DRAFT} Edited.` } }), storage);
    await screen.findByRole('heading', { name: /Flagged/ });
    expect((screen.getByRole('checkbox', { name: /Know who you are talking to/ }) as HTMLInputElement).checked).toBe(false);
    expect(status().textContent).toContain('19/25 reviewed');
  });

  it('keeps ticks per tab: the same draft in another tab starts afresh', async () => {
    const user = userEvent.setup();
    const storage = fakeStorage();
    const first = mount(fakeApi({ tabId: 7, draft: tabDraft }), storage);
    await screen.findByRole('heading', { name: /Flagged/ });
    await user.click(screen.getByRole('checkbox', { name: /Know who you are talking to/ }));
    await waitFor(() => expect(storage.local.data.checklists).toBeDefined());
    first.unmount();
    mount(fakeApi({ tabId: 8, draft: tabDraft }), storage);
    await screen.findByRole('heading', { name: /Flagged/ });
    expect((screen.getByRole('checkbox', { name: /Know who you are talking to/ }) as HTMLInputElement).checked).toBe(false);
  });

  it.each([
    ['no content script in the tab', 'no content script' as const],
    ['no compose box in the tab', null],
    ['an empty compose box', { tabId: 3, draft: { ...tabDraft, draft: '  ' } }],
  ])('opens in paste mode with %s', async (_name, tab) => {
    const api = fakeApi(tab);
    mount(api);
    expect(await screen.findByRole('textbox', { name: 'Text to check' })).toBeTruthy();
    expect(screen.getByText(/No draft in this tab/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Back to the tab/ })).toBeNull();
    expect(api.check).not.toHaveBeenCalled();
  });

  it('checks a pasted text with its site, kind, account and parent, then shows the checklist', async () => {
    const user = userEvent.setup();
    const api = fakeApi(null);
    mount(api);
    const check = await screen.findByRole('button', { name: 'Check' });
    expect((check as HTMLButtonElement).disabled).toBe(true);
    await user.type(screen.getByRole('textbox', { name: 'Text to check' }), 'Dear customer, sorry for the wait.');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Site' }), 'linkedin');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Post or reply' }), 'reply');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Writing as' }), 'brand');
    await user.type(screen.getByRole('textbox', { name: 'The post you reply to (optional)' }), 'Where is my order?');
    await user.click(check);
    await screen.findByRole('heading', { name: /Flagged/ });
    expect(api.check).toHaveBeenCalledWith({ draft: 'Dear customer, sorry for the wait.', site: 'linkedin', kind: 'reply', account: 'brand', parent: 'Where is my order?' }, 'en');
    expect(screen.getByText('Pasted text')).toBeTruthy();
    expect(screen.getByText('LinkedIn · Reply · Brand account')).toBeTruthy();

    // "Edit this text" brings the form back with the text in it.
    await user.click(screen.getByRole('button', { name: 'Edit this text' }));
    expect((screen.getByRole('textbox', { name: 'Text to check' }) as HTMLTextAreaElement).value).toBe('Dear customer, sorry for the wait.');
  });

  it('switches from the tab’s draft to paste mode and back', async () => {
    const user = userEvent.setup();
    const api = fakeApi({ tabId: 7, draft: tabDraft }, (input) => (input.draft === DRAFT ? riskyReport() : cleanReport()));
    mount(api);
    await screen.findByRole('heading', { name: /Flagged/ });
    await user.click(screen.getByRole('button', { name: 'Check another text' }));
    expect(screen.queryByText(/No draft in this tab/)).toBeNull();
    await user.type(screen.getByRole('textbox', { name: 'Text to check' }), 'Happy Friday, everyone!');
    await user.click(screen.getByRole('button', { name: 'Check' }));
    await screen.findByRole('heading', { name: /Your call/ });
    expect(screen.queryByRole('heading', { name: /Flagged/ })).toBeNull();
    expect(api.check).toHaveBeenLastCalledWith({ draft: 'Happy Friday, everyone!', site: 'other', kind: 'post', account: 'personal' }, 'en');
    await user.click(screen.getByRole('button', { name: 'Back to the tab’s draft' }));
    await screen.findByRole('heading', { name: /Flagged/ });
    expect(screen.getByText(DRAFT)).toBeTruthy();
  });

  it('copies the review as Markdown and says so', async () => {
    const user = userEvent.setup();
    const api = fakeApi({ tabId: 7, draft: tabDraft });
    mount(api);
    await screen.findByRole('heading', { name: /Flagged/ });
    await user.click(screen.getByRole('checkbox', { name: /Know who you are talking to/ }));
    await user.click(screen.getByRole('button', { name: 'Copy review' }));
    expect(api.copy).toHaveBeenCalledTimes(1);
    const md = api.copy.mock.calls[0]![0];
    expect(md).toContain('# Tact review');
    expect(md).toContain('2026-11-24 14:05');
    expect(md).toContain(`> ${DRAFT}`);
    expect(md).toContain('- [ ] 7. Protect confidential information');
    expect(md).toContain('- [x] 17. Know who you are talking to');
    expect(md).toContain('20/25 reviewed');
    expect(md).toContain('Brian Solis');
    expect(await screen.findByText('Copied')).toBeTruthy();
  });

  it('says when the clipboard refuses', async () => {
    const user = userEvent.setup();
    const api = fakeApi({ tabId: 7, draft: tabDraft });
    api.copy.mockRejectedValueOnce(new Error('Document is not focused.'));
    mount(api);
    await screen.findByRole('heading', { name: /Flagged/ });
    await user.click(screen.getByRole('button', { name: 'Copy review' }));
    expect(await screen.findByText('Could not copy the review: Document is not focused.')).toBeTruthy();
  });

  it('shows a worker failure with a way to try again', async () => {
    const user = userEvent.setup();
    const api = fakeApi({ tabId: 7, draft: tabDraft });
    api.check.mockRejectedValueOnce(new Error('worker stopped'));
    mount(api);
    expect((await screen.findByRole('alert')).textContent).toContain('Tact could not check this text: worker stopped');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByRole('heading', { name: /Flagged/ });
  });

  it('shows a profile error from the worker', async () => {
    mount(fakeApi({ tabId: 7, draft: tabDraft }, () => ({ ...riskyReport(), profileError: 'Invalid profile: "brand" must be a string' })));
    expect(await screen.findByText(/Your brand profile has an error/)).toBeTruthy();
  });

  it('speaks French when the settings say so, and asks the worker in French', async () => {
    const api = fakeApi({ tabId: 7, draft: tabDraft });
    const storage = fakeStorage({ local: { settings: { state: { locale: 'fr', debounceMs: 150, gate: true, accounts: {}, practices: {} }, version: 2 } } });
    mount(api, storage, 'en-US');
    await screen.findByRole('heading', { name: /Signalées/ });
    expect(api.check).toHaveBeenCalledWith(tabDraft, 'fr');
    expect(screen.getByRole('heading', { name: /À vous de juger/ })).toBeTruthy();
    expect(screen.getByText('X · Réponse · Compte de marque')).toBeTruthy();
    expect(status().textContent).toContain('19/25 vérifiées');
    expect(screen.getByRole('button', { name: 'Copier la revue' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: /Savoir à qui l’on parle/ })).toBeTruthy();
    expect(document.querySelector('main')!.getAttribute('lang')).toBe('fr');
  });

  it('follows a French browser when the language is automatic', async () => {
    mount(fakeApi(null), fakeStorage(), 'fr-FR');
    expect(await screen.findByRole('textbox', { name: 'Texte à vérifier' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Vérifier' })).toBeTruthy();
  });

  it('shows practices switched off last, not counted', async () => {
    mount(fakeApi({ tabId: 7, draft: tabDraft }, () => riskyReport('en', [2, 9])));
    await screen.findByRole('heading', { name: /Off/ });
    const sections = [...document.querySelectorAll('section[data-group]')].map((s) => s.getAttribute('data-group'));
    expect(sections).toEqual(['flagged', 'yourCall', 'clear', 'off']);
    expect(group(/Off/).querySelectorAll('input')).toHaveLength(0);
    expect(status().textContent).toContain('17/23 reviewed');
  });
});
