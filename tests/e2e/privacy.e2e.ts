// Privacy, in a real browser: a full session on X, LinkedIn and Facebook in one browser — risky and clean drafts in
// posts and replies, findings hovered and dismissed, the account switched, the gate passed with "Post anyway", the
// popup's review ticked and copied, a profile saved in the options page, a hostile draft — and not one request
// leaves the machine. Every request is attributed to who made it: the service worker (the harness's networkLog
// and Playwright's request events), an extension page (the requesting frame's address), a content script (the
// initiator stack DevTools records for each request of the site tabs). A second block proves that attribution
// on a probe extension that does make requests from its worker, its page and its content script.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page, Request, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { t as optionsT } from '../../components/locales/options';
import { t as popupT } from '../../components/locales/popup';
import type { Account, Kind } from '../../rules';
import { launch, posted, typeInto, type Tact } from './harness';
import { browserForSuite } from './lifecycle';
import { clickInSidebar, expectedFindings, sameMultiset, waitForSidebar, type SidebarView } from './sidebar';
import { DRAFTS } from './site-suite';

type SiteName = 'x' | 'linkedin' | 'facebook';

interface SiteSession {
  site: SiteName;
  origin: string;
  home: string;
  /** Opens the new-post composer; returns the box's selector. */
  openPost(page: Page): Promise<string>;
  submit: string;
  reply: { path: string; box: string; parent(page: Page): Promise<string> };
}

const xBox = '[data-testid="tweetTextarea_0"]';
const liPost = (n: number) => `.feed-shared-update-v2[data-urn="urn:li:activity:${n}"]`;
const liShare = '.share-box-v2__modal .share-creation-state__text-editor .ql-editor';
const fbArticle = (n: number) => `[role="article"][aria-posinset="${n}"]`;
const fbComposer = '[role="dialog"][aria-label="Create post"] [data-lexical-editor="true"]';

const SITES: SiteSession[] = [
  {
    site: 'x',
    origin: 'https://x.com',
    home: '/home',
    openPost: async (page) => {
      await page.locator(xBox).waitFor();
      return xBox;
    },
    submit: '[data-testid="tweetButtonInline"]',
    reply: { path: '/ada/status/1790000000000000001', box: xBox, parent: (page) => page.locator('[data-testid="tweetText"]').first().innerText() },
  },
  {
    site: 'linkedin',
    origin: 'https://www.linkedin.com',
    home: '/feed/',
    openPost: async (page) => {
      await page.getByRole('button', { name: 'Start a post' }).click();
      await page.locator(liShare).waitFor();
      return liShare;
    },
    submit: '.share-box-v2__modal button.share-actions__primary-action',
    reply: { path: '/feed/', box: `${liPost(1)} .comments-comment-texteditor .ql-editor`, parent: (page) => page.locator(`${liPost(1)} .feed-shared-update-v2__description`).innerText() },
  },
  {
    site: 'facebook',
    origin: 'https://www.facebook.com',
    home: '/',
    openPost: async (page) => {
      await page.getByRole('button', { name: "What's on your mind, Alex?" }).click();
      await page.locator(fbComposer).waitFor();
      return fbComposer;
    },
    submit: '[role="dialog"][aria-label="Create post"] [role="button"][aria-label="Post"]',
    reply: { path: '/', box: `${fbArticle(1)} form [aria-label="Write a comment…"]`, parent: (page) => page.locator(`${fbArticle(1)} [data-ad-preview="message"]`).innerText() },
  },
];

/** The hostile draft of the X test: the engine quotes the markup (a password-like phrase, an e-mail address). */
const PAYLOAD = '<img src=x onerror="window.__pwned=1">';
const HOSTILE = `Our secret project ${PAYLOAD} ships soon, write to ${PAYLOAD}jo@example.com`;

/** Every draft typed in the session: none may be found in the extension's storage. */
const TYPED = [DRAFTS.riskyEn, DRAFTS.riskyFr, DRAFTS.cleanEn, DRAFTS.cleanFr, DRAFTS.dismissiveReply, DRAFTS.speaksForEmployer, HOSTILE];

const isNetwork = (url: string) => /^(https?|wss?|ftp):/i.test(url);

// ——— Who made a request ———

type Source = 'service worker' | 'extension page' | 'content script' | 'site';

interface Seen {
  source: Source;
  url: string;
  /** The worker's or the frame's address, or the extension script in the initiator stack. */
  by: string;
}

