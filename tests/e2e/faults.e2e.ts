// Faults: the worker stopped at any moment, hostile messages at the worker's door, a site whose markup
// drifted, and the extension reloaded under an open page.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { t as popupT } from '../../components/locales/popup';
import { posted, typeInto, type Tact } from './harness';
import { browserForSuite } from './lifecycle';
import { expectedFindings, sameMultiset, waitForSidebar } from './sidebar';
import { DRAFTS } from './site-suite';

const xBox = '[data-testid="tweetTextarea_0"]';
const ready = (findings: string[]) => (v: { state: string | null; findings: string[] }) => v.state === 'ready' && sameMultiset(v.findings, findings);

async function stopWorkers(cdp: CDPSession): Promise<void> {
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
}

describe('the worker stopped at any moment', () => {
  const browser = browserForSuite();
  let tact: Tact;
  beforeAll(() => {
    tact = browser();
  });

  test('stopped again and again while typing and while checking: the last draft still gets its report within a second', async () => {
    const page = await tact.openSite('x', '/home');
    const cdp = await page.context().newCDPSession(page);
    await page.locator(xBox).click();
    const text = DRAFTS.riskyEn;
    for (let i = 0; i < text.length; i++) {
      await page.keyboard.type(text[i]!);
      // Every few keys, and right when a check is likely in flight (just after the debounce).
      if (i % 12 === 11) {
        await page.waitForTimeout(i % 24 === 23 ? 160 : 0);
        await stopWorkers(cdp);
      }
    }
    const typedAt = Date.now();
    await stopWorkers(cdp);
    await waitForSidebar(page, ready(expectedFindings(text, { site: 'x', kind: 'post', account: 'personal' })), 3000);
    expect(Date.now() - typedAt).toBeLessThan(1000 + 150);
    await cdp.detach();
    await page.close();
  });

  test('stopped while the popup is open: its next check is answered within a second', async () => {
    const popup = await tact.context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.goto(`chrome-extension://${tact.extensionId}/popup.html`);
    const cdp = await popup.context().newCDPSession(popup);
    await popup.getByRole('textbox', { name: popupT('en', 'pasteLabel') }).fill(DRAFTS.riskyEn);
    await stopWorkers(cdp);
    const clickedAt = Date.now();
    await popup.getByRole('button', { name: popupT('en', 'check'), exact: true }).click();
    await popup.locator('li[data-group="flagged"][data-practice="7"]').waitFor({ timeout: 3000 });
    expect(Date.now() - clickedAt).toBeLessThan(1000);
    await cdp.detach();
    await popup.close();
  });
});

