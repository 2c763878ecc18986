// @vitest-environment happy-dom
// The generic adapter, for other boxes on the supported sites and for any other site.
import { afterEach, describe, expect, it } from 'vitest';
import { generic } from '../../../utils/sites/generic';
import { GENERIC_BOXES } from '../../../utils/sites/types';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('generic adapter', () => {
  it('matches textareas and contenteditable textboxes only', () => {
    document.body.innerHTML = '<textarea id="a"></textarea><div id="b" contenteditable="true" role="textbox"></div><div id="c" contenteditable="true"></div><input id="d">';
    expect([...document.querySelectorAll(GENERIC_BOXES)].map((e) => e.id)).toEqual(['a', 'b']);
  });

  it('reads a box in a form as a post submitted by the form’s submit button', () => {
    document.body.innerHTML = '<form><textarea></textarea><button type="button">Bold</button><button type="submit">Send</button></form>';
    const described = generic('linkedin').describe(document.querySelector('textarea')!);
    expect(described).toEqual({ kind: 'post', submit: document.querySelector('button[type="submit"]'), container: document.querySelector('form'), sendsOnEnter: false });
  });

  it('uses the box itself as the composer when it has no form', () => {
    document.body.innerHTML = '<textarea></textarea>';
    const box = document.querySelector('textarea')!;
    expect(generic('other').describe(box)).toMatchObject({ kind: 'post', submit: null, container: box });
  });

  it('carries the site it was made for', () => {
    expect(generic('facebook').site).toBe('facebook');
  });
});
