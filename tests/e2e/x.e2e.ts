// X: Draft.js editors (data-testid="tweetTextarea_N"), the Post/Reply button, a thread of two boxes.
import { siteSuite } from './site-suite';

const box = (n: number) => `[data-testid="tweetTextarea_${n}"]`;
const parentTweet = '[data-testid="tweetText"]';

siteSuite({
  site: 'x',
  label: 'X (Draft.js)',
  home: '/home',
  away: '/explore',
  openPost: async (page) => {
    await page.locator(box(0)).waitFor();
    return box(0);
  },
  reply: { path: '/ada/status/1790000000000000001', box: box(0), parent: (page) => page.locator(parentTweet).first().innerText() },
  twoBoxes: { path: '/home?thread=1', boxes: [{ box: box(0), kind: 'post' }, { box: box(1), kind: 'post' }] },
  submitFor: () => '[data-testid="tweetButtonInline"]',
});
