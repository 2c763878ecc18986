// What the sidebar does on any site: the person's language, the gate switched off, the keyboard way in
// and out, and the generic fallback for other boxes. Runs on the X fixture.
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { practices } from '../../rules';
import { modelText, posted, REPO_ROOT, typeInto, type Tact } from './harness';
import { browserForSuite } from './lifecycle';
import { clickInSidebar, expectedFindings, sameMultiset, waitForSidebar } from './sidebar';
import { DRAFTS } from './site-suite';

const box = '[data-testid="tweetTextarea_0"]';
/** The extension's storage, as its service worker sees it (`chrome` exists there, not in Node). */
type LocalStorage = { set(items: object): Promise<void>; remove(key: string | string[]): Promise<void> };
const local = () => (globalThis as unknown as { chrome: { storage: { local: LocalStorage } } }).chrome.storage.local;
/** Settings are copied to storage.sync too: a reset clears both. */
const resetSettings = `Promise.all([chrome.storage.local.remove('settings'), chrome.storage.sync.remove('settings')])`;
const submit = '[data-testid="tweetButtonInline"]';

describe('in French', () => {
  const browser = browserForSuite({ uiLanguage: 'fr' });
  let tact: Tact;
  beforeAll(() => {
    tact = browser();
  });

  test('a French browser gets the sidebar, the findings and the gate in French', async () => {
    const page = await tact.openSite('x', '/home');
    await typeInto(page, box, DRAFTS.riskyFr);
    const expected = expectedFindings(DRAFTS.riskyFr, { site: 'x', kind: 'post', account: 'personal' });
    const view = await waitForSidebar(page, (v) => v.state === 'ready' && sameMultiset(v.findings, expected));
    expect(view.text).toContain(practices.find((p) => p.meta.number === 7)!.meta.title.fr);
    expect(view.text).toContain('Risque');
    expect(view.text).toContain('J’écris en tant que');
    await page.locator(submit).click();
    const gated = await waitForSidebar(page, (v) => v.gate);
    expect(gated.text).toContain('Publier quand même');
    await page.screenshot({ path: join(REPO_ROOT, 'assets', 'screenshots', 'sidebar-gate-fr.png') });
    await clickInSidebar(page, '[data-tact-action="review"]');
    await page.locator(box).click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Backspace');
    await typeInto(page, box, DRAFTS.cleanFr);
    const clean = await waitForSidebar(page, (v) => v.state === 'ready' && v.findings.length === 0 && v.seq > gated.seq);
    expect(clean.text).toContain('Rien à signaler. 25 pratiques vérifiées.');
    await page.close();
  });
});

