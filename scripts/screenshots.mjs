#!/usr/bin/env node
// Screenshots of the extension's pages, taken in Debian's Chromium with the built extension loaded
// (run `npm run build` first). Writes assets/screenshots/*.png.
import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const extension = join(root, '.output/chrome-mv3');
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'tact-shots-')), {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`, '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 10_000 }));
  const id = new URL(worker.url()).host;
  for (const locale of ['en', 'fr']) {
    const page = await context.newPage();
    await page.addInitScript((lang) => Object.defineProperty(navigator, 'language', { get: () => lang }), locale);
    await page.setViewportSize({ width: 380, height: 640 });
    await page.goto(`chrome-extension://${id}/popup.html`);
    await page.waitForSelector('li');
    await page.screenshot({ path: join(root, `assets/screenshots/popup-${locale}.png`), fullPage: true });
    await page.close();
  }
  console.log('screenshots written to assets/screenshots/');
} finally {
  await context.close();
}
