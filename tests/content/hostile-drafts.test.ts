// @vitest-environment happy-dom
// Hostile drafts never become markup: the sidebar, mounted as the content script mounts it (a <tact-sidebar> host,
// its shadow root, its own stylesheet), shows the findings the real engine reports for drafts carrying HTML,
// bidi overrides, zero-width characters and 10,000 emoji, plus findings whose words and message are the payload
// itself. Nothing but text comes out: no img, script, svg or extra style element, the payload verbatim in text
// nodes, and in no attribute.
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import css from '../../components/sidebar/sidebar.css?inline';
import type { ShownItem, SidebarActions, SidebarStore } from '../../components/sidebar/store';
import { createSidebarStore } from '../../components/sidebar/store';
import { mountSidebar, type SidebarHost } from '../../entrypoints/composer.content/host';
import { check, practices, type DraftContext } from '../../rules';

const EMOJI = '😀'.repeat(10_000);
/** Right-to-left / left-to-right overrides, embeddings, isolates and marks. */
const BIDI = '\u202Eevil\u202C \u202Dltr\u202C \u202Bemb\u202A \u2066iso\u2067\u2068\u2069 \u200F\u200E\u061C';
/** Zero-width joiner, non-joiner, space, word joiner, BOM; and a family emoji made of ZWJ sequences. */
const ZERO_WIDTH = 'id\u200Diots c\u200Cl\u200Bu\u2060e\uFEFFless 👨‍👩‍👧‍👦';

const PAYLOADS: Record<string, string> = {
  'img onerror': '<img src=x onerror=alert(1)>',
  'style breakout': '</style><script>alert(1)</script>',
  'attribute breakout': '"><svg onload=alert(1)>',
  'bidi overrides': BIDI,
  'zero-width characters': ZERO_WIDTH,
  '10,000 emoji': EMOJI,
};

/** Draft shapes whose findings quote the words around the payload (an e-mail address, a password-like phrase, an insult). */
const SHAPES = [
  (p: string) => `Write to ${p}jo@example.com now`,
  (p: string) => `Our secret project ${p} is confidential`,
  (p: string) => `You are an idiot${p}`,
  (p: string) => `Between us, the Q3 numbers are bad ${p}`,
  (p: string) => p,
];

const CONTEXT: DraftContext = { site: 'x', kind: 'post', account: 'personal', locale: 'en' };
const titles = new Map(practices.map((p) => [p.meta.number, p.meta.title.en]));

/** What the content script does with the worker's findings (session.ts): the words are the draft's slice. */
function engineItems(draft: string): ShownItem[] {
  return check(draft, CONTEXT).findings.map((f) => {
    const words = f.start !== undefined && f.end !== undefined ? draft.slice(f.start, f.end) : undefined;
    return { ...f, title: titles.get(f.practice) ?? String(f.practice), words, key: `${f.rule}@${(words ?? '').toLowerCase()}` };
  });
}

/** A finding whose words, message and suggestion are the payload itself. */
function payloadItem(payload: string, n: number): ShownItem {
  return {
    key: `hostile/${n}@${payload.slice(0, 20)}`,
    practice: 7,
    rule: 'confidentiality/hostile',
    severity: 'risk',
    title: titles.get(7)!,
    message: `“${payload}” ${payload}`,
    suggestion: payload,
    words: payload,
    start: 0,
    end: payload.length,
  };
}

/** What the finding's words look like on screen (long ones are shortened to 57 code units and an ellipsis). */
// Long quotes are cut by characters (code points), so an emoji is never split in half.
const shownWords = (words: string) => {
  const characters = Array.from(words);
  return characters.length > 60 ? `${characters.slice(0, 57).join('')}…` : words;
};

const noop = () => undefined;
const actions: SidebarActions = { toggle: noop, setAccount: noop, dismiss: noop, restoreDismissed: noop, review: noop, postAnyway: noop, highlight: noop, returnFocus: noop };

let host: SidebarHost | null = null;
let alert: ReturnType<typeof vi.fn>;

beforeEach(() => {
  alert = vi.fn();
  vi.stubGlobal('alert', alert);
});

afterEach(() => {
  if (host) act(() => host!.remove());
  host = null;
  vi.unstubAllGlobals();
});

function mount(items: ShownItem[]): { store: SidebarStore; host: SidebarHost } {
  const store = createSidebarStore({ locale: 'en', theme: 'light', site: 'x', kind: 'post', account: 'personal' });
  store.setState({
    placement: { mode: 'panel', top: 100, left: 800, width: 320, maxHeight: 600 },
    draftEmpty: false,
    items,
    report: { type: 'report', box: 'b1', seq: 1, lang: 'en', checked: 25 },
    shown: 1,
  });
  act(() => {
    host = mountSidebar(store, actions);
  });
  return { store, host: host! };
}

/** Every element of the host and its shadow tree. */
function elements(mounted: SidebarHost): Element[] {
  return [mounted.element, ...mounted.shadow.querySelectorAll('*')];
}

