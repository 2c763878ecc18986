// Browser harness for Tact's e2e tests: headless Chromium with the built extension loaded, the fixture pages
// (tests/e2e/fixtures) served for https://x.com, https://twitter.com, https://www.linkedin.com and
// https://www.facebook.com, and every other request blocked and logged, so a test can also prove that
// nothing leaves the machine.
//
//   const tact = await launch();
//   const page = await tact.openSite('x', '/home');
//   await typeInto(page, '[data-testid="tweetTextarea_0"]', 'Hello\nworld');
//   expect(await modelText(page, 0)).toBe('Hello\nworld');
//   expect(tact.networkLog).toEqual([]);
//   await tact.close();
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type ConsoleMessage, type Page, type Request, type Route, type Worker } from 'playwright-core';
import { buildFixtures, OUT_DIR, type FixtureSiteName } from './fixtures/build.mjs';

export const REPO_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
export const EXTENSION_DIR = join(REPO_ROOT, '.output', 'chrome-mv3');

/** The sites a test can open; twitter.com serves the same fixture as x.com. */
export type Site = 'x' | 'twitter' | 'linkedin' | 'facebook';

const SITES: Record<Site, { origin: string; fixture: FixtureSiteName; home: string; newline: NewlineKey }> = {
  x: { origin: 'https://x.com', fixture: 'x', home: '/home', newline: 'Enter' },
  twitter: { origin: 'https://twitter.com', fixture: 'x', home: '/home', newline: 'Enter' },
  linkedin: { origin: 'https://www.linkedin.com', fixture: 'linkedin', home: '/feed/', newline: 'Enter' },
  // Enter sends a Facebook comment; Shift+Enter is a new line in the comment box and the post composer.
  facebook: { origin: 'https://www.facebook.com', fixture: 'facebook', home: '/', newline: 'Shift+Enter' },
};

export type NewlineKey = 'Enter' | 'Shift+Enter';

/** A request that was not the fixture's own page or bundle. */
export interface NetworkEntry {
  url: string;
  method: string;
  resourceType: string;
  /** Who asked: a page (or its frames, content scripts included) or the extension's service worker. */
  from: 'page' | 'service-worker';
  /** 'aborted': blocked; 'fixture': a request to a fixture origin, answered with the page's HTML. */
  outcome: 'aborted' | 'fixture';
}

export interface ConsoleEntry {
  kind: 'pageerror' | 'console';
  /** 'error' or 'warning' for console messages; 'error' for uncaught exceptions. */
  type: string;
  text: string;
  /** The page's URL, or the worker's. */
  url: string;
}

export interface LaunchOptions {
  /**
   * 'tact' (default): Tact's Chrome build, .output/chrome-mv3 (build it with `npx wxt build`).
   * 'stub': a do-nothing MV3 extension (a service worker, no content script), for tests of the fixtures
   * and the harness that must not depend on Tact.
   */
  extension?: 'tact' | 'stub';
  /** Another unpacked extension to load instead. */
  extensionDir?: string;
  /** Default true. */
  headless?: boolean;
  /** Default 1280×800. */
  viewport?: { width: number; height: number };
  /** Other unpacked extensions loaded beside (e.g. a stranger trying to talk to Tact's worker). */
  alsoLoad?: string[];
  /** The browser's interface language (what `browser.i18n.getUILanguage()` answers), e.g. 'fr'. */
  uiLanguage?: string;
  /** Milliseconds to wait for the extension's service worker to start; default 30 s. */
  workerTimeout?: number;
}

export interface OpenOptions {
  theme?: 'light' | 'dark';
}

export interface Tact {
  context: BrowserContext;
  extensionId: string;
  /** The extension's background service worker. */
  worker: Worker;
  /** Opens a new tab on the site's fixture (default path: its home) and waits for `window.__fixture`. */
  openSite(site: Site, path?: string, options?: OpenOptions): Promise<Page>;
  /** Every request that left (or tried to leave) a page or the service worker; see NetworkEntry. */
  networkLog: NetworkEntry[];
  /** Uncaught exceptions and console.error messages, from every page and the service worker. */
  consoleErrors: ConsoleEntry[];
  /** console.warn messages, same sources. */
  consoleWarnings: ConsoleEntry[];
  close(): Promise<void>;
}

