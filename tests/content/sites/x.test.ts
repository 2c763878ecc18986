// @vitest-environment happy-dom
// X's adapter on markup modelled on x.com: a Draft.js box marked data-testid="tweetTextarea_0", the
// Post/Reply button [data-testid="tweetButtonInline"], tweets as article[data-testid="tweet"].
import { afterEach, describe, expect, it } from 'vitest';
import { x } from '../../../utils/sites/x';

const tweet = (text: string) =>
  `<article data-testid="tweet" role="article"><div data-testid="User-Name"><span>Ada</span><span>@ada</span></div>` +
  `<div data-testid="tweetText" lang="en" dir="auto"><span>${text}</span></div>` +
  `<div role="group"><button data-testid="reply">Reply</button></div></article>`;

const composer = (button = 'tweetButtonInline', label = 'Reply') =>
  `<div class="composer"><div class="editor-row"><div class="DraftEditor-root"><div class="DraftEditor-editorContainer">` +
  `<div class="notranslate public-DraftEditor-content" contenteditable="true" role="textbox" data-testid="tweetTextarea_0">` +
  `<div data-contents="true"><div data-block="true" data-offset-key="a-0-0"><div class="public-DraftStyleDefault-block" data-offset-key="a-0-0">` +
  `<span data-offset-key="a-0-0"><br data-text="true"></span></div></div></div></div></div></div></div>` +
  `<div class="toolbar"><div data-testid="toolBar"></div><button data-testid="${button}" role="button">${label}</button></div></div>`;

function setPage(path: string, html: string): HTMLElement {
  history.pushState(null, '', path);
  document.body.innerHTML = html;
  return document.querySelector<HTMLElement>(x.boxes)!;
}

afterEach(() => {
  document.body.innerHTML = '';
  history.pushState(null, '', '/');
});

describe('x adapter', () => {
  it('finds the Draft.js compose box by its data-testid', () => {
    const box = setPage('/home', `<main>${composer()}</main><div contenteditable="true" role="textbox">not a tweet box</div>`);
    expect(box).not.toBeNull();
    expect(box.dataset.testid).toBe('tweetTextarea_0');
    expect(document.querySelectorAll(x.boxes)).toHaveLength(1);
  });

  it('reads the composer on a tweet’s page as a reply to that tweet', () => {
    const box = setPage('/ada/status/1790000000000000000', `<main role="main"><div aria-label="Timeline: Conversation">${tweet('Our new release is out today')}${composer()}${tweet('Congrats!')}</div></main>`);
    const described = x.describe(box);
    expect(described.kind).toBe('reply');
    expect(described.parent).toBe('Our new release is out today');
    expect(described.sendsOnEnter).toBe(false);
  });

  it('takes the tweet just above the composer as the parent, not earlier or later ones', () => {
    const box = setPage('/ada/status/2', `<main>${tweet('The thread starts here')}${tweet('The tweet opened')}${composer()}${tweet('A reply below')}</main>`);
    expect(x.describe(box).parent).toBe('The tweet opened');
  });

  it('finds the Reply button and the composer around the box and the button', () => {
    const box = setPage('/ada/status/3', `<main>${tweet('Parent')}${composer()}</main>`);
    const described = x.describe(box);
    expect(described.submit).toBe(document.querySelector('[data-testid="tweetButtonInline"]'));
    expect(described.container).toBe(document.querySelector('.composer'));
    expect(described.container.contains(box)).toBe(true);
  });

  it('reads the composer on /home as a post, even with tweets on the page', () => {
    const box = setPage('/home', `<main>${composer('tweetButtonInline', 'Post')}${tweet('Someone else’s tweet')}</main>`);
    const described = x.describe(box);
    expect(described.kind).toBe('post');
    expect(described.parent).toBeUndefined();
    expect(described.submit?.textContent).toBe('Post');
  });

  it('does not take a tweet above the composer as parent off a status page', () => {
    const box = setPage('/home', `<main>${tweet('A pinned tweet')}${composer('tweetButtonInline', 'Post')}</main>`);
    expect(x.describe(box).kind).toBe('post');
  });

  it('reads the reply dialog as a reply to the tweet shown in it', () => {
    const box = setPage(
      '/compose/post',
      `<main>${tweet('Timeline tweet')}</main><div id="layers"><div role="dialog" aria-modal="true">${tweet('The tweet answered')}${composer('tweetButton', 'Reply')}</div></div>`,
    );
    const described = x.describe(box);
    expect(described.kind).toBe('reply');
    expect(described.parent).toBe('The tweet answered');
    expect(described.submit).toBe(document.querySelector('[data-testid="tweetButton"]'));
  });

  it('reads the compose dialog with no tweet in it as a post', () => {
    const box = setPage('/compose/post', `<main>${tweet('Timeline tweet')}</main><div id="layers"><div role="dialog">${composer('tweetButton', 'Post')}</div></div>`);
    const described = x.describe(box);
    expect(described.kind).toBe('post');
    expect(described.parent).toBeUndefined();
  });

  it('reads a parent tweet with an empty text as a post (nothing to answer)', () => {
    const box = setPage('/ada/status/4', `<main><article data-testid="tweet"><div data-testid="tweetText"> </div></article>${composer()}</main>`);
    expect(x.describe(box)).toMatchObject({ kind: 'post', parent: undefined });
  });

  it('returns the box as container and no submit when there is no button', () => {
    const box = setPage('/home', `<main><div contenteditable="true" data-testid="tweetTextarea_0"></div></main>`);
    const described = x.describe(box);
    expect(described.submit).toBeNull();
    expect(described.container).toBe(box);
  });
});