/** The assertions every hostile render must pass. */
function expectInert(mounted: SidebarHost, items: ShownItem[], payloads: string[]): void {
  // No active or loading element; the only <style> is the sidebar's own stylesheet, first in the shadow root.
  // (Vitest serves `?inline` CSS as an empty string; privacy.e2e.ts checks the real stylesheet in the browser.)
  const active = mounted.shadow.querySelectorAll('img, script, svg, math, iframe, object, embed, link, base, meta, form, a, video, audio, source, template');
  expect([...active].map((e) => e.outerHTML.slice(0, 120))).toEqual([]);
  const styles = [...mounted.shadow.querySelectorAll('style')];
  expect(styles).toHaveLength(1);
  expect(styles[0]!.parentNode).toBe(mounted.shadow);
  expect(styles[0]!.textContent).toBe(css);
  expect(mounted.shadow.firstChild).toBe(styles[0]);
  // Nothing was added outside the host either.
  expect(document.querySelectorAll('img, script, svg').length).toBe(0);

  // No inline event handler attribute, and no attribute carries a payload (nor its tell-tale pieces).
  for (const element of elements(mounted)) {
    for (const attribute of element.attributes) {
      expect(attribute.name.startsWith('on'), `${element.tagName} has ${attribute.name}`).toBe(false);
      for (const payload of payloads) expect(attribute.value.includes(payload), `${element.tagName}[${attribute.name}] carries a payload`).toBe(false);
      expect(attribute.value).not.toMatch(/onerror|onload|<script|<img|<svg|<\/style/i);
      expect(attribute.value).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200B-\u200F\u2060\uFEFF]/);
    }
  }

  // Each finding's words, message and suggestion are there verbatim, as text (the sidebar groups findings by
  // practice, so they are compared as sets). The message is the last child of its paragraph, after the
  // screen-reader label, and a single text node: it was never parsed.
  const rendered = [...mounted.shadow.querySelectorAll<HTMLElement>('li.finding')].map((li) => {
    const why = li.querySelector('.why')!;
    expect(why.lastChild!.nodeType).toBe(3);
    return JSON.stringify([li.getAttribute('data-rule'), li.querySelector('.words')?.textContent ?? null, why.lastChild!.nodeValue, li.querySelector('.instead')?.textContent ?? null]);
  });
  const expected = items.map((item) =>
    JSON.stringify([item.rule, item.words ? shownWords(item.words) : null, item.message, item.suggestion ? `Instead ${item.suggestion}` : null]),
  );
  expect(rendered.sort()).toEqual(expected.sort());
  expect(alert).not.toHaveBeenCalled();
}

describe('hostile drafts render as inert text in the sidebar', () => {
  for (const [name, payload] of Object.entries(PAYLOADS)) {
    it(`${name}: the engine's findings on drafts carrying it`, () => {
      const drafts = SHAPES.map((shape) => shape(payload));
      // One item per key, as in one compose box's sidebar.
      const items = [...new Map(drafts.flatMap(engineItems).map((item) => [item.key, item])).values()];
      // The engine does report on these drafts (an e-mail address, a password-like phrase, an insult, a leak)...
      expect(items.length).toBeGreaterThan(0);
      const { host: mounted } = mount(items);
      expectInert(mounted, items, [payload]);
    });

    it(`${name}: findings whose words, message and suggestion are the payload`, () => {
      const items = [payloadItem(payload, 0), payloadItem(`${payload} ${payload}`, 1)];
      const { host: mounted } = mount(items);
      expectInert(mounted, items, [payload]);
      // The payload is the text of the message, in full, whatever it holds.
      expect(mounted.shadow.textContent).toContain(`“${payload}” ${payload}`);
    });
  }

  it('the engine quotes HTML from the draft in its words and messages, which stay text', () => {
    const draft = 'Write to </style><script>alert(1)</script>jo@example.com and see our secret project <img src=x onerror=alert(1)> soon';
    const items = engineItems(draft);
    const quoted = items.filter((i) => /<script>|<img/.test(`${i.words} ${i.message}`));
    // The e-mail detector takes the markup before the address as part of it, the password detector the tag after
    // "secret project": real findings carrying markup, not just made-up ones.
    expect(quoted.length).toBeGreaterThanOrEqual(2);
    const { host: mounted } = mount(items);
    expectInert(mounted, items, ['</style><script>alert(1)</script>', '<img src=x onerror']);
    // The stylesheet was not closed by the draft's </style>: it is still exactly the sidebar's CSS.
    expect(mounted.shadow.querySelector('style')!.textContent).toBe(css);
  });

  it('updating the findings with hostile ones keeps the tree inert', () => {
    const { store, host: mounted } = mount(engineItems('You are an idiot'));
    const items = Object.values(PAYLOADS).map(payloadItem);
    act(() => store.setState({ items, shown: 2 }));
    expectInert(mounted, items, Object.values(PAYLOADS));
    expect(mounted.element.getAttribute('data-tact-seq')).toBe('2');
  });
});