describe("hostile messages at the worker's door", () => {
  const browser = browserForSuite();
  let tact: Tact;
  beforeAll(() => {
    tact = browser();
  });

  /** Evaluates in Tact's content-script world of the page (where chrome.runtime reaches the worker). */
  async function inContentScript(page: Page, expression: string): Promise<unknown> {
    const cdp = await page.context().newCDPSession(page);
    const contexts: { id: number; name: string; auxData?: { type?: string } }[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
    await cdp.send('Runtime.enable');
    const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.name === 'Tact');
    if (!world) throw new Error(`Tact's content-script world not found among ${JSON.stringify(contexts.map((c) => c.name))}`);
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, contextId: world.id, awaitPromise: true, returnByValue: true });
    await cdp.detach();
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value;
  }

  test('wrong shapes, wrong types, megabyte payloads and unknown ports are dropped; the real sidebar keeps working', async () => {
    const page = await tact.openSite('x', '/home');
    await typeInto(page, xBox, DRAFTS.cleanEn);
    const first = await waitForSidebar(page, ready([]));
    const answers = await inContentScript(
      page,
      `(async () => {
        const big = 'x'.repeat(1_500_000);
        const garbage = [null, 42, 'check', [], {}, { type: 'check' }, { type: 'check', box: 'b', seq: -1, draft: 'hi', site: 'x', kind: 'post', account: 'personal', locale: 'en' },
          { type: 'check', box: 'b', seq: 1, draft: big, site: 'x', kind: 'post', account: 'personal', locale: 'en' },
          { type: 'check', box: 'b'.repeat(500), seq: 1, draft: 'hi', site: 'x', kind: 'post', account: 'personal', locale: 'en' },
          { type: 'check', box: 'b', seq: 1, draft: 'hi', site: 'mastodon', kind: 'post', account: 'personal', locale: 'en' },
          { type: 'forget' }, { type: '__proto__', box: 'b' }, { type: 'check', box: 'b', seq: 1.5, draft: 'hi', site: 'x', kind: 'post', account: 'personal', locale: 'en' }];
        const received = [];
        const port = chrome.runtime.connect({ name: 'tact/composer' });
        port.onMessage.addListener((m) => received.push(m));
        for (const message of garbage) port.postMessage(message);
        const stranger = chrome.runtime.connect({ name: 'not-tact' });
        let strangerClosed = false;
        stranger.onDisconnect.addListener(() => (strangerClosed = true));
        stranger.postMessage({ type: 'check', box: 'b', seq: 1, draft: 'hi', site: 'x', kind: 'post', account: 'personal', locale: 'en' });
        const checklist = await chrome.runtime.sendMessage({ type: 'tact/checklist', draft: big, site: 'x', kind: 'post', account: 'personal', locale: 'en' }).catch((e) => 'rejected');
        const wrongChecklist = await chrome.runtime.sendMessage({ type: 'tact/checklist', draft: 42 }).catch((e) => 'rejected');
        await new Promise((r) => setTimeout(r, 500));
        port.disconnect();
        return { received, strangerClosed, checklist: checklist ?? null, wrongChecklist: wrongChecklist ?? null };
      })()`,
    );
    expect(answers).toEqual({ received: [], strangerClosed: true, checklist: null, wrongChecklist: null });
    // The worker is still there for the real content script.
    await page.keyboard.type(' Between us, the Q3 numbers are confidential.');
    const view = await waitForSidebar(page, (v) => v.state === 'ready' && v.seq > first.seq && v.findings.includes('7:risk'));
    expect(view.findings).toContain('7:risk');
    await page.close();
  });

  test('a web page cannot reach the worker', async () => {
    const page = await tact.openSite('x', '/home');
    const reach = await page.evaluate((id) => {
      type Runtime = { sendMessage?: (id: string, m: unknown, reply: (answer: unknown) => void) => void; lastError?: { message?: string } };
      const runtime = (globalThis as { chrome?: { runtime?: Runtime } }).chrome?.runtime;
      if (!runtime?.sendMessage) return Promise.resolve('no runtime');
      // The callback form reads lastError, so the refusal is not logged as an error of the page.
      return new Promise<string>((resolve) => {
        try {
          runtime.sendMessage!(id, { type: 'tact/checklist', draft: 'hi', site: 'x', kind: 'post', account: 'personal', locale: 'en' }, (answer) =>
            resolve(runtime.lastError ? `refused: ${runtime.lastError.message}` : answer === undefined ? 'no answer' : 'answered'),
          );
        } catch (error) {
          resolve(`refused: ${String(error)}`);
        }
      });
    }, tact.extensionId);
    expect(reach).not.toBe('answered');
    await page.close();
  });
});

