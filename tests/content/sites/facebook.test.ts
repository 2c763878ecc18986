// @vitest-environment happy-dom
// Facebook's adapter on markup modelled on facebook.com: Lexical boxes, posts as [role="article"],
// the "Create post" dialog.
import { afterEach, describe, expect, it } from 'vitest';
import { facebook } from '../../../utils/sites/facebook';

const lexical = (label: string) =>
  `<div contenteditable="true" role="textbox" spellcheck="true" data-lexical-editor="true" aria-label="${label}"><p class="xdj266r"><br></p></div>`;

const commentForm = (label = 'Write a comment…') =>
  `<form class="comment-form"><div class="composer-row">${lexical(label)}` +
  `<div id="focused-state-composer-submit" role="button" aria-label="Comment" tabindex="0"></div></div></form>`;

const postArticle = (text: string, inner = commentForm()) =>
  `<div role="article" aria-posinset="1"><h4>Acme</h4>` +
  `<div data-ad-preview="message"><div dir="auto"><div dir="auto">${text}</div></div></div>` +
  `<div class="ufi">${inner}</div></div>`;

const createPost =
  `<div role="dialog" aria-label="Create post"><form><h2>Create post</h2>${lexical('What’s on your mind, Ada?')}` +
  `<div role="button" aria-label="Post" tabindex="0"><span>Post</span></div></form></div>`;

function page(html: string): HTMLElement[] {
  document.body.innerHTML = html;
  return [...document.querySelectorAll<HTMLElement>(facebook.boxes)];
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('facebook adapter', () => {
  it('finds the Lexical boxes', () => {
    expect(page(`${postArticle('A')}${createPost}<div contenteditable="true" role="textbox">plain</div>`)).toHaveLength(2);
  });

  it('reads a comment box inside a post as a reply that sends on Enter', () => {
    const [box] = page(`<div role="feed">${postArticle('Big news: we open in Montréal')}</div>`);
    const described = facebook.describe(box!);
    expect(described.kind).toBe('reply');
    expect(described.sendsOnEnter).toBe(true);
    expect(described.parent).toBe('Big news: we open in Montréal');
  });

  it('finds the comment submit button and uses the form as the composer', () => {
    const [box] = page(postArticle('Text'));
    const described = facebook.describe(box!);
    expect(described.submit).toBe(document.getElementById('focused-state-composer-submit'));
    expect(described.container).toBe(document.querySelector('form.comment-form'));
  });

  it('takes each comment box’s own post as the parent', () => {
    const [first, second] = page(`<div role="feed">${postArticle('First post')}${postArticle('Second post')}</div>`);
    expect(facebook.describe(first!).parent).toBe('First post');
    expect(facebook.describe(second!).parent).toBe('Second post');
  });

  it('reads a reply under a comment as a reply to that comment', () => {
    const comment = `<div role="article" aria-label="Comment by Bo"><span>Bo</span><div dir="auto">Love this!</div>${commentForm('Reply to Bo')}</div>`;
    const [box] = page(postArticle('The post', comment));
    expect(facebook.describe(box!)).toMatchObject({ kind: 'reply', parent: 'Love this!', sendsOnEnter: true });
  });

  it('reads a comment box outside any article (photo viewer) as a reply by its label', () => {
    const [box] = page(`<div class="viewer">${commentForm('Write a comment…')}</div>`);
    const described = facebook.describe(box!);
    expect(described.kind).toBe('reply');
    expect(described.parent).toBeUndefined();
  });

  it('reads the Create post dialog as a post submitted by its Post button', () => {
    const [box] = page(`<div role="feed">${postArticle('Feed')}</div>${createPost}`).filter((b) => b.closest('[role="dialog"]'));
    const described = facebook.describe(box!);
    expect(described.kind).toBe('post');
    expect(described.parent).toBeUndefined();
    expect(described.sendsOnEnter).toBe(false);
    expect(described.submit).toBe(document.querySelector('[role="dialog"] [aria-label="Post"]'));
    expect(described.container).toBe(document.querySelector('[role="dialog"]'));
  });

  it('finds the French “Publier” button', () => {
    const [box] = page(`<div role="dialog">${lexical('Que voulez-vous dire ?')}<div role="button" aria-label="Publier">Publier</div></div>`);
    expect(facebook.describe(box!).submit?.getAttribute('aria-label')).toBe('Publier');
  });
});
