// The extension's figures, measured in Debian's Chromium on the e2e fixture pages (npm run bench:extension;
// builds nothing: run `npx wxt build` first, as `npm run bench` does).
//
// - keystroke → sidebar updated, after the debounce: from the keydown to the moment data-tact-seq changes,
//   minus the debounce (150 ms, the default); one key at a time, each waiting for its report, so every
//   keystroke is read, checked by the worker and rendered; p50 / p95 over 100 keystrokes per site.
// - long tasks (> 50 ms) on the page's main thread while typing (PerformanceObserver 'longtask').
// - the content script's own work per keystroke: V8's sampling profiler (50 µs) over the same typing, time
//   inside functions of content-scripts/composer.js (and what they call), divided by the keystrokes.
// - the content script's size, gzipped; the first report after the worker was stopped (cold start).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { EXTENSION_DIR, launch, type Site } from '../tests/e2e/harness';
import { DEFAULT_SETTINGS } from '../utils/storage';

const KEYSTROKES = 100;
const DEBOUNCE_MS = DEFAULT_SETTINGS.debounceMs;
const SITES: { site: Site; open(page: Page): Promise<string> }[] = [
  { site: 'x', open: async () => '[data-testid="tweetTextarea_0"]' },
  {
    site: 'linkedin',
    open: async (page) => {
      await page.getByRole('button', { name: 'Start a post' }).click();
      return '.share-box-v2__modal .ql-editor';
    },
  },
  {
    site: 'facebook',
    open: async (page) => {
      await page.getByRole('button', { name: "What's on your mind, Alex?" }).click();
      return '[role="dialog"] [data-lexical-editor="true"]';
    },
  },
];
const TEXT =
  'Between us, the launch slipped again and the numbers are worse than we said. Our rival is a joke anyway, honestly. ';

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};
const ms = (value: number) => `${value.toFixed(2)} ms`;

/** Installs the page-side probes: keydown times, report times (data-tact-seq changes), long tasks. */
async function probe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __bench: { keys: number[]; reports: number[]; longTasks: number[] } };
    w.__bench = { keys: [], reports: [], longTasks: [] };
    window.addEventListener('keydown', () => w.__bench.keys.push(performance.now()), true);
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__bench.longTasks.push(e.duration))).observe({ type: 'longtask' });
    const watch = (host: Element) => new MutationObserver(() => w.__bench.reports.push(performance.now())).observe(host, { attributeFilter: ['data-tact-seq'] });
    document.querySelectorAll('tact-sidebar').forEach(watch);
    new MutationObserver((records) => records.forEach((r) => r.addedNodes.forEach((n) => n.nodeName === 'TACT-SIDEBAR' && watch(n as Element)))).observe(document.documentElement, { childList: true });
  });
}

const reportCount = (page: Page) => page.evaluate(() => (window as unknown as { __bench: { reports: number[] } }).__bench.reports.length);

/** Types one key and waits for the sidebar to show its report; returns the latency. */
async function keystroke(page: Page, key: string): Promise<number> {
  const before = await reportCount(page);
  await page.keyboard.type(key);
  await page.waitForFunction((n) => (window as unknown as { __bench: { reports: number[] } }).__bench.reports.length > n, before, { polling: 'raf', timeout: 5000 });
  return page.evaluate(() => {
    const b = (window as unknown as { __bench: { keys: number[]; reports: number[] } }).__bench;
    return b.reports.at(-1)! - b.keys.at(-1)!;
  }).then((elapsed) => elapsed - DEBOUNCE_MS);
}

interface ProfileNode {
  id: number;
  callFrame: { url: string };
  children?: number[];
}

/** Milliseconds the profile spent inside the content script's functions (inclusive). */
function contentScriptTime(profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }): number {
  const parent = new Map<number, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const inScript = new Map<number, boolean>();
  const isInScript = (id: number): boolean => {
    if (inScript.has(id)) return inScript.get(id)!;
    const node = byId.get(id)!;
    const result = node.callFrame.url.includes('/content-scripts/composer.js') || (parent.has(id) && isInScript(parent.get(id)!));
    inScript.set(id, result);
    return result;
  };
  let micros = 0;
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    if (!isInScript(id)) return;
    micros += profile.timeDeltas[i] ?? 0;
    const frame = (byId.get(id)!.callFrame as { functionName?: string; url: string; lineNumber?: number });
    const name = `${frame.functionName || '(anon)'}@${frame.url.split('/').pop()}:${frame.lineNumber}`;
    self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  if (process.env.BENCH_PROFILE) console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([n, t]) => `  ${(t / 1000).toFixed(1)} ms ${n}`).join('\n'));
  return micros / 1000;
}