interface CdpInitiator {
  url?: string;
  stack?: CdpStack;
}
interface CdpStack {
  callFrames: { url: string }[];
  parent?: CdpStack;
}

/** The first chrome-extension:// script in a request's initiator (its URL or any frame of its async stack). */
function extensionScript(initiator: CdpInitiator | undefined): string | null {
  if (initiator?.url?.startsWith('chrome-extension://')) return initiator.url;
  for (let stack = initiator?.stack; stack; stack = stack.parent) {
    const frame = stack.callFrames.find((f) => f.url.startsWith('chrome-extension://'));
    if (frame) return frame.url;
  }
  return null;
}

/**
 * Records every request of the browser context with its source. Site tabs opened through `open` also get a
 * DevTools session whose Network events carry each request's initiator: a request started by a content script
 * has the content script's chrome-extension:// URL in its stack.
 */
function watchRequests(context: BrowserContext) {
  const seen: Seen[] = [];
  /** Every request the context reported, network or not (proves the listener is live). */
  const all: { url: string; by: string }[] = [];
  /** Requests DevTools saw on the site tabs: url and the extension script that started it, if any. */
  const initiated: { url: string; script: string | null }[] = [];

  context.on('request', (request: Request) => {
    const url = request.url();
    const worker = request.serviceWorker();
    let by: string;
    try {
      by = worker ? worker.url() : request.frame().url();
    } catch {
      by = '(no frame)';
    }
    all.push({ url, by });
    if (!isNetwork(url)) return;
    const source: Source = worker ? 'service worker' : by.startsWith('chrome-extension://') ? 'extension page' : 'site';
    seen.push({ source, url, by });
  });

  return {
    seen,
    all,
    initiated,
    /** A new tab on a site's fixture, watched from its first request. */
    async open(origin: string, path: string): Promise<Page> {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      cdp.on('Network.requestWillBeSent', (event: { request: { url: string }; initiator?: CdpInitiator }) => {
        initiated.push({ url: event.request.url, script: extensionScript(event.initiator) });
      });
      await cdp.send('Network.enable');
      await page.goto(new URL(path, origin).href);
      await page.waitForFunction(() => window.__fixture !== undefined);
      return page;
    },
    /** The requests Tact made, by source. */
    fromTact() {
      return {
        serviceWorker: seen.filter((s) => s.source === 'service worker'),
        extensionPages: seen.filter((s) => s.source === 'extension page'),
        contentScripts: initiated.filter((i) => i.script !== null && isNetwork(i.url)),
      };
    },
  };
}

