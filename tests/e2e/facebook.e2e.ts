// Facebook: Lexical editors (data-lexical-editor="true") in the Create post dialog and in each post's
// comment box, where plain Enter sends.
import type { Page } from 'playwright-core';
import { siteSuite } from './site-suite';

const article = (n: number) => `[role="article"][aria-posinset="${n}"]`;
const comment = (n: number) => `${article(n)} form [aria-label="Write a comment…"]`;
const parentOf = (n: number) => (page: Page) => page.locator(`${article(n)} [data-ad-preview="message"]`).innerText();
const composer = '[role="dialog"][aria-label="Create post"] [data-lexical-editor="true"]';

siteSuite({
  site: 'facebook',
  label: 'Facebook (Lexical)',
  home: '/',
  away: '/watch/',
  openPost: async (page) => {
    await page.getByRole('button', { name: "What's on your mind, Alex?" }).click();
    await page.locator(composer).waitFor();
    return composer;
  },
  reply: { path: '/', box: comment(1), parent: parentOf(1) },
  twoBoxes: { path: '/', boxes: [{ box: comment(1), kind: 'reply', parent: parentOf(1) }, { box: comment(2), kind: 'reply', parent: parentOf(2) }] },
  submitFor: () => '[role="dialog"][aria-label="Create post"] [role="button"][aria-label="Post"]',
  enterSends: { box: comment(1) },
});
