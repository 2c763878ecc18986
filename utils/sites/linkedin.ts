// LinkedIn: Quill editors (.ql-editor); the share box opens in a dialog, comment boxes sit in each post.
import type { SiteAdapter } from './types';
import { nearest, visibleText } from './types';

const POST = '.feed-shared-update-v2, [data-urn^="urn:li:activity"], [data-id^="urn:li:activity"]';
const POST_TEXT = '.feed-shared-update-v2__description, .update-components-text, .feed-shared-text';
const COMMENT = '.comments-comment-item, .comments-comment-entity, article.comments-comment-item';
const COMMENT_TEXT = '.comments-comment-item__main-content, .comments-comment-item-content-body';
const COMMENT_SUBMIT = '.comments-comment-box__submit-button, .comments-comment-box__submit-button--cr, button[type="submit"]';
const SHARE_SUBMIT = '.share-actions__primary-action';

export const linkedin: SiteAdapter = {
  site: 'linkedin',
  boxes: '.ql-editor[contenteditable="true"]',
  describe(box) {
    const form = box.closest('form, .comments-comment-box, .comments-comment-texteditor');
    if (form) {
      // A reply to a comment answers that comment; otherwise the comment answers the post.
      const comment = form.closest(COMMENT);
      const post = form.closest(POST);
      const parent = visibleText(comment?.querySelector(COMMENT_TEXT)) ?? visibleText(post?.querySelector(POST_TEXT));
      const found = nearest(box, COMMENT_SUBMIT, post?.parentElement);
      return { kind: 'reply', parent, submit: found?.match ?? null, container: found?.ancestor ?? form, sendsOnEnter: false };
    }
    const dialog = box.closest('[role="dialog"]');
    const submit = (dialog ?? document).querySelector<HTMLElement>(SHARE_SUBMIT);
    const container = box.closest('.share-creation-state__text-editor') ?? box;
    return { kind: 'post', submit, container: dialog ?? container, sendsOnEnter: false };
  },
};
