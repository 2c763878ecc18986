// Tokenizer written for how people write on social sites: URLs, e-mails, #hashtags, @mentions, emoji,
// French elisions (« j'pense », « qu'on »), inclusive writing (« ingénieur·e·s », « salarié.e.s »),
// masked swear words (« f*ck ») and spaced-out words (« i d i o t »). One pass, no backtracking regex:
// time is linear in the length of the text.
import { fold, unleet, unstretch } from './fold';

export type TokenKind = 'word' | 'hashtag' | 'mention' | 'url' | 'email' | 'emoji' | 'punct';

export interface Token {
  kind: TokenKind;
  /** UTF-16 offsets into the text given to `tokenize` (plus its `base`). */
  start: number;
  end: number;
  raw: string;
  /** The comparison forms, most literal first: folded, then leetspeak decoded, then unstretched. */
  forms: string[];
  /** Contains masking characters (« f*ck »): compared letter by letter with `*` standing for any letters. */
  masked?: boolean;
}

const FRENCH_ELISIONS = new Set(['l', 'd', 'j', 'm', 't', 's', 'n', 'c', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu', 'presqu']);
const INCLUSIVE_SUFFIXES = new Set(['e', 'es', 's', 'se', 'ses', 'ne', 'nes', 'le', 'les', 'te', 'tes', 'rice', 'rices', 'trice', 'trices', 'euse', 'euses', 'ere', 'eres', 'ère', 'ères', 'fe', 'fes', 've', 'ves', 'x', 'ale', 'ales', 'aux']);
const URL_TLDS = new Set(['com', 'fr', 'net', 'org', 'io', 'co', 'uk', 'de', 'eu', 'app', 'dev', 'ly', 'gl', 'me', 'be', 'ch', 'ca', 'info', 'biz', 'shop', 'store', 'link', 'page', 'ai', 'gg', 'tv', 'us', 'es', 'it', 'nl', 'lu', 'qc', 'to', 'bike', 'online', 'site', 'tech', 'cloud', 'blog', 'news', 'club', 'live', 'world', 'studio', 'xyz', 'local', 'internal', 'corp', 'lan', 'intra']);
/** Single-letter words real sentences contain: a run of these is not a spaced-out word. */
const SINGLE_LETTER_WORDS = new Set(['a', 'à', 'y', 'i', 'o', 'ô', 'à']);

const isAsciiAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const PICTOGRAPH = /[\p{Extended_Pictographic}\p{Regional_Indicator}]/u;

function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiAlnum(c);
  if (c >= 0xd800 && c <= 0xdfff) {
    const cp = text.codePointAt(i)!;
    return cp > 0xffff && WORD_CHAR.test(String.fromCodePoint(cp));
  }
  return WORD_CHAR.test(text[i]!);
}

function isSpace(c: number): boolean {
  // Control characters count as spaces so they never glue words together.
  return c <= 32 || c === 0x7f || c === 0xa0 || c === 0x202f || c === 0x2007 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x85;
}

function isZeroWidth(c: number): boolean {
  return c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff || c === 0xad;
}

function wordForms(raw: string): string[] {
  const f = fold(raw);
  const forms = [f];
  const l = unleet(f);
  if (l && l !== f) forms.push(l);
  const s = unstretch(l ?? f);
  if (s && !forms.includes(s)) forms.push(s);
  // Possessives compare as the name: "Stratus's", "Stratus'".
  if (f.length > 3 && (f.endsWith("'s") || f.endsWith("s'"))) forms.push(f.endsWith("'s") ? f.slice(0, -2) : f.slice(0, -1));
  return forms;
}

/** Length of a web address or e-mail starting at `i` in a whitespace-delimited chunk, or 0. */
function linkLength(chunk: string): { kind: 'url' | 'email'; length: number } | null {
  const lower = chunk.toLowerCase();
  let length = chunk.length;
  // Trailing punctuation belongs to the sentence, not to the address.
  while (length > 0 && '.,;:!?)]}»"\'…'.includes(chunk[length - 1]!)) length--;
  if (length === 0) return null;
  if (lower.startsWith('http://') || lower.startsWith('https://') || lower.startsWith('www.')) return { kind: 'url', length };
  const at = chunk.indexOf('@');
  const core = lower.slice(0, length);
  if (at > 0 && at < length - 3 && core.indexOf('.', at) > at + 1 && !core.slice(at + 1).includes('@')) return { kind: 'email', length };
  // Bare domains: "nuvola.fr/partage", "wiki.corp.local", "bit.ly/x1".
  const slash = core.indexOf('/');
  const host = slash >= 0 ? core.slice(0, slash) : core;
  const dot = host.lastIndexOf('.');
  if (dot > 0 && dot < host.length - 1 && !host.includes('@')) {
    const tld = host.slice(dot + 1);
    if (URL_TLDS.has(tld) && /^[a-z0-9.-]+$/.test(host) && /[a-z]/.test(host.slice(0, dot))) return { kind: 'url', length };
  }
  return null;
}

/**
 * Splits `text` into tokens. `base` is added to every offset, so a paragraph can be tokenized on its own
 * and its tokens still point into the whole draft.
 */
export function tokenize(text: string, base = 0): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c) || isZeroWidth(c)) {
      i++;
      continue;
    }
    // Whitespace-delimited chunk: checked whole for a link first.
    let chunkEnd = i;
    while (chunkEnd < n && !isSpace(text.charCodeAt(chunkEnd))) chunkEnd++;
    const chunk = text.slice(i, Math.min(chunkEnd, i + 2048));
    if (chunk.length >= 4 && (chunk.includes('.') || chunk.includes('@'))) {
      const link = linkLength(chunk);
      if (link && (link.kind === 'url' || link.kind === 'email')) {
        const raw = text.slice(i, i + link.length);
        tokens.push({ kind: link.kind, start: base + i, end: base + i + link.length, raw, forms: [raw.toLowerCase()] });
        i += link.length;
        continue;
      }
    }
    i = scanChunk(text, i, chunkEnd, base, tokens);
  }
  return mergeSpacedLetters(text, base, tokens);
}

