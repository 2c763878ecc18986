// The popup's ticks store: persisted to storage.local under `checklists`, 50 reviews at most, foreign data ignored.
import { describe, expect, it } from 'vitest';
import { CHECKLISTS_KEY, checkedOf, createChecklistStore, MAX_REVIEWS, parseReviews } from '../../../components/popup/store';
import { hydrated } from '../../../utils/storage';
import { fakeStorage } from '../fake-storage';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('checklist store', () => {
  it('persists ticks to storage.local and reads them back in a new store', async () => {
    const storage = fakeStorage();
    const store = createChecklistStore(storage);
    await hydrated(store);
    store.getState().setChecked('3:abc', 17, true);
    store.getState().setChecked('3:abc', 5, true);
    store.getState().setChecked('3:abc', 17, false);
    await settle();
    expect(storage.local.data[CHECKLISTS_KEY]).toMatchObject({ version: 1, state: { reviews: { '3:abc': { checked: [5] } } } });
    expect(storage.sync.data[CHECKLISTS_KEY]).toBeUndefined();

    const again = createChecklistStore(storage);
    await hydrated(again);
    expect([...checkedOf(again.getState(), '3:abc')]).toEqual([5]);
    expect([...checkedOf(again.getState(), '3:other')]).toEqual([]);
  });

  it(`keeps the ${MAX_REVIEWS} most recently changed reviews`, async () => {
    let clock = 0;
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
    const store = createChecklistStore(storage);
    await hydrated(store);
    expect(store.getState().reviews).toEqual({});

    expect(parseReviews({ reviews: { a: { checked: [17, 99, 'x', 17], at: 5 }, b: { checked: 'no', at: 1 }, c: null } })).toEqual({ a: { checked: [17], at: 5 } });
    expect(parseReviews(null)).toEqual({});
    expect(parseReviews({ reviews: [] })).toEqual({});
  });
});
