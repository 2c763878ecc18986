// Smoke tests of the fixture pages and the harness themselves, relying on nothing Tact does (they load a
// do-nothing stub extension, so Tact's content script cannot intercept keys or clicks): each site's
// editor takes real key events, its model holds what was typed (line breaks included), the submit paths
// work, two boxes live side by side, navigation removes and re-adds the composer, dark mode applies, and
// nothing is fetched from the network. Also writes a light screenshot of each page to $TMPDIR/fixture-<site>.png.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { EXTENSION_DIR, editorCount, launch, modelText, navigate, posted, typeInto, type Tact } from './harness';

let tact: Tact;

beforeAll(async () => {
  tact = await launch({ extension: 'stub' });
});

afterAll(async () => {
  await tact?.close();
});

/** Submissions land in the page's own task; poll rather than read once. */
const expectPosted = (page: Page, expected: string[]) => expect.poll(() => posted(page)).toEqual(expected);

const bodyColors = (page: Page) =>
  page.evaluate(() => {
    const style = getComputedStyle(document.body);
    return { background: style.backgroundColor, color: style.color };
  });

describe('X fixture (Draft.js)', () => {
  const box0 = '[data-testid="tweetTextarea_0"]';
  const post = '[data-testid="tweetButtonInline"]';

  test('renders the timeline and a composer with X’s attributes', async () => {
    const page = await tact.openSite('x', '/home');
    expect(await page.locator('article[data-testid="tweet"]').count()).toBe(2);
    expect(await page.locator('article[data-testid="tweet"] [data-testid="User-Name"]').count()).toBe(2);
    expect(await page.locator('[data-testid="tweetText"][lang="en"]').first().innerText()).toContain('analytics dashboard');

    const editable = page.locator(`[data-testid="tweetTextarea_0RichTextInputContainer"] .DraftEditor-root .public-DraftEditor-content${box0}`);
    expect(await editable.count()).toBe(1);
    expect(await editable.getAttribute('contenteditable')).toBe('true');
    expect(await editable.getAttribute('role')).toBe('textbox');
    expect(await editable.getAttribute('aria-label')).toBe('Post text');
    // Draft's placeholder is a sibling of the contenteditable's container, not inside it.
    const placeholder = page.locator('[data-testid="tweetTextarea_0RichTextInputContainer"] .public-DraftEditorPlaceholder-root');
    expect(await placeholder.innerText()).toBe('What is happening?!');
    expect(await editable.locator('.public-DraftEditorPlaceholder-root').count()).toBe(0);
    expect(await page.locator(post).innerText()).toBe('Post');
    expect(await page.locator(post).isDisabled()).toBe(true);
    await page.close();
  });

  test('typing fills the Draft model; the Post button and Ctrl+Enter submit and clear', async () => {
    const page = await tact.openSite('x', '/home');
    const text = 'Hello world\nsecond line\n\nafter an empty line';
    await typeInto(page, box0, text);
    expect(await modelText(page, 0)).toBe(text);
    expect(await page.locator('.public-DraftEditorPlaceholder-root').count()).toBe(0);
    await expect.poll(() => page.locator(post).isEnabled()).toBe(true);
    await page.locator(post).click();
    await expectPosted(page, [text]);
    expect(await modelText(page, 0)).toBe('');
    expect(await page.locator('#fixture-posted li').innerText()).toBe(text);
    await expect.poll(() => page.locator(post).isDisabled()).toBe(true);

    await typeInto(page, box0, 'Sent from the keyboard\nwith two lines');
    await page.keyboard.press('ControlOrMeta+Enter');
    await expectPosted(page, [text, 'Sent from the keyboard\nwith two lines']);
    expect(await modelText(page, 0)).toBe('');
    await page.close();
  });

  test('a status page has the parent tweet and a reply composer', async () => {
    const page = await tact.openSite('x', '/ada/status/1790000000000000001');
    expect(await page.locator('article[data-testid="tweet"]').count()).toBe(1);
    expect(await page.locator('.public-DraftEditorPlaceholder-root').innerText()).toBe('Post your reply');
    expect(await page.locator(box0).getAttribute('aria-label')).toBe('Post text');
    expect(await page.locator(post).innerText()).toBe('Reply');
    await typeInto(page, box0, 'Congratulations!\nWell deserved.');
    expect(await modelText(page, 0)).toBe('Congratulations!\nWell deserved.');
    await page.keyboard.press('Control+Enter');
    await expectPosted(page, ['Congratulations!\nWell deserved.']);
    await page.close();
  });

  test('two boxes at once: ?thread=1 and the + button', async () => {
    const page = await tact.openSite('x', '/home?thread=1');
    expect(await editorCount(page)).toBe(2);
    await typeInto(page, box0, 'First post of the thread');
    await typeInto(page, '[data-testid="tweetTextarea_1"]', 'Second one\ncontinues here');
    expect(await modelText(page, 0)).toBe('First post of the thread');
    expect(await modelText(page, 1)).toBe('Second one\ncontinues here');
    expect(await modelText(page, '[data-testid="tweetTextarea_1"]')).toBe('Second one\ncontinues here');
    expect(await page.locator(post).innerText()).toBe('Post all');
    await page.locator(post).click();
    await expectPosted(page, ['First post of the thread', 'Second one\ncontinues here']);

    const single = await tact.openSite('x', '/home');
    expect(await single.locator('[data-testid="tweetTextarea_1"]').count()).toBe(0);
    await single.locator('[data-testid="addButton"]').click();
    await single.locator('[data-testid="tweetTextarea_1RichTextInputContainer"] [data-testid="tweetTextarea_1"]').waitFor();
    expect(await editorCount(single)).toBe(2);
    await page.close();
    await single.close();
  });

  test('navigation removes the composer and brings it back; twitter.com serves the same page', async () => {
    const page = await tact.openSite('x', '/home');
    await page.locator('[data-testid="AppTabBar_Explore_Link"]').click();
    expect(new URL(page.url()).pathname).toBe('/explore');
    expect(await page.locator(box0).count()).toBe(0);
    expect(await editorCount(page)).toBe(0);
    await page.goBack();
    await page.locator(box0).waitFor();
    expect(await editorCount(page)).toBe(1);
    await typeInto(page, box0, 'still works');
    expect(await modelText(page, 0)).toBe('still works');
    await page.goForward();
    await page.locator(box0).waitFor({ state: 'detached' });
    await navigate(page, '/grace/status/1790000000000000002');
    expect(await page.locator(post).innerText()).toBe('Reply');
    await page.close();

    const twitter = await tact.openSite('twitter', '/home');
    await twitter.locator(box0).waitFor();
    await twitter.close();
  });
});