describe('settings and keyboard', () => {
  const browser = browserForSuite();
  let tact: Tact;
  beforeAll(() => {
    tact = browser();
  });

  test('with the gate turned off, a risky post goes through at once', async () => {
    await tact.worker.evaluate(`(${local})().set({ settings: { gate: false } })`);
    const page = await tact.openSite('x', '/home');
    await typeInto(page, box, DRAFTS.riskyEn);
    await waitForSidebar(page, (v) => v.state === 'ready' && v.findings.includes('7:risk'));
    await page.locator(submit).click();
    await expect.poll(() => posted(page)).toEqual([DRAFTS.riskyEn]);
    await tact.worker.evaluate(resetSettings);
    await page.close();
  });

  test('Alt+Shift+T moves into the sidebar, Escape goes back with the caret where it was', async () => {
    const page = await tact.openSite('x', '/home');
    await typeInto(page, box, DRAFTS.riskyEn);
    await waitForSidebar(page, (v) => v.state === 'ready' && v.findings.length > 0);
    await page.keyboard.press('Alt+Shift+T');
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('TACT-SIDEBAR');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate((s) => document.activeElement === document.querySelector(s), box)).toBe(true);
    await page.keyboard.type(' More.');
    expect(await modelText(page, box)).toBe(`${DRAFTS.riskyEn} More.`);
    await page.close();
  });

  test('any other box on the site is covered by the generic fallback', async () => {
    const page = await tact.openSite('x', '/explore');
    // A box the X adapter does not know (a form added by the test, as a redesign might).
    await page.evaluate(() => {
      const form = document.createElement('form');
      form.innerHTML = '<textarea id="other" rows="4" cols="60"></textarea><button type="submit">Send</button>';
      form.addEventListener('submit', (e) => e.preventDefault());
      document.querySelector('[data-testid="primaryColumn"]')!.prepend(form);
    });
    await page.locator('#other').click();
    await page.keyboard.type(DRAFTS.riskyEn);
    const expected = expectedFindings(DRAFTS.riskyEn, { site: 'x', kind: 'post', account: 'personal' });
    await waitForSidebar(page, (v) => v.state === 'ready' && sameMultiset(v.findings, expected));
    expect(await page.locator('#other').inputValue()).toBe(DRAFTS.riskyEn);
    await page.close();
  });

  test('a malformed brand profile is named in the sidebar, and the draft is still checked without it', async () => {
    await tact.worker.evaluate(`(${local})().set({ profile: { brand: 'Brisa', voice: { person: 'they' } } })`);
    const page = await tact.openSite('x', '/home');
    await typeInto(page, box, DRAFTS.riskyEn);
    const view = await waitForSidebar(page, (v) => v.state === 'ready' && v.findings.includes('7:risk'));
    expect(view.text).toMatch(/brand profile has an error, so it was not used: Invalid profile/);
    await tact.worker.evaluate(`Promise.all([chrome.storage.local.remove('profile'), chrome.storage.sync.remove('profile')])`);
    await page.close();
  });

  test('a draft longer than the limit keeps all its text; the sidebar says what was checked', async () => {
    const page = await tact.openSite('x', '/explore');
    await page.evaluate(() => {
      const area = document.createElement('textarea');
      area.id = 'long';
      document.querySelector('[data-testid="primaryColumn"]')!.prepend(area);
    });
    const long = `${DRAFTS.riskyEn} `.repeat(2600); // about 230,000 characters
    await page.locator('#long').fill(long);
    await page.locator('#long').focus();
    const view = await waitForSidebar(page, (v) => v.state === 'ready' && v.findings.includes('7:risk'), 15_000);
    expect(view.text).toContain('Only the first 200,000 characters were checked.');
    expect(await page.locator('#long').inputValue()).toBe(long);
    await page.close();
  });

  test('a narrow window: a badge outside the composer instead of a panel over it; the panel opens below', async () => {
    const page = await tact.openSite('x', '/home');
    await page.setViewportSize({ width: 700, height: 800 });
    await typeInto(page, box, DRAFTS.riskyEn);
    const badge = await waitForSidebar(page, (v) => v.state === 'ready' && v.mode === 'badge' && v.findings.length === 0);
    expect(badge.text.trim()).toBe(String(expectedFindings(DRAFTS.riskyEn, { site: 'x', kind: 'post', account: 'personal' }).length));
    const overlap = () =>
      page.evaluate((selector) => {
        const a = document.querySelector(selector)!.getBoundingClientRect();
        const b = document.querySelector('tact-sidebar')!.shadowRoot!.querySelector('.tact > *')!.getBoundingClientRect();
        return a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;
      }, box);
    expect(await overlap()).toBe(false);
    await clickInSidebar(page, '.badge');
    await waitForSidebar(page, (v) => v.mode === 'panel' && v.findings.length > 0);
    expect(await overlap()).toBe(false);
    await clickInSidebar(page, 'button[aria-label="Collapse Tact"]');
    await waitForSidebar(page, (v) => v.mode === 'badge');
    // A stopped submit opens the panel by itself, to ask.
    await page.locator(submit).click();
    await waitForSidebar(page, (v) => v.mode === 'panel' && v.gate);
    expect(await overlap()).toBe(false);
    expect(await posted(page)).toEqual([]);
    // Back to a wide window: the panel moves beside the composer again.
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect.poll(async () => (await waitForSidebar(page, (v) => v.mode === 'panel')).top).toBeLessThan(120);
    await page.close();
  });

  test('the sidebar follows the composer when the page scrolls', async () => {
    const page = await tact.openSite('x', '/home');
    await page.evaluate(() => (document.body.style.paddingBottom = '2000px')); // room to scroll
    await typeInto(page, box, DRAFTS.riskyEn);
    const before = await waitForSidebar(page, (v) => v.state === 'ready' && v.mode === 'panel');
    const boxTop = () => page.evaluate((s) => document.querySelector(s)!.getBoundingClientRect().top, box);
    const top0 = await boxTop();
    await page.mouse.wheel(0, 40);
    await expect.poll(boxTop).toBeLessThan(top0 - 30);
    const moved = top0 - (await boxTop());
    await expect.poll(async () => Math.round((await waitForSidebar(page, (v) => v.mode === 'panel')).top)).toBe(Math.round(before.top - moved));
    // Scrolled out of sight, the composer takes its sidebar along.
    await page.mouse.wheel(0, 1500);
    await waitForSidebar(page, (v) => v.mode === 'hidden');
    await page.close();
  });
});
