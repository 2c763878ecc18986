// X (Twitter): Draft.js editors marked data-testid="tweetTextarea_N"; tweets are article[data-testid="tweet"].
import type { SiteAdapter } from './types';
import { nearest, visibleText } from './types';

const SUBMIT = '[data-testid="tweetButtonInline"], [data-testid="tweetButton"]';
const TWEET = 'article[data-testid="tweet"]';

export const x: SiteAdapter = {
  site: 'x',
  boxes: '[data-testid^="tweetTextarea_"][contenteditable="true"]',
  describe(box) {
    const dialog = box.closest('[role="dialog"]');
    const found = nearest(box, SUBMIT, dialog?.parentElement);
    // A reply is written under the tweet it answers: in the reply dialog the tweet sits above the
    // composer; on a tweet's own page the composer follows the tweet opened.
    const scope = dialog ?? box.closest('main') ?? document.body;
    const tweets = [...scope.querySelectorAll(TWEET)].filter((t) => t.compareDocumentPosition(box) & Node.DOCUMENT_POSITION_FOLLOWING);
    const onStatusPage = /\/status\/\d+/.test(location.pathname);
    const parentTweet = (dialog || onStatusPage) ? tweets.at(-1) : undefined;
    const parent = visibleText(parentTweet?.querySelector('[data-testid="tweetText"]'));
    return {
      kind: parent ? 'reply' : 'post',
      parent,
      submit: found?.match ?? null,
      container: found?.ancestor ?? box,
      sendsOnEnter: false,
    };
  },
};