describe('LinkedIn fixture (Quill 1.3.7)', () => {
  const shareEditor = '.share-box-v2__modal .share-creation-state__text-editor .editor-container .ql-editor';
  const comment = (n: number) => `.feed-shared-update-v2[data-urn="urn:li:activity:${n}"] .comments-comment-texteditor .ql-editor`;

  test('the share modal: attributes, typing, Post button and Ctrl+Enter', async () => {
    const page = await tact.openSite('linkedin', '/feed/');
    expect(await page.locator('.feed-shared-update-v2[data-urn]').count()).toBe(2);
    expect(await page.locator('.feed-shared-update-v2__description span.break-words').first().innerText()).toContain('async design reviews');
    expect(await page.locator('[role="dialog"]').count()).toBe(0);

    await page.getByRole('button', { name: 'Start a post' }).click();
    const dialog = page.locator('div[role="dialog"].share-box-v2__modal');
    await dialog.waitFor();
    const editor = page.locator(shareEditor);
    expect(await editor.getAttribute('contenteditable')).toBe('true');
    expect(await editor.getAttribute('role')).toBe('textbox');
    expect(await editor.getAttribute('aria-label')).toBe('Text editor for creating content');
    expect(await editor.getAttribute('data-placeholder')).toBe('What do you want to talk about?');
    expect(await editor.innerText()).toBe('\n'); // the placeholder is CSS (::before), not text
    const postButton = dialog.locator('button.share-actions__primary-action');
    expect(await postButton.isDisabled()).toBe(true);

    const text = 'Excited to share some news\n\nWe are hiring!';
    await typeInto(page, shareEditor, text);
    expect(await modelText(page, shareEditor)).toBe(text);
    expect(await modelText(page, 2)).toBe(text); // document order: the two comment boxes, then the modal
    await expect.poll(() => postButton.isEnabled()).toBe(true);
    await postButton.click();
    await expectPosted(page, [text]);
    await dialog.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Start a post' }).click();
    await typeInto(page, shareEditor, 'Second post\nby keyboard');
    await page.keyboard.press('ControlOrMeta+Enter');
    await expectPosted(page, [text, 'Second post\nby keyboard']);
    await dialog.waitFor({ state: 'detached' });
    await page.close();
  });

  test('two comment boxes at once; the Comment button and Ctrl+Enter submit', async () => {
    const page = await tact.openSite('linkedin', '/feed/');
    const first = page.locator(comment(1));
    expect(await first.getAttribute('aria-label')).toBe('Add a comment…');
    expect(await first.getAttribute('role')).toBe('textbox');
    expect(await first.getAttribute('data-placeholder')).toBe('Add a comment…');
    await typeInto(page, comment(1), 'Great thread!\nThanks for sharing.');
    await typeInto(page, comment(2), 'Sent you a DM');
    expect(await modelText(page, 0)).toBe('Great thread!\nThanks for sharing.');
    expect(await modelText(page, 1)).toBe('Sent you a DM');

    await page.locator('.feed-shared-update-v2[data-urn="urn:li:activity:1"] button.comments-comment-box__submit-button--cr').click();
    await expectPosted(page, ['Great thread!\nThanks for sharing.']);
    expect(await modelText(page, 0)).toBe('');
    expect(await modelText(page, 1)).toBe('Sent you a DM');

    await page.locator(comment(2)).click();
    await page.keyboard.press('Control+Enter');
    await expectPosted(page, ['Great thread!\nThanks for sharing.', 'Sent you a DM']);
    expect(await modelText(page, 1)).toBe('');
    await page.close();
  });

  test('navigation to /mynetwork/ removes every box; back brings them back', async () => {
    const page = await tact.openSite('linkedin', '/feed/');
    expect(await editorCount(page)).toBe(2);
    await page.getByRole('link', { name: 'My Network' }).click();
    expect(new URL(page.url()).pathname).toBe('/mynetwork/');
    expect(await page.locator('.ql-editor').count()).toBe(0);
    expect(await editorCount(page)).toBe(0);
    await page.goBack();
    await page.locator(comment(1)).waitFor();
    expect(await editorCount(page)).toBe(2);
    await typeInto(page, comment(1), 'back again');
    expect(await modelText(page, 0)).toBe('back again');
    await page.close();
  });
});