async function loadFixtures(): Promise<{ html: Map<FixtureSiteName, string>; bundles: Map<string, string> }> {
  const names: FixtureSiteName[] = ['x', 'linkedin', 'facebook'];
  if (names.some((n) => !existsSync(join(OUT_DIR, `${n}.html`)) || !existsSync(join(OUT_DIR, `${n}.js`)))) {
    await buildFixtures();
  }
  const html = new Map<FixtureSiteName, string>();
  const bundles = new Map<string, string>();
  for (const name of names) {
    html.set(name, await readFile(join(OUT_DIR, `${name}.html`), 'utf8'));
    bundles.set(`${name}.js`, await readFile(join(OUT_DIR, `${name}.js`), 'utf8'));
  }
  return { html, bundles };
}

function isNetwork(url: string): boolean {
  return /^(https?|wss?|ftp):/i.test(url);
}

function requester(request: Request): NetworkEntry['from'] {
  return request.serviceWorker() ? 'service-worker' : 'page';
}

/**
 * Writes a do-nothing MV3 extension to a temporary folder and returns it: a service worker (kept awake,
 * so `worker.evaluate` works all through a test file) and no content script.
 */
export async function createStubExtension(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'tact-e2e-stub-'));
  const manifest = { manifest_version: 3, name: 'Tact e2e stub', version: '0.0.0', background: { service_worker: 'background.js' } };
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
  // An extension API call every 20 s resets Chrome's 30 s idle timer for extension service workers.
  await writeFile(join(dir, 'background.js'), 'setInterval(() => chrome.runtime.getPlatformInfo(), 20_000);\n');
  return dir;
}

export async function launch(options: LaunchOptions = {}): Promise<Tact> {
  const stubDir = !options.extensionDir && options.extension === 'stub' ? await createStubExtension() : null;
  const extensionDir = options.extensionDir ?? stubDir ?? EXTENSION_DIR;
  const cleanup = async (userDataDir?: string) => {
    if (userDataDir) await rm(userDataDir, { recursive: true, force: true });
    if (stubDir) await rm(stubDir, { recursive: true, force: true });
  };
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    await cleanup();
    throw new Error(
      `No built extension at ${extensionDir} (manifest.json missing). Build it first: \`npx wxt build\` ` +
        `(the e2e tests load the Chrome MV3 build unpacked).`,
    );
  }
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    await cleanup();
    throw new Error(`No Chromium at ${executablePath}: install Debian's chromium or set CHROMIUM_PATH.`);
  }
  const fixtures = await loadFixtures().catch(async (error: unknown) => {
    await cleanup();
    throw error;
  });
  const userDataDir = await mkdtemp(join(tmpdir(), 'tact-e2e-'));

  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless: options.headless ?? true,
      viewport: options.viewport ?? { width: 1280, height: 800 },
      // On Linux, Chromium takes its interface language from LANGUAGE; --lang covers the other platforms.
      ...(options.uiLanguage ? { env: { ...process.env, LANGUAGE: options.uiLanguage }, locale: options.uiLanguage } : {}),
      args: [
        `--disable-extensions-except=${[extensionDir, ...(options.alsoLoad ?? [])].join(',')}`,
        `--load-extension=${[extensionDir, ...(options.alsoLoad ?? [])].join(',')}`,
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
        ...(options.uiLanguage ? [`--lang=${options.uiLanguage}`] : []),
      ],
    });
  } catch (error) {
    await cleanup(userDataDir);
    throw error;
  }

  const networkLog: NetworkEntry[] = [];
  const consoleErrors: ConsoleEntry[] = [];
  const consoleWarnings: ConsoleEntry[] = [];

  // Registered first, so the site routes below (Playwright runs the newest matching route first) win.
  await context.route('**/*', (route: Route, request: Request) => {
    const url = request.url();
    if (!isNetwork(url)) return route.continue(); // chrome-extension:, data:, blob: never leave the machine
    networkLog.push({ url, method: request.method(), resourceType: request.resourceType(), from: requester(request), outcome: 'aborted' });
    return route.abort('blockedbyclient');
  });
  for (const spec of Object.values(SITES)) {
    await context.route(`${spec.origin}/**`, (route: Route, request: Request) => {
      const { pathname } = new URL(request.url());
      if (pathname.startsWith('/__fixture/')) {
        const bundle = fixtures.bundles.get(pathname.slice('/__fixture/'.length));
        if (bundle === undefined) return route.fulfill({ status: 404, contentType: 'text/plain', body: 'no such fixture asset' });
        return route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: bundle });
      }
      // The SPA answers every path. Anything but a page load is still someone talking to the site: log it.
      if (!(request.isNavigationRequest() && request.resourceType() === 'document')) {
        networkLog.push({
          url: request.url(),
          method: request.method(),
          resourceType: request.resourceType(),
          from: requester(request),
          outcome: 'fixture',
        });
      }
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: fixtures.html.get(spec.fixture) ?? '' });
    });
  }

  const watch = (page: Page) => {
    page.on('pageerror', (error) => {
      consoleErrors.push({ kind: 'pageerror', type: 'error', text: error.stack ?? String(error), url: page.url() });
    });
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  // Context-level console covers every page and the service worker.
  context.on('console', (message: ConsoleMessage) => {
    const type = message.type();
    if (type !== 'error' && type !== 'warning') return;
    const source = message.page()?.url() ?? message.worker()?.url() ?? message.location().url;
    const entry: ConsoleEntry = { kind: 'console', type, text: message.text(), url: source };
    (type === 'error' ? consoleErrors : consoleWarnings).push(entry);
  });

  // With other extensions beside, the one under test is the one whose worker is background.js (WXT's name).
  const isExtensionWorker = (w: Worker) => w.url().startsWith('chrome-extension://') && (!options.alsoLoad?.length || w.url().endsWith('/background.js'));
  let worker = context.serviceWorkers().find(isExtensionWorker);
  try {
    worker ??= await context.waitForEvent('serviceworker', { predicate: isExtensionWorker, timeout: options.workerTimeout ?? 30_000 });
  } catch (error) {
    await context.close().catch(() => undefined);
    await cleanup(userDataDir);
    throw new Error(`The extension's service worker did not start (is ${extensionDir} a Chrome MV3 build?): ${String(error)}`);
  }
  const extensionId = new URL(worker.url()).host;

  const openSite = async (site: Site, path?: string, open: OpenOptions = {}): Promise<Page> => {
    const spec = SITES[site];
    const url = new URL(path ?? spec.home, spec.origin);
    if (open.theme) url.searchParams.set('theme', open.theme);
    const page = await context.newPage();
    await page.goto(url.href);
    await page.waitForFunction(() => window.__fixture !== undefined);
    return page;
  };

  return {
    context,
    extensionId,
    worker,
    openSite,
    networkLog,
    consoleErrors,
    consoleWarnings,
    close: async () => {
      await context.close().catch(() => undefined);
      await cleanup(userDataDir);
    },
  };
}

