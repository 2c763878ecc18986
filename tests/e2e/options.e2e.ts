// The options page drives the open sidebars: a profile saved there (a competitor added) and a language
// chosen there reach a sidebar already on screen, within a second, without reloading the page.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { check } from '../../rules';
import { t } from '../../components/locales/options';
import { REPO_ROOT, typeInto, type Tact } from './harness';
import { browserForSuite } from './lifecycle';
import { sameMultiset, waitForSidebar } from './sidebar';

const box = '[data-testid="tweetTextarea_0"]';
const BASHING = 'Honestly, Voltaro bikes are garbage and their support is a joke.';

describe('options page → open sidebars', () => {
  const browser = browserForSuite();
  let tact: Tact;
  beforeAll(() => {
    tact = browser();
  });

  const openOptions = async (): Promise<Page> => {
    const page = await tact.context.newPage();
    await page.setViewportSize({ width: 960, height: 900 });
    await page.goto(`chrome-extension://${tact.extensionId}/options.html`);
    await page.getByRole('button', { name: t('en', 'save') }).waitFor();
    return page;
  };

  test('a competitor added in the options is flagged in the open sidebar within a second', async () => {
    const x = await tact.openSite('x', '/home');
    await typeInto(x, box, BASHING);
    const context = { site: 'x', kind: 'post', account: 'personal' } as const;
    const withoutProfile = check(BASHING, context).findings.map((f) => `${f.practice}:${f.severity}`);
    const before = await waitForSidebar(x, (v) => v.state === 'ready' && sameMultiset(v.findings, withoutProfile));

    const options = await openOptions();
    await options.getByRole('textbox', { name: t('en', 'brand') }).fill('Brisa');
    await options.getByRole('textbox', { name: t('en', 'addTo', { field: t('en', 'competitors') }) }).fill('Voltaro');
    await options.keyboard.press('Enter');
    await options.getByRole('button', { name: t('en', 'save') }).click();
    const savedAt = Date.now();
    await options.getByText(t('en', 'saved')).waitFor();
    await options.screenshot({ path: join(REPO_ROOT, 'assets', 'screenshots', 'options-en.png'), fullPage: true });

    // What the engine says with the profile the options page saved.
    const saved = (await tact.worker.evaluate(`chrome.storage.local.get('profile')`)) as { profile: { state: { profile: unknown } } };
    const profile = saved.profile.state.profile as { competitors: string[] };
    expect(profile.competitors).toEqual(['Voltaro']);
    const withProfile = check(BASHING, context, profile).findings.map((f) => `${f.practice}:${f.severity}`);
    // Practice 14 (don't bash competitors) needs to know who the competitors are.
    expect(withProfile.some((f) => f.startsWith('14:'))).toBe(true);
    expect(withoutProfile.some((f) => f.startsWith('14:'))).toBe(false);
    await waitForSidebar(x, (v) => v.state === 'ready' && v.seq > before.seq && sameMultiset(v.findings, withProfile), 2000);
    expect(Date.now() - savedAt).toBeLessThan(1000);
    await options.close();
    await x.close();
  });

  test('switching the interface to French turns the open sidebar French', async () => {
    const x = await tact.openSite('x', '/home');
    await typeInto(x, box, BASHING);
    await waitForSidebar(x, (v) => v.state === 'ready' && v.text.includes('Writing as'));
    const options = await openOptions();
    await options.getByRole('combobox', { name: t('en', 'locale') }).selectOption('fr');
    const changedAt = Date.now();
    // The options page itself follows at once...
    await options.getByRole('button', { name: t('fr', 'save') }).waitFor();
    // ...and so does the sidebar on the other tab.
    await waitForSidebar(x, (v) => v.state === 'ready' && v.text.includes('J’écris en tant que'), 2000);
    expect(Date.now() - changedAt).toBeLessThan(1000);
    await options.screenshot({ path: join(REPO_ROOT, 'assets', 'screenshots', 'options-fr.png') });
    await options.getByRole('combobox', { name: t('fr', 'locale') }).selectOption('auto');
    await options.close();
    await x.close();
  });
});
