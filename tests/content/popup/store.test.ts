// @vitest-environment happy-dom
// The popup's ticks store: persisted to storage.local under `checklists`, 50 reviews at most, foreign data ignored;
// only ticks and a hash of the draft are stored, a review expires 24 hours after its last change, and "Clear saved
// reviews" empties it. The clock is a parameter: no timers, no fake dates.
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { h } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { t } from '../../../components/locales/popup';
import { reviewKey } from '../../../components/popup/checklist';
import { PopupApp, type PopupApi } from '../../../components/popup/PopupApp';
import { CHECKLISTS_KEY, checkedOf, createChecklistStore, expired, MAX_REVIEWS, parseReviews, REVIEW_TTL_MS, type Review } from '../../../components/popup/store';
import type { DraftInput } from '../../../utils/protocol';
import { hydrated } from '../../../utils/storage';
import { fakeStorage } from '../fake-storage';
import { riskyReport } from './fixtures';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const HOUR = 60 * 60 * 1000;
/** 2026-11-24 14:05 UTC: the clock of these tests. */
const NOW = Date.UTC(2026, 10, 24, 14, 5);
const stored = (reviews: Record<string, Review>) => ({ [CHECKLISTS_KEY]: { version: 1, state: { reviews } } });

describe('checklist store', () => {
  it('persists ticks to storage.local and reads them back in a new store', async () => {
    const storage = fakeStorage();
    const store = createChecklistStore(storage, () => NOW);
    await hydrated(store);
    store.getState().setChecked('3:abc', 17, true);
    store.getState().setChecked('3:abc', 5, true);
    store.getState().setChecked('3:abc', 17, false);
    await settle();
    expect(storage.local.data[CHECKLISTS_KEY]).toMatchObject({ version: 1, state: { reviews: { '3:abc': { checked: [5] } } } });
    expect(storage.sync.data[CHECKLISTS_KEY]).toBeUndefined();

    const again = createChecklistStore(storage, () => NOW + HOUR);
    await hydrated(again);
    expect([...checkedOf(again.getState(), '3:abc')]).toEqual([5]);
    expect([...checkedOf(again.getState(), '3:other')]).toEqual([]);
  });

  it(`keeps the ${MAX_REVIEWS} most recently changed reviews`, async () => {
    let clock = NOW;
    const store = createChecklistStore(fakeStorage(), () => ++clock);
    await hydrated(store);
    for (let i = 0; i < MAX_REVIEWS + 5; i++) store.getState().setChecked(`1:${i}`, 17, true);
    store.getState().setChecked('1:0', 19, true); // touched again: the oldest would be gone, but now it is recent
    const keys = Object.keys(store.getState().reviews);
    expect(keys).toHaveLength(MAX_REVIEWS);
    expect(keys).toContain('1:0');
    expect(keys).not.toContain('1:1');
    expect(keys).toContain(`1:${MAX_REVIEWS + 4}`);
  });

  it('starts empty over foreign or damaged data, keeping the well-formed reviews', async () => {
    const storage = fakeStorage({ local: { [CHECKLISTS_KEY]: 'garbage' } });
    const store = createChecklistStore(storage, () => NOW);
    await hydrated(store);
    expect(store.getState().reviews).toEqual({});

    expect(parseReviews({ reviews: { a: { checked: [17, 99, 'x', 17], at: NOW - 5 }, b: { checked: 'no', at: NOW }, c: null } }, NOW)).toEqual({ a: { checked: [17], at: NOW - 5 } });
    expect(parseReviews(null, NOW)).toEqual({});
    expect(parseReviews({ reviews: [] }, NOW)).toEqual({});
  });

  it('stores the ticks and a hash of the draft, never its text', async () => {
    const storage = fakeStorage();
    const store = createChecklistStore(storage, () => NOW);
    await hydrated(store);
    const input: DraftInput = { draft: 'Our codename Bluebird ships on March 3rd, keep it quiet', site: 'x', kind: 'reply', account: 'brand', parent: 'Any news on the roadmap?' };
    const key = reviewKey(12, input);
    store.getState().setChecked(key, 17, true);
    store.getState().setChecked(reviewKey('paste', input), 19, true);
    await settle();
    // Exactly this, nothing else: the tab, a hash, the ticks and the date.
    expect(storage.local.data).toEqual(stored({ [key]: { checked: [17], at: NOW }, [reviewKey('paste', input)]: { checked: [19], at: NOW } }));
    expect(key).toMatch(/^12:[0-9a-z]+$/);
    const everything = JSON.stringify(storage.local.data);
    for (const word of ['codename', 'Bluebird', 'March', 'quiet', 'roadmap', 'reply', 'brand']) expect(everything).not.toContain(word);
  });

  it('drops the reviews untouched for 24 hours when it loads, from storage too', async () => {
    const reviews: Record<string, Review> = {
      fresh: { checked: [17], at: NOW - HOUR },
      'almost a day': { checked: [19], at: NOW - REVIEW_TTL_MS + 1 },
      'a day': { checked: [21], at: NOW - REVIEW_TTL_MS },
      'a week': { checked: [17], at: NOW - 7 * 24 * HOUR },
      'a minute ahead': { checked: [5], at: NOW + 60_000 },
      // A clock set back: a review dated more than a day ahead would otherwise never expire.
      'two days ahead': { checked: [7], at: NOW + 2 * REVIEW_TTL_MS },
    };
    const storage = fakeStorage({ local: stored(reviews) });
    const store = createChecklistStore(storage, () => NOW);
    await hydrated(store);
    const kept = { fresh: reviews.fresh!, 'almost a day': reviews['almost a day']!, 'a minute ahead': reviews['a minute ahead']! };
    expect(store.getState().reviews).toEqual(kept);
    // Written back at once: what expired does not linger in storage until the next tick.
    await waitFor(() => expect(storage.local.data).toEqual(stored(kept)));

    // A day later, every one of them is gone.
    const later = createChecklistStore(storage, () => NOW + REVIEW_TTL_MS + 60_000);
    await hydrated(later);
    expect(later.getState().reviews).toEqual({});
    await waitFor(() => expect(storage.local.data).toEqual(stored({})));
  });

  it('leaves storage alone when nothing expired', async () => {
    const storage = fakeStorage({ local: stored({ a: { checked: [17], at: NOW - HOUR } }) });
    const set = vi.spyOn(storage.local, 'set');
    const store = createChecklistStore(storage, () => NOW);
    await hydrated(store);
    await settle();
    expect(set).not.toHaveBeenCalled();
  });

  it('drops expired reviews when another is ticked in a popup left open', async () => {
    let clock = NOW;
    const storage = fakeStorage();
    const store = createChecklistStore(storage, () => clock);
    await hydrated(store);
    store.getState().setChecked('1:old', 17, true);
    clock += REVIEW_TTL_MS;
    store.getState().setChecked('1:new', 19, true);
    expect(Object.keys(store.getState().reviews)).toEqual(['1:new']);
    await settle();
    expect(storage.local.data).toEqual(stored({ '1:new': { checked: [19], at: clock } }));
  });

  it('expires at 24 hours, not before', () => {
    expect(expired(NOW, NOW)).toBe(false);
    expect(expired(NOW - REVIEW_TTL_MS + 1, NOW)).toBe(false);
    expect(expired(NOW - REVIEW_TTL_MS, NOW)).toBe(true);
    expect(expired(NOW + REVIEW_TTL_MS, NOW)).toBe(false);
    expect(expired(NOW + REVIEW_TTL_MS + 1, NOW)).toBe(true);
  });

  it('clear() empties the store and its storage', async () => {
    const storage = fakeStorage({ local: stored({ a: { checked: [17], at: NOW - HOUR }, b: { checked: [19], at: NOW } }) });
    const store = createChecklistStore(storage, () => NOW);
    await hydrated(store);
    expect(Object.keys(store.getState().reviews)).toHaveLength(2);
    store.getState().clear();
    expect(store.getState().reviews).toEqual({});
    await settle();
    expect(storage.local.data).toEqual(stored({}));
    const again = createChecklistStore(storage, () => NOW);
    await hydrated(again);
    expect(again.getState().reviews).toEqual({});
  });
});

