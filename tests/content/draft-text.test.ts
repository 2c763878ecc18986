// @vitest-environment happy-dom
// Reading a draft as the person sees it, from the DOM each editor renders (built by hand after the markup
// of Draft.js 0.11 on X, Quill 1.x on LinkedIn and Lexical on Facebook), and mapping offsets back to ranges.
import { afterEach, describe, expect, it } from 'vitest';
import { rangeOf, readDraft } from '../../utils/draft-text';

afterEach(() => {
  document.body.innerHTML = '';
});

/** Mounts the HTML and returns its first element (the editor root). */
function mount(html: string): HTMLElement {
  const holder = document.createElement('div');
  holder.innerHTML = html;
  document.body.append(holder);
  return holder.firstElementChild as HTMLElement;
}

// --- Draft.js (X) --------------------------------------------------------------------------------
let draftKey = 0;
/** One Draft.js block; each leaf is a text run (several leaves = inline styles), none = empty block. */
function draftBlock(...leaves: string[]): string {
  const key = `k${draftKey++}`;
  const spans = leaves.length
    ? leaves.map((text, i) => `<span data-offset-key="${key}-0-${i}"><span data-text="true">${text}</span></span>`).join('')
    : `<span data-offset-key="${key}-0-0"><br data-text="true"></span>`;
  return `<div data-block="true" data-editor="ed" data-offset-key="${key}-0-0"><div data-offset-key="${key}-0-0" class="public-DraftStyleDefault-block public-DraftStyleDefault-ltr">${spans}</div></div>`;
}
const draftEditor = (...blocks: string[]) =>
  mount(`<div class="notranslate public-DraftEditor-content" contenteditable="true" role="textbox" data-testid="tweetTextarea_0"><div data-contents="true">${blocks.join('')}</div></div>`);

// --- Quill 1.x (LinkedIn) ------------------------------------------------------------------------
const quillEditor = (paragraphs: string, blank = false) =>
  mount(`<div class="ql-editor${blank ? ' ql-blank' : ''}" contenteditable="true" data-placeholder="What do you want to talk about?">${paragraphs}</div>`);

// --- Lexical (Facebook) --------------------------------------------------------------------------
const lexicalEditor = (paragraphs: string) =>
  mount(`<div contenteditable="true" role="textbox" data-lexical-editor="true" aria-placeholder="Write a comment…">${paragraphs}</div>`);
const lex = (text: string) => `<span data-lexical-text="true">${text}</span>`;