describe('Facebook fixture (Lexical)', () => {
  const composer = '[role="dialog"][aria-label="Create post"] [data-lexical-editor="true"]';
  const commentBox = (n: number) => `[role="article"][aria-posinset="${n}"] form [aria-label="Write a comment…"]`;

  test('the Create post dialog: attributes, placeholder sibling, Shift+Enter lines, Post and Ctrl+Enter', async () => {
    const page = await tact.openSite('facebook', '/');
    expect(await page.locator('[role="article"][aria-posinset]').count()).toBe(2);
    expect(
      await page.locator('[role="article"] [data-ad-rendering-role="story_message"] [data-ad-preview="message"]').first().innerText(),
    ).toContain('garden shed');

    await page.getByRole('button', { name: "What's on your mind, Alex?" }).click();
    const dialog = page.locator('[role="dialog"][aria-label="Create post"]');
    await dialog.waitFor();
    const editor = page.locator(composer);
    expect(await editor.getAttribute('contenteditable')).toBe('true');
    expect(await editor.getAttribute('role')).toBe('textbox');
    expect(await editor.getAttribute('aria-label')).toBe("What's on your mind, Alex?");
    const placeholder = editor.locator('xpath=following-sibling::div[@aria-hidden="true"]');
    expect(await placeholder.isVisible()).toBe(true);
    expect(await placeholder.innerText()).toBe("What's on your mind, Alex?");
    const postButton = dialog.locator('[role="button"][aria-label="Post"]');
    expect(await postButton.getAttribute('aria-disabled')).toBe('true');

    const text = 'Big news today\nMore tomorrow\n\nBye';
    await typeInto(page, composer, text);
    expect(await modelText(page, composer)).toBe(text);
    expect(await placeholder.isVisible()).toBe(false);
    await expect.poll(() => postButton.getAttribute('aria-disabled')).toBe(null);
    await postButton.click();
    await expectPosted(page, [text]);
    await dialog.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: "What's on your mind, Alex?" }).click();
    await typeInto(page, composer, 'By keyboard');
    await page.keyboard.press('ControlOrMeta+Enter');
    await expectPosted(page, [text, 'By keyboard']);
    await page.close();
  });

  test('comment boxes: Enter submits, Shift+Enter is a new line, the send button submits, two at once', async () => {
    const page = await tact.openSite('facebook', '/');
    const first = page.locator(commentBox(1));
    expect(await first.getAttribute('role')).toBe('textbox');
    expect(await first.getAttribute('data-lexical-editor')).toBe('true');

    await typeInto(page, commentBox(1), 'Looks great!\nWell done.');
    await typeInto(page, commentBox(2), 'Count me in');
    expect(await modelText(page, 0)).toBe('Looks great!\nWell done.');
    expect(await modelText(page, 1)).toBe('Count me in');

    await page.locator(commentBox(1)).click();
    await page.keyboard.press('Enter');
    await expectPosted(page, ['Looks great!\nWell done.']);
    expect(await modelText(page, 0)).toBe('');
    expect(await page.locator(`${commentBox(1)} + [aria-hidden="true"]`).isVisible()).toBe(true);

    await page.locator('[role="article"][aria-posinset="2"] [role="button"][aria-label="Comment"]').click();
    await expectPosted(page, ['Looks great!\nWell done.', 'Count me in']);
    expect(await modelText(page, 1)).toBe('');
    await page.close();
  });

  test('navigation to /watch/ removes every box; back brings them back', async () => {
    const page = await tact.openSite('facebook', '/');
    expect(await editorCount(page)).toBe(2);
    await page.getByRole('link', { name: 'Video' }).click();
    expect(new URL(page.url()).pathname).toBe('/watch/');
    expect(await page.locator('[data-lexical-editor]').count()).toBe(0);
    expect(await editorCount(page)).toBe(0);
    await page.goBack();
    await page.locator(commentBox(1)).waitFor();
    await typeInto(page, commentBox(1), 'back\nagain');
    expect(await modelText(page, 0)).toBe('back\nagain');
    await page.close();
  });
});

