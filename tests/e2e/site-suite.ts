// The behaviour every site must show, run by x.e2e.ts, linkedin.e2e.ts and facebook.e2e.ts against their
// fixture: the sidebar lists what the engine finds, the site's editor keeps exactly what was typed, the
// gate holds a risky submit, several boxes, navigation, a stopped worker, the account switch, dark mode.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Account, Kind } from '../../rules';
import { join } from 'node:path';
import { modelText, navigate, posted, REPO_ROOT, typeInto, type Tact } from './harness';
import { browserForSuite } from './lifecycle';
import { clickInSidebar, expectedFindings, sameMultiset, sidebars, waitForSidebar, type SidebarView } from './sidebar';

export interface SiteScenario {
  site: 'x' | 'linkedin' | 'facebook';
  label: string;
  home: string;
  /** A page without any compose box (navigation test). */
  away: string;
  /** Opens the new-post composer on `home`; returns the box's selector. */
  openPost(page: Page): Promise<string>;
  /** A page with a reply or comment box: its path, the box, and the parent text the box answers. */
  reply: { path: string; box: string; parent(page: Page): Promise<string> };
  /** Two boxes on one page. */
  twoBoxes: { path: string; boxes: [BoxSpec, BoxSpec] };
  /** The site's submit button for a box. */
  submitFor(box: string): string;
  /** The site sends a comment on plain Enter. */
  enterSends?: { box: string };
}

export interface BoxSpec {
  box: string;
  kind: Kind;
  parent?(page: Page): Promise<string>;
}

export const DRAFTS = {
  riskyEn: 'Between us, the Q3 numbers are confidential until the earnings call, and they are bad.',
  riskyFr: 'Réunion de dingue ce matin : on a vu les chiffres internes, 12 000 abonnés en France et une marge négative.',
  cleanEn: 'Lovely ride along the river this morning, the light on the water was beautiful.',
  cleanFr: 'Belle balade le long de la Loire ce matin, la lumière sur l’eau était superbe.',
  /** Flagged only as a reply: a dismissive answer to someone. */
  dismissiveReply: 'lol who cares',
  /** Speaking for the employer from a personal account: flagged for personal, less for brand. */
  speaksForEmployer: 'As workshop lead, and speaking on behalf of everyone here: we will NOT be raising prices this year. You heard it here first.',
};

const ready = (seqAbove: number) => (view: SidebarView) => view.state === 'ready' && view.seq > seqAbove && view.mode !== 'hidden';

async function reportFor(page: Page, draft: string, kind: Kind, account: Account, site: SiteScenario['site'], parent?: string, seqAbove = 0) {
  const expected = expectedFindings(draft, { site, kind, account, parent });
  const view = await waitForSidebar(page, (v) => ready(seqAbove)(v) && sameMultiset(v.findings, expected));
  return { view, expected };
}

/** The box's rectangle and the sidebar panel's, in the page. */
async function rectangles(page: Page, box: string) {
  return page.evaluate((selector) => {
    const r = (e: Element | null | undefined) => {
      const b = e?.getBoundingClientRect();
      return b ? { left: b.left, top: b.top, right: b.right, bottom: b.bottom } : null;
    };
    const panel = [...document.querySelectorAll('tact-sidebar')].map((h) => h.shadowRoot?.querySelector('.tact')).find((e) => e && e.getBoundingClientRect().width > 0);
    return { box: r(document.querySelector(selector)), panel: r(panel) };
  }, box);
}

