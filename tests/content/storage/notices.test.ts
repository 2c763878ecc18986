// Data Tact could not use is copied aside with a notice for the options page: nothing the person had is
// silently gone.
import { describe, expect, it } from 'vitest';
import { clearNotices, NOTICES_KEY, readNotices } from '../../../utils/storage';
import { keepCopy } from '../../../utils/storage/notices';
import { fakeStorage } from '../fake-storage';

const at = (second: number) => new Date(Date.UTC(2025, 0, 2, 3, 4, second));

describe('keepCopy', () => {
  it('keeps the value under a dated backup key and records a notice naming the key and the problem', async () => {
    const storage = fakeStorage();
    const notice = await keepCopy(storage, 'settings', { gate: 'yes' }, 'unusable fields: gate', at(5));
    expect(notice).toEqual({ key: 'settings', problem: 'unusable fields: gate', backupKey: 'backup:settings:2025-01-02T03:04:05.000Z', at: '2025-01-02T03:04:05.000Z' });
    expect(storage.local.data['backup:settings:2025-01-02T03:04:05.000Z']).toEqual({ gate: 'yes' });
    expect(storage.local.data[NOTICES_KEY]).toEqual([notice]);
  });

  it('adds to the notices already there, oldest first', async () => {
    const storage = fakeStorage();
    await keepCopy(storage, 'settings', 42, 'not an object Tact can read', at(1));
    await keepCopy(storage, 'profile', 'text', 'not an object Tact can read', at(2));
    expect((await readNotices(storage)).map((n) => n.key)).toEqual(['settings', 'profile']);
  });

  it('keeps at most 20 notices, dropping the oldest; their backups stay', async () => {
    const storage = fakeStorage();
    for (let i = 0; i < 25; i++) await keepCopy(storage, 'settings', { copy: i }, 'unusable fields: gate', at(i));
    const notices = await readNotices(storage);
    expect(notices).toHaveLength(20);
    expect(notices[0]!.backupKey).toBe(`backup:settings:${at(5).toISOString()}`);
    expect(notices[19]!.backupKey).toBe(`backup:settings:${at(24).toISOString()}`);
    expect(storage.local.data[`backup:settings:${at(0).toISOString()}`]).toEqual({ copy: 0 });
  });

  it('records every notice when several copies are made at once', async () => {
    const storage = fakeStorage();
    await Promise.all([keepCopy(storage, 'settings', 1, 'a', at(1)), keepCopy(storage, 'profile', 2, 'b', at(2)), keepCopy(storage, 'other', 3, 'c', at(3))]);
    expect((await readNotices(storage)).map((n) => n.key)).toEqual(['settings', 'profile', 'other']);
  });

  it('never throws: when storage fails it returns null', async () => {
    const storage = fakeStorage();
    storage.local.set = () => Promise.reject(new Error('QUOTA_BYTES quota exceeded'));
    await expect(keepCopy(storage, 'settings', 1, 'x')).resolves.toBeNull();
  });
});

describe('readNotices', () => {
  it('is empty when there are none', async () => {
    expect(await readNotices(fakeStorage())).toEqual([]);
  });

  it('ignores a notices value that is not a list, and entries that are not notices', async () => {
    expect(await readNotices(fakeStorage({ local: { [NOTICES_KEY]: 'oops' } }))).toEqual([]);
    const good = { key: 'settings', problem: 'p', backupKey: 'backup:settings:t', at: 't' };
    expect(await readNotices(fakeStorage({ local: { [NOTICES_KEY]: [null, 3, { key: 7 }, good] } }))).toEqual([good]);
  });

  it('is empty when storage cannot be read', async () => {
    const storage = fakeStorage();
    storage.local.get = () => Promise.reject(new Error('gone'));
    expect(await readNotices(storage)).toEqual([]);
  });
});

describe('clearNotices', () => {
  it('drops the notices and keeps the backups', async () => {
    const storage = fakeStorage();
    const notice = await keepCopy(storage, 'profile', { brand: 1 }, 'p', at(9));
    await clearNotices(storage);
    expect(await readNotices(storage)).toEqual([]);
    expect(storage.local.data[notice!.backupKey]).toEqual({ brand: 1 });
  });
});