describe('readDraft', () => {
  describe('on Draft.js (X)', () => {
    it('reads one block', () => {
      expect(readDraft(draftEditor(draftBlock('Hello'))).text).toBe('Hello');
    });

    it('reads an empty editor (one block with a <br>) as an empty draft', () => {
      expect(readDraft(draftEditor(draftBlock())).text).toBe('');
    });

    it('joins blocks with one newline and reads an empty block as an empty line', () => {
      expect(readDraft(draftEditor(draftBlock('Hello'), draftBlock(), draftBlock('World'))).text).toBe('Hello\n\nWorld');
    });

    it('reads styled runs of one block as one line', () => {
      expect(readDraft(draftEditor(draftBlock('Hello ', 'bold', ' world'))).text).toBe('Hello bold world');
    });

    it('keeps soft newlines (Shift+Enter) inside a block', () => {
      expect(readDraft(draftEditor(draftBlock('one\ntwo'), draftBlock('three'))).text).toBe('one\ntwo\nthree');
    });

    it('reads once the soft newline that ends a block, which Draft.js renders doubled', () => {
      // Draft.js renders the block text "a\n" as "a\n\n" when it is the block's last leaf.
      expect(readDraft(draftEditor(draftBlock('a\n\n'), draftBlock('b'))).text).toBe('a\n\nb');
      expect(readDraft(draftEditor(draftBlock('a\n\n'))).text).toBe('a\n');
    });

    it('keeps a doubled newline that is not at the end of its block', () => {
      expect(readDraft(draftEditor(draftBlock('a\n\n', 'b'))).text).toBe('a\n\nb');
    });

    it('keeps leading and trailing empty blocks as lines', () => {
      expect(readDraft(draftEditor(draftBlock(), draftBlock('Hi'), draftBlock())).text).toBe('\nHi\n');
    });
  });

  describe('on Quill (LinkedIn)', () => {
    it('joins paragraphs with one newline and reads <p><br></p> as an empty line', () => {
      expect(readDraft(quillEditor('<p>Hello</p><p><br></p><p>World</p>')).text).toBe('Hello\n\nWorld');
    });

    it('reads a blank editor as an empty draft, not its placeholder', () => {
      const box = quillEditor('<p><br></p>', true);
      expect(readDraft(box).text).toBe('');
      expect(readDraft(box).text).not.toContain('talk about');
    });

    it('reads inline formatting as part of its line', () => {
      expect(readDraft(quillEditor('<p>Hello <strong>bold</strong> <em>you</em></p><p>next</p>')).text).toBe('Hello bold you\nnext');
    });

    it('reads list items as lines', () => {
      expect(readDraft(quillEditor('<p>Intro</p><ol><li>one</li><li>two</li></ol>')).text).toBe('Intro\none\ntwo');
    });

    it('keeps several empty lines', () => {
      expect(readDraft(quillEditor('<p>a</p><p><br></p><p><br></p><p>b</p>')).text).toBe('a\n\n\nb');
    });
  });

  describe('on Lexical (Facebook)', () => {
    it('reads a line break inside a paragraph as a newline', () => {
      expect(readDraft(lexicalEditor(`<p dir="auto">${lex('Hello')}<br>${lex('there')}</p>`)).text).toBe('Hello\nthere');
    });

    it('reads an empty editor (<p><br></p>) as an empty draft', () => {
      expect(readDraft(lexicalEditor('<p><br></p>')).text).toBe('');
    });

    it('reads an empty paragraph as an empty line, also at the end', () => {
      expect(readDraft(lexicalEditor(`<p dir="auto">${lex('Hello')}<br>${lex('there')}</p><p><br></p>`)).text).toBe('Hello\nthere\n');
      expect(readDraft(lexicalEditor(`<p dir="auto">${lex('a')}</p><p><br></p><p dir="auto">${lex('b')}</p>`)).text).toBe('a\n\nb');
    });

    it('reads a paragraph ending in a line break (<span>a</span><br><br>) as "a\\n"', () => {
      expect(readDraft(lexicalEditor(`<p dir="auto">${lex('a')}<br><br></p>`)).text).toBe('a\n');
    });

    it('reads a paragraph ending in a line break followed by another paragraph', () => {
      expect(readDraft(lexicalEditor(`<p dir="auto">${lex('a')}<br><br></p><p dir="auto">${lex('b')}</p>`)).text).toBe('a\n\nb');
    });

    it('reads a paragraph holding only a line break as one newline', () => {
      expect(readDraft(lexicalEditor(`<p dir="auto"><br><br></p><p dir="auto">${lex('b')}</p>`)).text).toBe('\n\nb');
    });

    it('accepts Lexical’s data-lexical-managed-linebreak placeholder <br>', () => {
      expect(readDraft(lexicalEditor(`<p dir="auto">${lex('a')}<br><br data-lexical-managed-linebreak="true"></p>`)).text).toBe('a\n');
      expect(readDraft(lexicalEditor('<p dir="auto"><br data-lexical-managed-linebreak="true"></p>')).text).toBe('');
    });
  });

  describe('on a plain box', () => {
    it('reads a textarea’s value', () => {
      const area = mount('<textarea>ignored markup</textarea>') as HTMLTextAreaElement;
      area.value = 'line one\nline two';
      expect(readDraft(area)).toEqual({ text: 'line one\nline two', pieces: [] });
    });

    it('reads an input’s value', () => {
      const input = mount('<input type="text">') as HTMLInputElement;
      input.value = 'short';
      expect(readDraft(input).text).toBe('short');
    });

    it('skips <style> and <script> inside the box', () => {
      expect(readDraft(mount('<div contenteditable="true"><p>a<style>.x{}</style><script>1</script></p></div>')).text).toBe('a');
    });

    it('treats the box itself as a paragraph: its last <br> only keeps the line open', () => {
      expect(readDraft(mount('<div contenteditable="true">a<br>b</div>')).text).toBe('a\nb');
      expect(readDraft(mount('<div contenteditable="true">a<br></div>')).text).toBe('a');
      expect(readDraft(mount('<div contenteditable="true">a<br><br></div>')).text).toBe('a\n');
    });
  });

  it('never modifies the DOM', () => {
    const box = lexicalEditor(`<p dir="auto">${lex('Hello')}<br>${lex('there')}</p><p><br></p>`);
    const before = box.outerHTML;
    readDraft(box);
    expect(box.outerHTML).toBe(before);
  });

  it('records, for every text node read, where its characters start in the draft', () => {
    const draft = readDraft(draftEditor(draftBlock('Hello ', 'bold'), draftBlock(), draftBlock('World')));
    expect(draft.pieces.map((p) => [p.node.data, p.start])).toEqual([
      ['Hello ', 0],
      ['bold', 6],
      ['World', 12],
    ]);
    for (const piece of draft.pieces) expect(draft.text.slice(piece.start, piece.start + piece.node.data.length)).toBe(piece.node.data);
  });
});

