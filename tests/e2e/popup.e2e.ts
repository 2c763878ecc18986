// The popup's checklist for the draft in a tab: opened on the X fixture with a draft typed, it shows the
// 25 practices grouped as the engine's findings say, and the ticks survive closing and reopening it.
// (The popup page is opened in a tab of its own with ?tab=<id>, the tab it reviews.)
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { check } from '../../rules';
import { t } from '../../components/locales/popup';
import { REPO_ROOT, typeInto, type Tact } from './harness';
import { browserForSuite } from './lifecycle';
import { waitForSidebar } from './sidebar';

const DRAFT = 'Those idiots at the other bank are clueless. Call me at 06 12 34 56 78.';

describe('popup checklist', () => {
  for (const lang of ['en', 'fr'] as const) {
    describe(`in ${lang === 'en' ? 'English' : 'French'}`, () => {
      const browser = browserForSuite({ uiLanguage: lang });
      let tact: Tact;
      beforeAll(() => {
        tact = browser();
      });

      const openPopup = async (tabId: number): Promise<Page> => {
        const page = await tact.context.newPage();
        await page.setViewportSize({ width: 380, height: 600 });
        await page.goto(`chrome-extension://${tact.extensionId}/popup.html?tab=${tabId}`);
        await page.locator('[data-group]').first().waitFor();
        return page;
      };

      test('shows the draft of the tab as a checklist; ticks survive reopening', async () => {
        const x = await tact.openSite('x', '/home');
        await typeInto(x, '[data-testid="tweetTextarea_0"]', DRAFT);
        await waitForSidebar(x, (v) => v.state === 'ready' && v.findings.length > 0);
        // The X tab's id: the active tab once brought to the front (no "tabs" permission: no URL filter).
        await x.bringToFront();
        const [tabId] = (await tact.worker.evaluate(`chrome.tabs.query({ active: true, lastFocusedWindow: true }).then((tabs) => tabs.map((tab) => tab.id))`)) as number[];

        const popup = await openPopup(tabId!);
        expect(await popup.getByText(DRAFT.slice(0, 30)).count()).toBeGreaterThan(0);
        // Flagged = the practices the engine finds at warn or risk for this draft and context.
        const report = check(DRAFT, { site: 'x', kind: 'post', account: 'personal', locale: lang });
        const flagged = [...new Set(report.findings.filter((f) => f.severity !== 'info').map((f) => f.practice))].sort((a, b) => a - b);
        expect(flagged.length).toBeGreaterThan(0);
        const shownFlagged = (await popup.locator('li[data-group="flagged"]').evaluateAll((items) => items.map((i) => Number(i.getAttribute('data-practice'))))).sort((a, b) => a - b);
        expect(shownFlagged).toEqual(flagged);
        expect(await popup.locator('li[data-practice]').count()).toBe(25);
        await popup.getByText(t(lang, 'progress', { reviewed: 25 - flagged.length - (await popup.locator('li[data-group="yourCall"]').count()), total: 25 })).waitFor();

        await popup.screenshot({ path: join(REPO_ROOT, 'assets', 'screenshots', `popup-${lang}.png`) });
        // Tick the first "your call" practice: progress moves, and the tick is still there after reopening.
        const yourCall = popup.locator('li[data-group="yourCall"] input[type="checkbox"]').first();
        await yourCall.check();
        const progress = await popup.getByText(/\d+\/25/).first().innerText();
        await popup.close();
        const again = await openPopup(tabId!);
        expect(await again.locator('li[data-group="yourCall"] input[type="checkbox"]').first().isChecked()).toBe(true);
        expect(await again.getByText(/\d+\/25/).first().innerText()).toBe(progress);
        await again.close();
        await x.close();
      });
    });
  }
});