describe('all fixtures', () => {
  test('dark mode (?theme=dark) and light mode, kept across navigation', async () => {
    const expected = {
      x: { dark: 'rgb(0, 0, 0)', light: 'rgb(255, 255, 255)', text: 'rgb(231, 233, 234)', away: '/explore' },
      linkedin: { dark: 'rgb(0, 0, 0)', light: 'rgb(244, 242, 238)', text: 'rgba(255, 255, 255, 0.9)', away: '/mynetwork/' },
      facebook: { dark: 'rgb(24, 25, 26)', light: 'rgb(240, 242, 245)', text: 'rgb(228, 230, 235)', away: '/watch/' },
    } as const;
    for (const [site, colors] of Object.entries(expected) as Array<[keyof typeof expected, (typeof expected)[keyof typeof expected]]>) {
      const dark = await tact.openSite(site, undefined, { theme: 'dark' });
      expect(await bodyColors(dark)).toEqual({ background: colors.dark, color: colors.text });
      await navigate(dark, colors.away);
      expect((await bodyColors(dark)).background).toBe(colors.dark);
      const light = await tact.openSite(site);
      expect((await bodyColors(light)).background).toBe(colors.light);
      await dark.close();
      await light.close();
    }
  });

  test('light screenshots', async () => {
    for (const site of ['x', 'linkedin', 'facebook'] as const) {
      const page = await tact.openSite(site);
      await page.screenshot({ path: join(tmpdir(), `fixture-${site}.png`) });
      await page.close();
    }
  });

  test('the harness blocks and logs requests from pages and the service worker', async () => {
    const page = await tact.openSite('x');
    const before = tact.networkLog.length;
    const pageResult = await page.evaluate(() =>
      fetch('https://collector.invalid/beacon').then(
        () => 'fetched',
        () => 'blocked',
      ),
    );
    const workerResult = await tact.worker.evaluate(() =>
      fetch('https://telemetry.invalid/ping').then(
        () => 'fetched',
        () => 'blocked',
      ),
    );
    expect([pageResult, workerResult]).toEqual(['blocked', 'blocked']);
    expect(tact.networkLog.slice(before)).toEqual([
      expect.objectContaining({ url: 'https://collector.invalid/beacon', from: 'page', outcome: 'aborted' }),
      expect.objectContaining({ url: 'https://telemetry.invalid/ping', from: 'service-worker', outcome: 'aborted' }),
    ]);
    tact.networkLog.splice(before);
    // Chromium logs the blocked fetch as a console error ("net::ERR_BLOCKED_BY_CLIENT"); that one is ours.
    const ours = tact.consoleErrors.filter((e) => e.text.includes('ERR_BLOCKED_BY_CLIENT') && e.url.startsWith('https://x.com/'));
    expect(ours.length).toBeGreaterThan(0);
    tact.consoleErrors.splice(0, tact.consoleErrors.length, ...tact.consoleErrors.filter((e) => !ours.includes(e)));
    await page.close();
  });

  test('no console errors or warnings, and no network, from any of the above', () => {
    expect(tact.consoleErrors).toEqual([]);
    expect(tact.consoleWarnings).toEqual([]);
    expect(tact.networkLog).toEqual([]);
  });
});

describe('harness with Tact’s build', () => {
  test('loads .output/chrome-mv3 and serves the fixtures beside it', async () => {
    const withTact = await launch();
    try {
      expect(withTact.extensionId).toMatch(/^[a-p]{32}$/);
      expect(withTact.worker.url()).toBe(`chrome-extension://${withTact.extensionId}/background.js`);
      const manifest = await withTact.worker.evaluate(() => fetch('/manifest.json').then((r) => r.json()));
      // The name is localised from _locales: the manifest holds the message key, the browser shows "Tact".
      expect(manifest).toMatchObject({ name: '__MSG_extName__', manifest_version: 3 });
      expect(await withTact.worker.evaluate('chrome.i18n.getMessage("extName")')).toBe('Tact');
      const page = await withTact.openSite('linkedin');
      expect(await editorCount(page)).toBe(2);
    } finally {
      await withTact.close();
    }
    expect(EXTENSION_DIR.endsWith('/.output/chrome-mv3')).toBe(true);
  });
});