describe('rangeOf', () => {
  const editors = {
    'Draft.js': () => draftEditor(draftBlock('Hello ', 'big', ' world'), draftBlock(), draftBlock('Second line')),
    Quill: () => quillEditor('<p>Hello <strong>big</strong> world</p><p><br></p><p>Second line</p>'),
    Lexical: () => lexicalEditor(`<p dir="auto">${lex('Hello ')}<strong>${lex('big')}</strong>${lex(' world')}</p><p><br></p><p dir="auto">${lex('Second line')}</p>`),
  };

  for (const [name, build] of Object.entries(editors)) {
    describe(`on ${name}`, () => {
      it('reads the same text from each editor', () => {
        expect(readDraft(build()).text).toBe('Hello big world\n\nSecond line');
      });

      it.each([
        ['inside one text node', 0, 5],
        ['a whole text node', 6, 9],
        ['across two text nodes', 3, 8],
        ['across three text nodes', 4, 12],
        ['inside a later paragraph', 17, 23],
        ['up to the end of the draft', 24, 28],
      ])('covers exactly the draft’s characters for a span %s', (_, start, end) => {
        const draft = readDraft(build());
        const range = rangeOf(draft, start, end);
        expect(range).not.toBeNull();
        expect(range!.toString()).toBe(draft.text.slice(start, end));
      });

      it('covers a span across paragraphs, from its first character to its last', () => {
        const draft = readDraft(build());
        const start = draft.text.indexOf('world');
        const end = draft.text.indexOf('line') + 4;
        const range = rangeOf(draft, start, end)!;
        // Range text has no line breaks (they are elements, not text): compare without them.
        expect(range.toString()).toBe(draft.text.slice(start, end).replace(/\n/g, ''));
        expect(range.startContainer.textContent).toBe(' world');
        expect(range.endContainer.textContent).toBe('Second line');
      });
    });
  }

  it('starts on the next text node when the span starts on a line break', () => {
    const draft = readDraft(lexicalEditor(`<p dir="auto">${lex('Hello')}<br>${lex('there')}</p>`));
    const range = rangeOf(draft, 5, 8)!;
    expect(range.toString()).toBe('th');
    expect(range.startContainer.textContent).toBe('there');
    expect(range.startOffset).toBe(0);
  });

  it('maps offsets after a doubled Draft.js newline to the right characters', () => {
    const draft = readDraft(draftEditor(draftBlock('a\n\n'), draftBlock('bcd')));
    expect(draft.text).toBe('a\n\nbcd');
    expect(rangeOf(draft, 3, 5)!.toString()).toBe('bc');
  });

  it('returns null for an empty or reversed span', () => {
    const draft = readDraft(quillEditor('<p>Hello</p>'));
    expect(rangeOf(draft, 2, 2)).toBeNull();
    expect(rangeOf(draft, 3, 1)).toBeNull();
  });

  it('returns null for a textarea, whose text has no nodes', () => {
    const area = mount('<textarea></textarea>') as HTMLTextAreaElement;
    area.value = 'Hello';
    expect(rangeOf(readDraft(area), 0, 5)).toBeNull();
  });

  it('returns null once the text nodes have left the page', () => {
    const box = quillEditor('<p>Hello</p>');
    const draft = readDraft(box);
    box.innerHTML = '<p>Hello</p>';
    expect(rangeOf(draft, 0, 5)).toBeNull();
  });

  it('clamps an end past the draft to the last text node', () => {
    const draft = readDraft(quillEditor('<p>Hello</p>'));
    expect(rangeOf(draft, 1, 99)!.toString()).toBe('ello');
  });
});
