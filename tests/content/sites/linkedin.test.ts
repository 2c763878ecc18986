// @vitest-environment happy-dom
// LinkedIn's adapter on markup modelled on linkedin.com: Quill boxes (.ql-editor), the share dialog,
// and comment forms inside each feed post.
import { afterEach, describe, expect, it } from 'vitest';
import { linkedin } from '../../../utils/sites/linkedin';

const quill = '<div class="ql-editor ql-blank" contenteditable="true" data-placeholder="Add a comment…"><p><br></p></div>';

const commentForm = () =>
  `<div class="comments-comment-box"><form class="comments-comment-box__form">` +
  `<div class="comments-comment-texteditor"><div class="editor-container">${quill}</div></div>` +
  `<button class="comments-comment-box__submit-button artdeco-button" type="submit">Comment</button></form></div>`;

const post = (urn: number, text: string, inner = commentForm()) =>
  `<div class="feed-shared-update-v2" data-urn="urn:li:activity:${urn}">` +
  `<div class="update-components-actor">Acme Corp</div>` +
  `<div class="feed-shared-update-v2__description"><div class="update-components-text"><span dir="ltr">${text}</span></div></div>` +
  `<div class="social-details">${inner}</div></div>`;

const shareDialog =
  `<div role="dialog" class="artdeco-modal share-box-v2__modal">` +
  `<div class="share-creation-state__text-editor"><div class="editor-container">` +
  `<div class="ql-editor" contenteditable="true" data-placeholder="What do you want to talk about?"><p>Hello</p></div></div></div>` +
  `<div class="share-box_actions"><button class="share-actions__primary-action artdeco-button">Post</button></div></div>`;

function page(html: string): HTMLElement[] {
  document.body.innerHTML = html;
  return [...document.querySelectorAll<HTMLElement>(linkedin.boxes)];
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('linkedin adapter', () => {
  it('finds the Quill boxes', () => {
    expect(page(`<main>${post(1, 'A')}</main>${shareDialog}<div contenteditable="true">other</div>`)).toHaveLength(2);
  });

  it('reads the share dialog as a post submitted by its primary action', () => {
    const [box] = page(`<main>${post(1, 'Feed post')}</main>${shareDialog}`).filter((b) => b.closest('[role="dialog"]'));
    const described = linkedin.describe(box!);
    expect(described.kind).toBe('post');
    expect(described.parent).toBeUndefined();
    expect(described.submit).toBe(document.querySelector('.share-actions__primary-action'));
    expect(described.container).toBe(document.querySelector('[role="dialog"]'));
    expect(described.sendsOnEnter).toBe(false);
  });

  it('reads a comment form as a reply to its own post’s text', () => {
    const [first, second] = page(`<main>${post(1, 'We are hiring engineers in Lyon')}${post(2, 'Our quarterly results')}</main>`);
    expect(linkedin.describe(first!)).toMatchObject({ kind: 'reply', parent: 'We are hiring engineers in Lyon', sendsOnEnter: false });
    expect(linkedin.describe(second!).parent).toBe('Our quarterly results');
  });

  it('finds the comment form’s submit button and uses the form as the composer', () => {
    const [box] = page(`<main>${post(1, 'Post text')}</main>`);
    const described = linkedin.describe(box!);
    expect(described.submit).toBe(document.querySelector('.comments-comment-box__submit-button'));
    expect(described.container).toBe(document.querySelector('form'));
  });

  it('folds the whitespace of the post text', () => {
    const [box] = page(`<main>${post(1, 'Line   one\u00a0 and\t more')}</main>`);
    expect(linkedin.describe(box!).parent).toBe('Line one and more');
  });

  it('reads a reply inside a comment as a reply to that comment', () => {
    const comment =
      `<article class="comments-comment-item"><div class="comments-comment-item__main-content"><span dir="ltr">Which team is hiring?</span></div>` +
      `${commentForm()}</article>`;
    const [box] = page(`<main>${post(1, 'We are hiring', comment)}</main>`);
    expect(linkedin.describe(box!)).toMatchObject({ kind: 'reply', parent: 'Which team is hiring?' });
  });
});