/** The extension's live service worker (MV3 may have stopped and restarted the one the harness found). */
function liveWorker(tact: Tact): Worker {
  return tact.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${tact.extensionId}/`)) ?? tact.worker;
}

// ——— The session ———

describe('a full session on X, LinkedIn and Facebook: nothing leaves the machine', () => {
  const browser = browserForSuite();
  let tact: Tact;
  let watch: ReturnType<typeof watchRequests>;
  /** The X reply tab, kept open for the popup. */
  let xReply: Page;
  beforeAll(() => {
    tact = browser();
    watch = watchRequests(tact.context);
  });

  const ready = (seqAbove: number) => (v: SidebarView) => v.state === 'ready' && v.seq > seqAbove && v.mode !== 'hidden';
  async function report(page: Page, site: SiteName, draft: string, kind: Kind, account: Account, parent?: string, seqAbove = 0): Promise<SidebarView> {
    const expected = expectedFindings(draft, { site, kind, account, parent });
    return waitForSidebar(page, (v) => ready(seqAbove)(v) && sameMultiset(v.findings, expected));
  }
  async function clearBox(page: Page, box: string): Promise<void> {
    await page.locator(box).first().click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Backspace');
  }

  for (const s of SITES) {
    test(`${s.site}: posts and replies, risky and clean, hover, dismiss, account switch, the gate`, async () => {
      const { site } = s;
      // A risky post: hover a finding (its words are highlighted), dismiss it.
      let page = await watch.open(s.origin, s.home);
      let box = await s.openPost(page);
      await typeInto(page, box, DRAFTS.riskyEn);
      let view = await report(page, site, DRAFTS.riskyEn, 'post', 'personal');
      expect(view.findings).toContain('7:risk');
      await page.locator('tact-sidebar [data-practice="7"]').first().hover();
      await expect.poll(() => page.evaluate(() => CSS.highlights.has('tact-words'))).toBe(true);
      await page.mouse.move(0, 0);
      await page.locator('tact-sidebar [data-practice="7"] button.dismiss').first().click();
      await waitForSidebar(page, (v) => !v.findings.includes('7:risk') && v.seq === view.seq);
      // A clean post, then the account switch (and back, so the other tests find the default).
      await clearBox(page, box);
      await typeInto(page, box, DRAFTS.cleanEn);
      view = await report(page, site, DRAFTS.cleanEn, 'post', 'personal', undefined, view.seq);
      expect(view.findings).toEqual([]);
      await clearBox(page, box);
      await typeInto(page, box, DRAFTS.speaksForEmployer);
      view = await report(page, site, DRAFTS.speaksForEmployer, 'post', 'personal', undefined, view.seq);
      await clickInSidebar(page, '[data-tact-account="brand"]');
      view = await report(page, site, DRAFTS.speaksForEmployer, 'post', 'brand', undefined, view.seq);
      await clickInSidebar(page, '[data-tact-account="personal"]');
      await report(page, site, DRAFTS.speaksForEmployer, 'post', 'personal', undefined, view.seq);
      await page.close();

      // The gate holds a risky post; "Post anyway" lets it through.
      page = await watch.open(s.origin, s.home);
      box = await s.openPost(page);
      await typeInto(page, box, DRAFTS.riskyFr);
      await report(page, site, DRAFTS.riskyFr, 'post', 'personal');
      await page.locator(s.submit).click();
      await waitForSidebar(page, (v) => v.gate);
      expect(await posted(page)).toEqual([]);
      await clickInSidebar(page, '[data-tact-action="post-anyway"]');
      await expect.poll(() => posted(page)).toEqual([DRAFTS.riskyFr]);
      await page.close();

      // Replies: a clean one, then a dismissive one.
      page = await watch.open(s.origin, s.reply.path);
      const parent = await s.reply.parent(page);
      await typeInto(page, s.reply.box, DRAFTS.cleanFr);
      view = await report(page, site, DRAFTS.cleanFr, 'reply', 'personal', parent);
      await clearBox(page, s.reply.box);
      await typeInto(page, s.reply.box, DRAFTS.dismissiveReply);
      view = await report(page, site, DRAFTS.dismissiveReply, 'reply', 'personal', parent, view.seq);
      expect(view.findings.length).toBeGreaterThan(0);
      if (site === 'x') xReply = page;
      else await page.close();
    });
  }

  test('the popup reviews the X reply: an item ticked, the review copied; only ticks and a hash are stored, then cleared', async () => {
    await xReply.bringToFront();
    const [tabId] = (await liveWorker(tact).evaluate(`chrome.tabs.query({ active: true, lastFocusedWindow: true }).then((tabs) => tabs.map((tab) => tab.id))`)) as number[];
    expect(typeof tabId).toBe('number');
    const origin = `chrome-extension://${tact.extensionId}`;
    const popup = await tact.context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.goto(`${origin}/popup.html?tab=${tabId}`);
    await popup.locator('[data-group]').first().waitFor();
    expect(await popup.getByText(DRAFTS.dismissiveReply).count()).toBeGreaterThan(0);

    const box = popup.locator('li[data-practice] input[type="checkbox"]').first();
    await box.check();
    await popup.bringToFront();
    await popup.getByRole('button', { name: popupT('en', 'copy') }).click();
    await popup.getByText(popupT('en', 'copied'), { exact: true }).waitFor();

    // What the extension stored: the ticks under "<tab>:<hash>", never a draft.
    const storage = async () =>
      (await liveWorker(tact).evaluate(
        `Promise.all([chrome.storage.local.get(null), chrome.storage.sync.get(null), chrome.storage.session.get(null)])`,
      )) as Record<string, unknown>[];
    type Stored = { state: { reviews: Record<string, Record<string, unknown>> }; version: number } | undefined;
    const reviews = async () => ((await storage())[0]?.checklists as Stored)?.state.reviews ?? {};
    await expect.poll(async () => Object.keys(await reviews()).length).toBe(1);
    const [[key, review]] = Object.entries(await reviews()) as [[string, Record<string, unknown>]];
    expect(key).toMatch(new RegExp(`^${tabId}:[0-9a-z]+$`));
    expect(Object.keys(review).sort()).toEqual(['at', 'checked']);
    expect(review.checked).toHaveLength(1);
    const everything = JSON.stringify(await storage());
    for (const draft of TYPED) expect(everything).not.toContain(draft);
    for (const words of ['who cares', 'Q3 numbers', 'chiffres internes', 'workshop lead', 'Loire']) expect(everything).not.toContain(words);

    await popup.getByRole('button', { name: popupT('en', 'clearReviews') }).click();
    await popup.getByText(popupT('en', 'reviewsCleared')).waitFor();
    expect(await box.isChecked()).toBe(false);
    await expect.poll(async () => JSON.stringify((await storage())[0]?.checklists)).toBe(JSON.stringify({ state: { reviews: {} }, version: 1 }));

    // What was copied, pasted into the popup's own text box (no clipboard permission for extension pages here).
    await popup.getByRole('button', { name: popupT('en', 'checkAnother') }).click();
    const paste = popup.getByRole('textbox', { name: popupT('en', 'pasteLabel') });
    await paste.click();
    await popup.keyboard.press('ControlOrMeta+V');
    const copied = await paste.inputValue();
    expect(copied).toContain(popupT('en', 'md_title'));
    expect(copied).toContain(DRAFTS.dismissiveReply);
    await popup.close();
    await xReply.close();
  });

  test('the options page saves a brand profile', async () => {
    const options = await tact.context.newPage();
    await options.setViewportSize({ width: 960, height: 900 });
    await options.goto(`chrome-extension://${tact.extensionId}/options.html`);
    await options.getByRole('button', { name: optionsT('en', 'save') }).waitFor();
    await options.getByRole('textbox', { name: optionsT('en', 'brand') }).fill('Brisa');
    await options.getByRole('textbox', { name: optionsT('en', 'addTo', { field: optionsT('en', 'competitors') }) }).fill('Voltaro');
    await options.keyboard.press('Enter');
    await options.getByRole('button', { name: optionsT('en', 'save') }).click();
    await options.getByText(optionsT('en', 'saved')).waitFor();
    const saved = (await liveWorker(tact).evaluate(`chrome.storage.local.get('profile')`)) as { profile: { state: { profile: { brand: string; competitors: string[] } } } };
    expect(saved.profile.state.profile).toMatchObject({ brand: 'Brisa', competitors: ['Voltaro'] });
    await options.close();
  });

  test('a hostile draft on X stays text: no <img> in the sidebar, its onerror never runs', async () => {
    const page = await watch.open('https://x.com', '/home');
    // The control: in this page, such an image built as HTML does fire its handler (a data: URL, so no request).
    await page.evaluate(() => {
      document.createElement('div').innerHTML = '<img src="data:," onerror="window.__control=1">';
    });
    await expect.poll(() => page.evaluate(() => (window as unknown as { __control?: number }).__control)).toBe(1);

    await typeInto(page, xBox, HOSTILE);
    const view = await report(page, 'x', HOSTILE, 'post', 'personal');
    expect(view.findings.length).toBeGreaterThan(0);
    // The engine quotes the markup; the sidebar shows it as text.
    expect(view.text).toContain('secret project <img src=x onerror="window.__pwned=1');
    await page.locator('tact-sidebar [data-practice="7"]').first().hover();
    await page.waitForTimeout(300);
    const inside = await page.evaluate(() =>
      [...document.querySelectorAll('tact-sidebar')].map((host) => {
        const root = host.shadowRoot!;
        const style = root.querySelector('style')?.textContent ?? '';
        return {
          active: [...root.querySelectorAll('img, script, svg, iframe, object, embed, link')].map((e) => e.outerHTML),
          styles: root.querySelectorAll('style').length,
          // The one stylesheet is the sidebar's own (the real CSS, not empty), with nothing of the draft in it.
          ownStylesheet: style.length > 500 && !/__pwned|<img|onerror/.test(style),
          handlers: [...root.querySelectorAll('*')].flatMap((e) => [...e.attributes].filter((a) => a.name.startsWith('on') || a.value.includes('__pwned')).map((a) => `${e.tagName}[${a.name}]`)),
        };
      }),
    );
    expect(inside.length).toBeGreaterThan(0);
    for (const sidebar of inside) expect(sidebar).toEqual({ active: [], styles: 1, ownStylesheet: true, handlers: [] });
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    // The page's own editor holds the text as typed, and no image either.
    expect(await page.evaluate(() => document.querySelectorAll('img[src="x"]').length)).toBe(0);
    await page.close();
  });

  test('no request came from the service worker, a content script or an extension page', () => {
    // The harness's log: every request that left a page or the worker (blocked, or answered by a fixture).
    const fromWorker = tact.networkLog.filter((entry) => entry.from === 'service-worker');
    expect(fromWorker, `requests from the service worker: ${JSON.stringify(fromWorker, null, 2)}`).toEqual([]);
    // By source, from the request events and DevTools' initiators.
    const fromTact = watch.fromTact();
    expect(fromTact, `requests from Tact: ${JSON.stringify(fromTact, null, 2)}`).toEqual({ serviceWorker: [], extensionPages: [], contentScripts: [] });
    // And nothing else either: the only network requests were the fixture pages' own loads.
    expect(tact.networkLog).toEqual([]);
    // The watchers were live: they saw the site tabs' loads, the extension pages' own files and DevTools' events.
    expect(watch.seen.filter((s) => s.source === 'site').length).toBeGreaterThan(0);
    expect(watch.all.filter((r) => r.by.startsWith(`chrome-extension://${tact.extensionId}/popup.html`)).length).toBeGreaterThan(0);
    expect(watch.all.filter((r) => r.by.startsWith(`chrome-extension://${tact.extensionId}/options.html`)).length).toBeGreaterThan(0);
    expect(watch.initiated.length).toBeGreaterThan(0);
  });
});

