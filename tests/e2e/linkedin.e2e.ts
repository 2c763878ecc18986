// LinkedIn: Quill editors (.ql-editor) in the share dialog and in each post's comment box.
import type { Page } from 'playwright-core';
import { siteSuite } from './site-suite';

const post = (n: number) => `.feed-shared-update-v2[data-urn="urn:li:activity:${n}"]`;
const comment = (n: number) => `${post(n)} .comments-comment-texteditor .ql-editor`;
const parentOf = (n: number) => (page: Page) => page.locator(`${post(n)} .feed-shared-update-v2__description`).innerText();
const shareEditor = '.share-box-v2__modal .share-creation-state__text-editor .ql-editor';

siteSuite({
  site: 'linkedin',
  label: 'LinkedIn (Quill)',
  home: '/feed/',
  away: '/mynetwork/',
  openPost: async (page) => {
    await page.getByRole('button', { name: 'Start a post' }).click();
    await page.locator(shareEditor).waitFor();
    return shareEditor;
  },
  reply: { path: '/feed/', box: comment(1), parent: parentOf(1) },
  twoBoxes: { path: '/feed/', boxes: [{ box: comment(1), kind: 'reply', parent: parentOf(1) }, { box: comment(2), kind: 'reply', parent: parentOf(2) }] },
  submitFor: (box) => (box === shareEditor ? '.share-box-v2__modal button.share-actions__primary-action' : `${box.split(' .comments')[0]} button.comments-comment-box__submit-button--cr`),
});