/** Scans one whitespace-delimited chunk into word, hashtag, mention, emoji and punctuation tokens. */
function scanChunk(text: string, i: number, end: number, base: number, out: Token[]): number {
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isZeroWidth(c)) {
      i++;
      continue;
    }
    if ((c === 35 /* # */ || c === 64 /* @ */) && i + 1 < end && isWordChar(text, i + 1)) {
      const wordEnd = scanWord(text, i + 1, end);
      const raw = text.slice(i, wordEnd);
      const bare = wordForms(raw.slice(1));
      const sigil = raw[0]!;
      out.push({ kind: c === 35 ? 'hashtag' : 'mention', start: base + i, end: base + wordEnd, raw, forms: [sigil + bare[0], ...bare] });
      i = wordEnd;
      continue;
    }
    if (isWordChar(text, i)) {
      const wordEnd = scanWord(text, i, end);
      pushWord(text, i, wordEnd, base, out);
      i = wordEnd;
      continue;
    }
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    if (cp > 0xff && PICTOGRAPH.test(String.fromCodePoint(cp))) {
      // One emoji token per grapheme: skin tones, variation selectors and ZWJ sequences stay attached.
      let j = i + width;
      while (j < end) {
        const d = text.codePointAt(j)!;
        const w = d > 0xffff ? 2 : 1;
        const joiner = d === 0x200d;
        const modifier = d === 0xfe0f || d === 0xfe0e || (d >= 0x1f3fb && d <= 0x1f3ff) || d === 0x20e3 || (d >= 0xe0020 && d <= 0xe007f);
        if (joiner && j + 1 < end) {
          const next = text.codePointAt(j + 1)!;
          j += 1 + (next > 0xffff ? 2 : 1);
          continue;
        }
        if (modifier || (d >= 0x1f1e6 && d <= 0x1f1ff && cp >= 0x1f1e6 && cp <= 0x1f1ff && j === i + width)) {
          j += w;
          continue;
        }
        break;
      }
      out.push({ kind: 'emoji', start: base + i, end: base + j, raw: text.slice(i, j), forms: [text.slice(i, j)] });
      i = j;
      continue;
    }
    // Punctuation: a run of the same character is one token ("!!!", "...").
    let j = i + width;
    while (j < end && text.charCodeAt(j) === c && width === 1) j++;
    const raw = text.slice(i, j);
    out.push({ kind: 'punct', start: base + i, end: base + j, raw, forms: [raw] });
    i = j;
  }
  return end;
}