/** The key that makes a new line (not a submission) in the page's compose boxes. */
export function newlineKeyFor(page: Page): NewlineKey {
  const host = new URL(page.url()).host;
  const site = Object.values(SITES).find((s) => new URL(s.origin).host === host);
  return site?.newline ?? 'Enter';
}

/**
 * Focuses the box (a click, then the caret to the end) and types `text` with real key events;
 * each "\n" is sent as the site's new-line key (Enter, or Shift+Enter on Facebook).
 */
export async function typeInto(
  page: Page,
  selector: string,
  text: string,
  options: { delay?: number; newline?: NewlineKey } = {},
): Promise<void> {
  const box = page.locator(selector).first();
  await box.click();
  await page.keyboard.press('ControlOrMeta+End');
  const newline = options.newline ?? newlineKeyFor(page);
  const lines = text.split('\n');
  for (const [i, line] of lines.entries()) {
    if (i > 0) await page.keyboard.press(newline);
    if (line) await page.keyboard.type(line, { delay: options.delay });
  }
}

/** The editor model's plain text (see FixtureApi.modelText): by index in document order, or by selector. */
export function modelText(page: Page, which: number | string = 0): Promise<string> {
  return page.evaluate((w) => window.__fixture.modelText(w), which);
}

/** Drafts submitted so far on this page. */
export function posted(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__fixture.posted.slice());
}

/** How many compose boxes the page has now. */
export function editorCount(page: Page): Promise<number> {
  return page.evaluate(() => window.__fixture.editorCount());
}

/** SPA navigation inside the fixture (history.pushState + re-render). */
export function navigate(page: Page, path: string): Promise<void> {
  return page.evaluate((p) => window.__fixture.navigate(p), path);
}