describe('another extension at the door', () => {
  // A stranger extension (its own worker, stranger.js) tries to reach Tact's worker directly.
  const strangerDir = mkdtempSync(join(tmpdir(), 'tact-e2e-stranger-'));
  writeFileSync(join(strangerDir, 'manifest.json'), JSON.stringify({ manifest_version: 3, name: 'Stranger', version: '1.0', background: { service_worker: 'stranger.js' } }));
  writeFileSync(join(strangerDir, 'stranger.js'), 'setInterval(() => chrome.runtime.getPlatformInfo(), 20_000);\n');
  const browser = browserForSuite({ alsoLoad: [strangerDir] });
  let tact: Tact;
  beforeAll(() => {
    tact = browser();
  });
  afterAll(() => rmSync(strangerDir, { recursive: true, force: true }));

  test('its connections and messages are refused; Tact keeps serving its own content script', async () => {
    const stranger = tact.context.serviceWorkers().find((w) => w.url().endsWith('/stranger.js'));
    expect(stranger, 'the stranger extension is loaded').toBeTruthy();
    const outcome = await stranger!.evaluate(async (id: string) => {
      const c = (globalThis as unknown as { chrome: { runtime: { connect(id: string, info: object): { postMessage(m: unknown): void; onMessage: { addListener(f: (m: unknown) => void): void }; onDisconnect: { addListener(f: () => void): void } }; sendMessage(id: string, m: unknown): Promise<unknown>; lastError?: unknown } } }).chrome;
      const received: unknown[] = [];
      let disconnected = false;
      const port = c.runtime.connect(id, { name: 'tact/composer' });
      port.onMessage.addListener((m) => received.push(m));
      port.onDisconnect.addListener(() => {
        void c.runtime.lastError;
        disconnected = true;
      });
      port.postMessage({ type: 'check', box: 'b', seq: 1, draft: 'Between us, the Q3 numbers are confidential.', site: 'x', kind: 'post', account: 'personal', locale: 'en' });
      const answer = await c.runtime.sendMessage(id, { type: 'tact/checklist', draft: 'hi', site: 'x', kind: 'post', account: 'personal', locale: 'en' }).then(
        (a) => (a === undefined ? 'no answer' : 'answered'),
        () => 'refused',
      );
      await new Promise((r) => setTimeout(r, 300));
      return { received, disconnected, answer };
    }, tact.extensionId);
    expect(outcome).toEqual({ received: [], disconnected: true, answer: 'refused' });
    const page = await tact.openSite('x', '/home');
    await typeInto(page, xBox, DRAFTS.riskyEn);
    await waitForSidebar(page, (v) => v.state === 'ready' && v.findings.includes('7:risk'));
    await page.close();
  });
});

describe('a site whose markup drifted', () => {
  const browser = browserForSuite();
  let tact: Tact;
  beforeAll(() => {
    tact = browser();
  });

  const cases = [
    { site: 'x' as const, path: '/home', strip: '[data-testid]', attribute: 'data-testid', box: '[role="textbox"][contenteditable="true"]' },
    { site: 'facebook' as const, path: '/', strip: '[data-lexical-editor]', attribute: 'data-lexical-editor', box: '[role="article"][aria-posinset="1"] [role="textbox"]' },
    { site: 'linkedin' as const, path: '/feed/', strip: '.ql-editor', attribute: 'class', box: '[data-urn="urn:li:activity:1"] [role="textbox"]' },
  ];
  for (const { site, path, strip, attribute, box } of cases) {
    test(`${site}: with its adapter's attributes renamed, the generic fallback still coaches the box`, async () => {
      const page = await tact.openSite(site, path);
      // A redesign: the attributes the adapter looks for are gone.
      await page.evaluate(
        ({ strip, attribute }) => document.querySelectorAll(strip).forEach((e) => (attribute === 'class' ? e.classList.remove('ql-editor') : e.removeAttribute(attribute))),
        { strip, attribute },
      );
      await typeInto(page, box, DRAFTS.riskyEn);
      await waitForSidebar(page, ready(expectedFindings(DRAFTS.riskyEn, { site, kind: 'post', account: 'personal' })));
      await page.close();
    });
  }
});

describe('the extension reloaded under an open page', () => {
  const browser = browserForSuite();
  let tact: Tact;
  beforeAll(() => {
    tact = browser();
  });

  test('the old content script stops cleanly, says to reload the page, and never holds a post', async () => {
    const page = await tact.openSite('x', '/home');
    await typeInto(page, xBox, DRAFTS.riskyEn);
    await waitForSidebar(page, (v) => v.state === 'ready' && v.findings.includes('7:risk'));
    await tact.worker.evaluate('chrome.runtime.reload()').catch(() => undefined);
    await page.waitForTimeout(500);
    await page.keyboard.type(' More.');
    const view = await waitForSidebar(page, (v) => v.state === 'error' && v.text.includes('Reload the page to use it here again'), 5000);
    expect(view.gate).toBe(false);
    // Nothing holds the post any more.
    await page.locator('[data-testid="tweetButtonInline"]').click();
    await expect.poll(() => posted(page)).toEqual([`${DRAFTS.riskyEn} More.`]);
    await page.close();
  });
});