describe('the popup’s "Clear saved reviews"', () => {
  afterEach(() => cleanup());

  const tabDraft: DraftInput = { draft: 'Those idiots at the other bank are clueless.', site: 'x', kind: 'post', account: 'personal' };
  const api = (): PopupApi => ({ currentDraft: async () => ({ tabId: 7, draft: tabDraft }), check: async (_input, locale) => riskyReport(locale), copy: async () => undefined });

  it('empties the saved reviews, this draft’s ticks included, and says so', async () => {
    const user = userEvent.setup();
    const other = { checked: [17, 19], at: NOW - HOUR };
    const storage = fakeStorage({ local: stored({ [reviewKey(7, tabDraft)]: { checked: [17], at: NOW - HOUR }, '3:other': other }) });
    render(h(PopupApp, { api: api(), storage, browserLanguage: 'en-US', now: () => new Date(NOW) }));
    await screen.findByRole('heading', { name: /Flagged/ });
    const box = screen.getByRole('checkbox', { name: /Know who you are talking to/ }) as HTMLInputElement;
    expect(box.checked).toBe(true);
    expect(screen.getByText(t('en', 'reviewsKept'))).toBeTruthy();

    await user.click(screen.getByRole('button', { name: t('en', 'clearReviews') }));
    expect(box.checked).toBe(false);
    expect(screen.getByText(t('en', 'reviewsCleared'))).toBeTruthy();
    await waitFor(() => expect(storage.local.data[CHECKLISTS_KEY]).toEqual({ version: 1, state: { reviews: {} } }));

    // Ticking again starts a new review (and the "cleared" note goes).
    await user.click(box);
    expect(screen.queryByText(t('en', 'reviewsCleared'))).toBeNull();
    await waitFor(() => expect(Object.keys((storage.local.data[CHECKLISTS_KEY] as { state: { reviews: object } }).state.reviews)).toEqual([reviewKey(7, tabDraft)]));
  });

  it('does not show reviews older than 24 hours', async () => {
    const storage = fakeStorage({ local: stored({ [reviewKey(7, tabDraft)]: { checked: [17], at: NOW - REVIEW_TTL_MS - 1 } }) });
    render(h(PopupApp, { api: api(), storage, browserLanguage: 'en-US', now: () => new Date(NOW) }));
    await screen.findByRole('heading', { name: /Flagged/ });
    expect((screen.getByRole('checkbox', { name: /Know who you are talking to/ }) as HTMLInputElement).checked).toBe(false);
  });

  it('is there in French, in paste mode too', async () => {
    const user = userEvent.setup();
    const storage = fakeStorage({ local: stored({ a: { checked: [17], at: NOW } }) });
    render(h(PopupApp, { api: { ...api(), currentDraft: async () => null }, storage, browserLanguage: 'fr-FR', now: () => new Date(NOW) }));
    await screen.findByRole('textbox', { name: t('fr', 'pasteLabel') });
    expect(screen.getByText(t('fr', 'reviewsKept'))).toBeTruthy();
    await user.click(screen.getByRole('button', { name: t('fr', 'clearReviews') }));
    expect(screen.getByText(t('fr', 'reviewsCleared'))).toBeTruthy();
    await waitFor(() => expect(storage.local.data[CHECKLISTS_KEY]).toEqual({ version: 1, state: { reviews: {} } }));
  });
});