// ——— The attribution, proved ———

describe('the request attribution, on a probe extension that makes requests', () => {
  let tact: Tact;
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tact-e2e-probe-'));
    const manifest = {
      manifest_version: 3,
      name: 'Tact e2e probe',
      version: '0.0.0',
      background: { service_worker: 'worker.js' },
      content_scripts: [{ matches: ['https://x.com/*'], js: ['content.js'] }],
    };
    await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
    await writeFile(join(dir, 'worker.js'), 'setInterval(() => chrome.runtime.getPlatformInfo(), 20_000);\nself.probe = () => fetch("https://probe.example/from-worker").catch(() => "blocked");\n');
    // The content script asks when the page posts it a message, so the test decides when.
    await writeFile(join(dir, 'content.js'), 'addEventListener("message", (e) => { if (e.data === "probe") fetch("https://probe.example/from-content-script").catch(() => {}); });\n');
    await writeFile(join(dir, 'page.html'), '<!doctype html><title>probe</title><script src="page.js"></script>\n');
    await writeFile(join(dir, 'page.js'), 'fetch("https://probe.example/from-extension-page").catch(() => {});\n');
    tact = await launch({ extensionDir: dir });
  });

  afterAll(async () => {
    await tact?.close();
    await rm(dir, { recursive: true, force: true });
  });

  test('a request from the worker, an extension page, a content script and the site itself are each told apart', async () => {
    const watch = watchRequests(tact.context);
    await tact.worker.evaluate('self.probe()');
    const page = await tact.context.newPage();
    await page.goto(`chrome-extension://${tact.extensionId}/page.html`);
    const site = await watch.open('https://x.com', '/home');
    await site.evaluate(() => {
      postMessage('probe', '*');
      void fetch('https://probe.example/from-site').catch(() => undefined);
    });
    const sources = () => {
      const fromTact = watch.fromTact();
      const probes = (list: { url: string }[]) => list.map((s) => s.url).filter((u) => u.includes('probe.example')).sort();
      return {
        serviceWorker: probes(fromTact.serviceWorker),
        extensionPages: probes(fromTact.extensionPages),
        contentScripts: probes(fromTact.contentScripts),
        site: probes(watch.seen.filter((s) => s.source === 'site' && !watch.initiated.some((i) => i.url === s.url && i.script))),
      };
    };
    await expect
      .poll(sources, { timeout: 10_000 })
      .toEqual({
        serviceWorker: ['https://probe.example/from-worker'],
        extensionPages: ['https://probe.example/from-extension-page'],
        contentScripts: ['https://probe.example/from-content-script'],
        site: ['https://probe.example/from-site'],
      });
    // The harness logged them all, the worker's as such.
    expect(tact.networkLog.filter((e) => e.url.includes('probe.example')).map((e) => `${e.from} ${e.url}`).sort()).toEqual([
      'page https://probe.example/from-content-script',
      'page https://probe.example/from-extension-page',
      'page https://probe.example/from-site',
      'service-worker https://probe.example/from-worker',
    ]);
  });
});