/** End of a word starting at `i`: letters and digits, joined by inner apostrophes, masking `*` and inclusive `·`. */
function scanWord(text: string, i: number, end: number): number {
  let j = i;
  while (j < end) {
    if (isWordChar(text, j)) {
      j += text.charCodeAt(j) >= 0xd800 && text.charCodeAt(j) <= 0xdbff ? 2 : 1;
      continue;
    }
    const c = text[j]!;
    const next = j + 1 < end;
    if ((c === "'" || c === '\u2019') && next && isWordChar(text, j + 1)) {
      j++;
      continue;
    }
    // A bare elision, as lexicons write it: « j' », « qu' ».
    if ((c === "'" || c === '\u2019') && FRENCH_ELISIONS.has(fold(text.slice(i, j)))) {
      j++;
      break;
    }
    // Masking stars inside or at the end of a word: "f*ck", "sh**", "c*nnard".
    if (c === '*' && j > i) {
      let k = j;
      while (k < end && text[k] === '*') k++;
      if (k - j <= 4 && (k === end || isWordChar(text, k) || !/[\p{L}]/u.test(text[k]!))) {
        j = k;
        continue;
      }
    }
    // Inclusive writing: "ingénieur·e·s", "salarié.e.s".
    if ((c === '·' || c === '•' || c === '.' || c === '‧') && next && j - i >= 3) {
      let k = j + 1;
      while (k < end && /[a-zà-ÿ]/.test(text[k]!)) k++;
      const suffix = text.slice(j + 1, k);
      if (suffix && INCLUSIVE_SUFFIXES.has(suffix) && (c !== '.' || k === end || !isWordChar(text, k))) {
        j = k;
        continue;
      }
    }
    break;
  }
  return j;
}

/** Pushes a word, splitting French elisions ("j'pense" → "j'" + "pense") and stripping inclusive endings. */
function pushWord(text: string, start: number, end: number, base: number, out: Token[]): void {
  let s = start;
  for (;;) {
    const apos = indexOfApostrophe(text, s, end);
    if (apos < 0) break;
    const head = fold(text.slice(s, apos));
    if (!FRENCH_ELISIONS.has(head)) break;
    out.push({ kind: 'word', start: base + s, end: base + apos + 1, raw: text.slice(s, apos + 1), forms: [head + "'"] });
    s = apos + 1;
  }
  if (s >= end) return;
  const raw = text.slice(s, end);
  let comparable = raw;
  const inclusive = raw.search(/[·•‧]|\.(?=[a-zà-ÿ]{1,5}(?:\.|$))/);
  if (inclusive > 0) comparable = raw.slice(0, inclusive);
  const token: Token = { kind: 'word', start: base + s, end: base + end, raw, forms: wordForms(comparable) };
  if (raw.includes('*')) token.masked = true;
  out.push(token);
}

function indexOfApostrophe(text: string, from: number, end: number): number {
  for (let k = from; k < end; k++) {
    const c = text[k];
    if (c === "'" || c === '\u2019') return k;
  }
  return -1;
}

/**
 * "i d i o t", "c.o.n.f.i.d.e.n.t.i.e.l", "f-u-c-k": single letters joined by one space, dot, dash or star
 * become one word. Runs of real one-letter words (« il y a à ») are left alone.
 */
function mergeSpacedLetters(text: string, base: number, tokens: Token[]): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < tokens.length) {
    const run = collectSpacedRun(text, base, tokens, i);
    if (run > 0) {
      const first = tokens[i]!;
      const last = tokens[run - 1]!;
      let letters = '';
      for (let k = i; k < run; k++) if (tokens[k]!.kind === 'word') letters += tokens[k]!.forms[0];
      out.push({ kind: 'word', start: first.start, end: last.end, raw: text.slice(first.start - base, last.end - base), forms: wordForms(letters) });
      i = run;
    } else {
      out.push(tokens[i]!);
      i++;
    }
  }
  return out;
}

/** Index after a spaced-out word starting at token `i`, or 0 when there is none. */
function collectSpacedRun(text: string, base: number, tokens: Token[], i: number): number {
  const isLetter = (t: Token | undefined) => t !== undefined && t.kind === 'word' && t.raw.length === 1 && /\p{L}/u.test(t.raw);
  if (!isLetter(tokens[i])) return 0;
  let k = i;
  let count = 1;
  let real = SINGLE_LETTER_WORDS.has(tokens[i]!.raw.toLowerCase()) ? 1 : 0;
  let joiner = '';
  while (k + 1 < tokens.length) {
    const cur = tokens[k]!;
    let next = tokens[k + 1]!;
    let gap = text.slice(cur.end - base, next.start - base);
    let step = 1;
    if (gap === '' && next.kind === 'punct' && next.raw.length === 1 && '.-*_'.includes(next.raw)) {
      gap = next.raw;
      const after = tokens[k + 2];
      if (!after || after.start !== next.end) break;
      next = after;
      step = 2;
    }
    if (gap.length !== 1 || !(gap === ' ' || '.-*_'.includes(gap))) break;
    if (joiner && gap !== joiner) break;
    if (!isLetter(next)) break;
    joiner = gap;
    k += step;
    count++;
    if (SINGLE_LETTER_WORDS.has(next.raw.toLowerCase())) real++;
  }
  const minimum = joiner === ' ' ? 4 : 3;
  if (count < minimum || real === count) return 0;
  // A trailing dot ("i.d.i.o.t.") belongs to the sentence.
  return k + 1;
}