export function siteSuite(scenario: SiteScenario): void {
  const { site } = scenario;
  describe(`${scenario.label}: Tact in the page`, () => {
    const browser = browserForSuite();
    let tact: Tact;
    beforeAll(() => {
      tact = browser();
    });

    test('a risky post: the sidebar beside the box lists what the engine finds, in English and in French', async () => {
      const page = await tact.openSite(site, scenario.home);
      const box = await scenario.openPost(page);
      await typeInto(page, box, DRAFTS.riskyEn);
      const { view } = await reportFor(page, DRAFTS.riskyEn, 'post', 'personal', site);
      expect(view.findings).toContain('7:risk');
      // Beside the composer, not over it.
      const { box: boxRect, panel } = await rectangles(page, box);
      expect(boxRect && panel).toBeTruthy();
      const overlaps = panel!.left < boxRect!.right && panel!.right > boxRect!.left && panel!.top < boxRect!.bottom && panel!.bottom > boxRect!.top;
      expect(overlaps).toBe(false);
      // The README's screenshot of this site: a finding hovered, its words highlighted in the box.
      await page.locator('tact-sidebar [data-practice="7"]').first().hover();
      await page.screenshot({ path: join(REPO_ROOT, 'assets', 'screenshots', `sidebar-${site}.png`) });
      await page.mouse.move(0, 0);

      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.press('Backspace');
      await typeInto(page, box, DRAFTS.riskyFr);
      const french = await reportFor(page, DRAFTS.riskyFr, 'post', 'personal', site, undefined, view.seq);
      expect(french.view.findings).toContain('7:risk');
      await page.close();
    });

    test('a clean post: nothing flagged, and the sidebar says how many practices were checked', async () => {
      const page = await tact.openSite(site, scenario.home);
      const box = await scenario.openPost(page);
      await typeInto(page, box, DRAFTS.cleanEn);
      const view = await waitForSidebar(page, ready(0));
      expect(view.findings).toEqual([]);
      expect(view.text).toMatch(/Nothing to flag\. 25 practices checked\./);
      await page.close();
    });

    test('a reply is checked as a reply to the post shown above it', async () => {
      const page = await tact.openSite(site, scenario.reply.path);
      const parent = await scenario.reply.parent(page);
      expect(parent.length).toBeGreaterThan(10);
      await typeInto(page, scenario.reply.box, DRAFTS.dismissiveReply);
      const { view } = await reportFor(page, DRAFTS.dismissiveReply, 'reply', 'personal', site, parent);
      // As a post the same words are fine: this proves the context reached the engine.
      expect(expectedFindings(DRAFTS.dismissiveReply, { site, kind: 'post', account: 'personal' })).toEqual([]);
      expect(view.findings.length).toBeGreaterThan(0);
      await page.close();
    });

    test('the editor keeps exactly what was typed, and Tact never touches its DOM', async () => {
      const page = await tact.openSite(site, scenario.home);
      const box = await scenario.openPost(page);
      const text = `${DRAFTS.riskyEn}\nSecond line.\n\nAfter an empty line.`;
      await typeInto(page, box, text);
      const { view } = await reportFor(page, text, 'post', 'personal', site);
      expect(await modelText(page, box)).toBe(text);
      // Watch the page while the person reads, hovers, dismisses and switches account in the sidebar.
      await page.evaluate(() => {
        const changes: string[] = [];
        (window as unknown as { __changes: string[] }).__changes = changes;
        new MutationObserver((records) => {
          for (const r of records) {
            const added = [...r.addedNodes].filter((n) => n.nodeName !== 'TACT-SIDEBAR');
            const removed = [...r.removedNodes].filter((n) => n.nodeName !== 'TACT-SIDEBAR');
            if (r.type !== 'childList' || added.length || removed.length) changes.push(`${r.type} on ${(r.target as Element).nodeName ?? r.target.nodeType}`);
          }
        }).observe(document.documentElement, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['class', 'style', 'contenteditable', 'data-placeholder'] });
      });
      const finding = page.locator('tact-sidebar [data-practice="7"]').first();
      await finding.hover();
      // The words are painted with the CSS Custom Highlight API: no DOM change, just a highlight range.
      await expect.poll(() => page.evaluate(() => [...(CSS.highlights.get('tact-words') ?? [])].map((r) => r.toString()).join('|'))).toMatch(/confidential|Q3|Between us/i);
      await page.mouse.move(0, 0);
      await expect.poll(() => page.evaluate(() => CSS.highlights.has('tact-words'))).toBe(false);
      await finding.locator('button.dismiss').click();
      await waitForSidebar(page, (v) => !v.findings.includes('7:risk') && v.seq === view.seq);
      expect(await page.evaluate(() => (window as unknown as { __changes: string[] }).__changes)).toEqual([]);
      expect(await modelText(page, box)).toBe(text);
      await page.close();
    });

    test('the gate stops a risky post; "Review" keeps it, "Post anyway" lets that same submit through', async () => {
      const page = await tact.openSite(site, scenario.home);
      const box = await scenario.openPost(page);
      await typeInto(page, box, DRAFTS.riskyEn);
      await reportFor(page, DRAFTS.riskyEn, 'post', 'personal', site);
      await page.locator(scenario.submitFor(box)).click();
      await waitForSidebar(page, (v) => v.gate);
      expect(await posted(page)).toEqual([]);
      await clickInSidebar(page, '[data-tact-action="review"]');
      await waitForSidebar(page, (v) => !v.gate);
      expect(await posted(page)).toEqual([]);
      // The keyboard shortcut is held the same way.
      await page.locator(box).click();
      await page.keyboard.press('ControlOrMeta+Enter');
      await waitForSidebar(page, (v) => v.gate);
      expect(await posted(page)).toEqual([]);
      await clickInSidebar(page, '[data-tact-action="post-anyway"]');
      await expect.poll(() => posted(page)).toEqual([DRAFTS.riskyEn]);
      await page.close();
    });

    test('a clean draft posts at once, with no gate', async () => {
      const page = await tact.openSite(site, scenario.home);
      const box = await scenario.openPost(page);
      await typeInto(page, box, DRAFTS.cleanEn);
      // Submitted before the debounce ends: Tact checks first, then lets it through.
      await page.locator(scenario.submitFor(box)).click();
      await expect.poll(() => posted(page)).toEqual([DRAFTS.cleanEn]);
      expect((await sidebars(page)).some((v) => v.gate)).toBe(false);
      await page.close();
    });

    if (scenario.enterSends) {
      const { box } = scenario.enterSends;
      test('plain Enter, which sends here, is held by the gate too', async () => {
        const page = await tact.openSite(site, scenario.reply.path);
        await typeInto(page, box, DRAFTS.riskyEn);
        await reportFor(page, DRAFTS.riskyEn, 'reply', 'personal', site, await scenario.reply.parent(page));
        await page.keyboard.press('Enter');
        await waitForSidebar(page, (v) => v.gate);
        expect(await posted(page)).toEqual([]);
        await clickInSidebar(page, '[data-tact-action="post-anyway"]');
        await expect.poll(() => posted(page)).toEqual([DRAFTS.riskyEn]);
        await page.close();
      });
    }

    test('two compose boxes at once each get their own sidebar', async () => {
      const page = await tact.openSite(site, scenario.twoBoxes.path);
      const [first, second] = scenario.twoBoxes.boxes;
      await typeInto(page, first.box, DRAFTS.riskyEn);
      await typeInto(page, second.box, DRAFTS.speaksForEmployer);
      for (const [spec, draft] of [[first, DRAFTS.riskyEn], [second, DRAFTS.speaksForEmployer]] as const) {
        const expected = expectedFindings(draft, { site, kind: spec.kind, account: 'personal', parent: await spec.parent?.(page) });
        expect(expected.length).toBeGreaterThan(0);
        await waitForSidebar(page, (v) => v.state === 'ready' && v.mode !== 'hidden' && sameMultiset(v.findings, expected));
      }
      expect(await page.locator('tact-sidebar').count()).toBe(2);
      expect(await modelText(page, first.box)).toBe(DRAFTS.riskyEn);
      expect(await modelText(page, second.box)).toBe(DRAFTS.speaksForEmployer);
      await page.close();
    });

    test('a composer removed by navigation takes its sidebar along; the one added back works', async () => {
      const page = await tact.openSite(site, scenario.home);
      let box = await scenario.openPost(page);
      await typeInto(page, box, DRAFTS.riskyEn);
      await reportFor(page, DRAFTS.riskyEn, 'post', 'personal', site);
      await navigate(page, scenario.away);
      await expect.poll(() => page.locator('tact-sidebar').count()).toBe(0);
      await navigate(page, scenario.home);
      box = await scenario.openPost(page);
      await typeInto(page, box, DRAFTS.speaksForEmployer);
      await reportFor(page, DRAFTS.speaksForEmployer, 'post', 'personal', site);
      await page.close();
    });

    test('the worker stopped mid-typing: the sidebar updates again within a second', async () => {
      const page = await tact.openSite(site, scenario.home);
      const box = await scenario.openPost(page);
      const half = 'Between us, the Q3 numbers';
      await typeInto(page, box, half);
      const before = await waitForSidebar(page, ready(0));
      const cdp = await page.context().newCDPSession(page);
      const statuses: string[] = [];
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => versions.forEach((v) => statuses.push(v.runningStatus)));
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      // The worker really stopped, and was started again by the next keystroke's request.
      await expect.poll(() => statuses.includes('stopped')).toBe(true);
      await page.keyboard.type(DRAFTS.riskyEn.slice(half.length));
      const typedAt = Date.now();
      await reportFor(page, DRAFTS.riskyEn, 'post', 'personal', site, undefined, before.seq);
      expect(Date.now() - typedAt).toBeLessThan(1000);
      expect(statuses.lastIndexOf('running')).toBeGreaterThan(statuses.indexOf('stopped'));
      await cdp.detach();
      await page.close();
    });

    test('the account switch re-checks the draft and is remembered for the site', async () => {
      const page = await tact.openSite(site, scenario.home);
      const box = await scenario.openPost(page);
      await typeInto(page, box, DRAFTS.speaksForEmployer);
      const personal = await reportFor(page, DRAFTS.speaksForEmployer, 'post', 'personal', site);
      await clickInSidebar(page, '[data-tact-account="brand"]');
      const brand = await reportFor(page, DRAFTS.speaksForEmployer, 'post', 'brand', site, undefined, personal.view.seq);
      expect(sameMultiset(personal.expected, brand.expected)).toBe(false);
      expect(await page.locator('tact-sidebar [data-tact-account="brand"]').getAttribute('aria-pressed')).toBe('true');
      await page.close();

      const again = await tact.openSite(site, scenario.home);
      const box2 = await scenario.openPost(again);
      await typeInto(again, box2, DRAFTS.speaksForEmployer);
      await reportFor(again, DRAFTS.speaksForEmployer, 'post', 'brand', site);
      await clickInSidebar(again, '[data-tact-account="personal"]');
      await reportFor(again, DRAFTS.speaksForEmployer, 'post', 'personal', site);
      await again.close();
    });

    test('dark pages get a dark sidebar', async () => {
      const page = await tact.openSite(site, scenario.home, { theme: 'dark' });
      const box = await scenario.openPost(page);
      await typeInto(page, box, DRAFTS.riskyEn);
      const { view } = await reportFor(page, DRAFTS.riskyEn, 'post', 'personal', site);
      expect(view.theme).toBe('dark');
      await page.close();
    });

    test('collapses to a badge with the count, and opens again', async () => {
      const page = await tact.openSite(site, scenario.home);
      const box = await scenario.openPost(page);
      await typeInto(page, box, DRAFTS.riskyEn);
      const { view, expected } = await reportFor(page, DRAFTS.riskyEn, 'post', 'personal', site);
      await clickInSidebar(page, `button[aria-label="Collapse Tact"]`);
      const badge = await waitForSidebar(page, (v) => v.mode === 'badge');
      expect(badge.text.trim()).toBe(String(expected.length));
      expect(badge.seq).toBe(view.seq);
      await clickInSidebar(page, '.badge');
      await waitForSidebar(page, (v) => v.mode === 'panel');
      await page.close();
    });
  });
}

