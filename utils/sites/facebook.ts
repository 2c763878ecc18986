// Facebook: Lexical editors (data-lexical-editor="true"); posts are [role="article"]; comments send on Enter.
import type { SiteAdapter } from './types';
import { nearest, visibleText } from './types';

const POST_TEXT = '[data-ad-preview="message"], [data-ad-comet-preview="message"], [data-ad-rendering-role="story_message"]';
const POST_BUTTON = '[role="button"][aria-label="Post"], [role="button"][aria-label="Publier"], [role="button"][aria-label="Share"]';
const COMMENT_BUTTON = '#focused-state-composer-submit, [role="button"][aria-label="Comment"], [role="button"][aria-label="Commenter"], [role="button"][aria-label="Reply"], [role="button"][aria-label="Répondre"]';
const COMMENT_LABEL = /comment|reply|répon|repon/i;

export const facebook: SiteAdapter = {
  site: 'facebook',
  boxes: '[data-lexical-editor="true"][contenteditable="true"]',
  describe(box) {
    const article = box.closest('[role="article"]');
    const isComment = Boolean(article) || COMMENT_LABEL.test(box.getAttribute('aria-label') ?? '');
    if (isComment) {
      // A reply under a comment answers that comment (a nested article); otherwise the post.
      const post = article?.parentElement?.closest('[role="article"]') ?? article;
      const ownText = article && article !== post ? visibleText(article.querySelector('[dir="auto"]')) : undefined;
      const parent = ownText ?? visibleText(post?.querySelector(POST_TEXT));
      const form = box.closest('form');
      const found = nearest(box, COMMENT_BUTTON, post);
      return { kind: 'reply', parent, submit: found?.match ?? null, container: form ?? found?.ancestor ?? box, sendsOnEnter: true };
    }
    const dialog = box.closest('[role="dialog"]');
    const found = nearest(box, POST_BUTTON, dialog?.parentElement);
    return { kind: 'post', submit: found?.match ?? null, container: dialog ?? found?.ancestor ?? box, sendsOnEnter: false };
  },
};