async function main() {
  const tact = await launch();
  // tsx names functions with an __name helper; the callbacks sent to the page need it there too.
  await tact.context.addInitScript('globalThis.__name ??= (fn) => fn;');
  const results: Record<string, unknown> = {};
  try {
    for (const { site, open } of SITES) {
      const page = await tact.openSite(site);
      const box = await open(page);
      await page.locator(box).click();
      await probe(page);
      // Warm up: the first check compiles lexicons in the worker.
      for (const ch of 'Warm up. ') await keystroke(page, ch);
      const cdp: CDPSession = await page.context().newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
      await cdp.send('Profiler.start');
      await page.evaluate(() => ((window as unknown as { __bench: { longTasks: number[] } }).__bench.longTasks.length = 0));
      const latencies: number[] = [];
      for (let i = 0; i < KEYSTROKES; i++) latencies.push(await keystroke(page, TEXT[i % TEXT.length]!));
      const { profile } = await cdp.send('Profiler.stop');
      const longTasks = await page.evaluate(() => (window as unknown as { __bench: { longTasks: number[] } }).__bench.longTasks);
      const work = contentScriptTime(profile as never) / KEYSTROKES;
      results[site] = { p50: percentile(latencies, 50), p95: percentile(latencies, 95), max: Math.max(...latencies), longTasks: longTasks.length, longestTask: Math.max(0, ...longTasks), workPerKeystroke: work };
      console.log(
        `${site.padEnd(9)} keystroke → sidebar p50 ${ms(percentile(latencies, 50))}, p95 ${ms(percentile(latencies, 95))} (budget 16), max ${ms(Math.max(...latencies))}; ` +
          `long tasks ${longTasks.length}; content script ${ms(work)} per keystroke (budget 1)`,
      );
      await cdp.detach();
      await page.close();
    }

    // Cold worker: stop it, type one key, time until the report is shown (after the debounce).
    const page = await tact.openSite('x');
    await page.locator('[data-testid="tweetTextarea_0"]').click();
    await probe(page);
    await keystroke(page, 'H');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    const cold: number[] = [];
    for (let i = 0; i < 10; i++) {
      const stopped = new Promise<void>((resolve) => {
        const onUpdate = ({ versions }: { versions: { runningStatus: string }[] }) => {
          if (versions.some((v) => v.runningStatus === 'stopped')) {
            cdp.off('ServiceWorker.workerVersionUpdated', onUpdate);
            resolve();
          }
        };
        cdp.on('ServiceWorker.workerVersionUpdated', onUpdate);
      });
      await cdp.send('ServiceWorker.stopAllWorkers');
      await stopped;
      cold.push(await keystroke(page, 'abcdefghij'[i]!));
    }
    results.coldStart = { median: percentile(cold, 50), max: Math.max(...cold) };
    console.log(`cold worker: first report ${ms(percentile(cold, 50))} median, ${ms(Math.max(...cold))} worst of 10 (budget 200)`);
    await page.close();
  } finally {
    await tact.close();
  }
  const script = readFileSync(join(EXTENSION_DIR, 'content-scripts', 'composer.js'));
  const gzip = gzipSync(script, { level: 9 }).length;
  results.contentScript = { bytes: script.length, gzip };
  console.log(`content script: ${(script.length / 1024).toFixed(1)} KB, ${(gzip / 1024).toFixed(1)} KB gzip (budget 25)`);
  const worker = readFileSync(join(EXTENSION_DIR, 'background.js'));
  console.log(`worker: ${(worker.length / 1024).toFixed(0)} KB, ${(gzipSync(worker, { level: 9 }).length / 1024).toFixed(0)} KB gzip`);
}

await main();
