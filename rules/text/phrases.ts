// Phrase lexicons and their matcher. A lexicon is a list of phrases per language, written as people type
// them; they are tokenized by the same tokenizer as the draft and compiled into one trie, so a draft is
// matched against every lexicon in a single left-to-right pass (no regular expressions, no backtracking).
//
// Phrase syntax:
//   word word        consecutive words (case, accents, leetspeak, stretched letters ignored)
//   idiot*           any word starting with "idiot" (prefix of at least 3 letters)
//   *                any one word
//   (a|b c|)         alternatives, expanded at compile time; an empty branch makes the group optional
//   #ad  @brand      a hashtag / a mention only (a plain word also matches hashtags and mentions)
import type { Lang } from '../types';
import { fold } from './fold';
import { tokenize, type Token } from './tokenize';

export type LexiconLang = Lang | 'any';

export interface Lexicon {
  readonly id: string;
  readonly phrases: Partial<Record<LexiconLang, readonly string[]>>;
  /** Also match masked spellings ("f*ck", "c*nnard") of its one-word phrases: for swear words and insults. */
  readonly maskable?: boolean;
}

export function defineLexicon(id: string, phrases: Lexicon['phrases'], options: { maskable?: boolean } = {}): Lexicon {
  return { id, phrases, ...(options.maskable ? { maskable: true } : {}) };
}

export interface Hit {
  lexicon: string;
  lang: LexiconLang;
  /** Offsets into the text that was matched. */
  start: number;
  end: number;
  /** Token indexes, first and one past the last. */
  from: number;
  to: number;
}

interface Terminal {
  lexicon: string;
  lang: LexiconLang;
}

/** A trie node. Its maps and lists are created on first use: most nodes are leaves, and a lexicon set
 * compiles into a hundred thousand of them, so empty containers would cost start-up time in allocation. */
class TrieNode {
  next: Map<string, TrieNode> | null = null;
  /** Prefix edges, bucketed by their first two letters (see bucketKey). */
  prefixes: Map<number, Array<[string, TrieNode]>> | null = null;
  any: TrieNode | null = null;
  ends: Terminal[] | null = null;
}

/** Expands "(a|b|)" groups into every combination. Groups do not nest. */
export function expandAlternatives(phrase: string): string[] {
  return expandRaw(phrase)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 0);
}

function expandRaw(phrase: string): string[] {
  const open = phrase.indexOf('(');
  if (open < 0) return [phrase];
  const close = phrase.indexOf(')', open);
  if (close < 0) throw new Error(`Unbalanced "(" in lexicon phrase: ${phrase}`);
  const head = phrase.slice(0, open);
  const tail = expandRaw(phrase.slice(close + 1));
  const out: string[] = [];
  for (const alt of phrase.slice(open + 1, close).split('|')) for (const rest of tail) out.push(head + alt + rest);
  return out;
}

/** The first two UTF-16 units of a word as one number: a Map key that costs no string allocation. */
function bucketKey(word: string): number {
  return word.charCodeAt(0) * 65536 + word.charCodeAt(1);
}

const SKIPPABLE_PUNCT = new Set([',', '"', '«', '»', '“', '”', "'", '(', ')', '-', '–', '—', '…', ':', '*']);

function skippable(t: Token): boolean {
  return t.kind === 'emoji' || (t.kind === 'punct' && SKIPPABLE_PUNCT.has(t.raw[0]!));
}

/** Lower-case words of letters only, accents included: the tokenizer would return them folded, as one word. */
const PLAIN_WORD = /^[a-zàâäçéèêëîïôöùûüÿœæ]{1,30}$/;

function addTerminal(node: TrieNode, terminal: Terminal): void {
  const ends = (node.ends ??= []);
  if (!ends.some((e) => e.lexicon === terminal.lexicon && e.lang === terminal.lang)) ends.push(terminal);
}

/**
 * "sorry (if|that) you" → [[["sorry"]], [["if"], ["that"]], [["you"]]]: segments of alternatives of words.
 * Null when a group is glued to a word ("apolog(y|ies)"), which only string expansion handles.
 */
export function parseSegments(phrase: string): string[][][] | null {
  const segments: string[][][] = [];
  let i = 0;
  const n = phrase.length;
  while (i < n) {
    if (phrase[i] === ' ') {
      i++;
      continue;
    }
    if (phrase[i] === '(') {
      const close = phrase.indexOf(')', i);
      if (close < 0) throw new Error(`Unbalanced "(" in lexicon phrase: ${phrase}`);
      if ((i > 0 && phrase[i - 1] !== ' ') || (close + 1 < n && phrase[close + 1] !== ' ')) return null;
      segments.push(phrase.slice(i + 1, close).split('|').map((alt) => alt.split(' ').filter(Boolean)));
      i = close + 1;
      continue;
    }
    let end = i;
    while (end < n && phrase[end] !== ' ') end++;
    const word = phrase.slice(i, end);
    if (word.includes('(') || word.includes(')')) return null;
    segments.push([[word]]);
    i = end;
  }
  return segments;
}

/** "f*ck" against "fuck": `*` runs stand for one or more letters. Linear two-pointer comparison. */
export function maskedEquals(masked: string, word: string): boolean {
  // Split at star runs; each literal piece must appear in order, anchored at both ends.
  const pieces = masked.split(/\*+/);
  if (pieces.length < 2) return masked === word;
  const first = pieces[0]!;
  const last = pieces[pieces.length - 1]!;
  if (!word.startsWith(first) || !word.endsWith(last) || word.length <= first.length + last.length) return false;
  let pos = first.length;
  for (let k = 1; k < pieces.length - 1; k++) {
    const at = word.indexOf(pieces[k]!, pos + 1);
    if (at < 0) return false;
    pos = at + pieces[k]!.length;
  }
  return pos < word.length - last.length;
}

export class PhraseMatcher {
  private readonly root = new TrieNode();
  private readonly maskableWords: Array<[string, TrieNode]> = [];

  /**
   * Phrases not compiled yet, by the comparison form of their first word. The trie under a first word is
   * built the first time a draft contains that word: a fresh engine answers its first draft without
   * compiling tens of thousands of phrases it will never need.
   */
  private readonly pending = new Map<string, Array<{ phrase: string; terminal: Terminal }>>();

  constructor(lexicons: readonly Lexicon[]) {
    for (const lexicon of lexicons) {
      const maskable = lexicon.maskable === true;
      for (const [lang, phrases] of Object.entries(lexicon.phrases) as Array<[LexiconLang, readonly string[]]>) {
        const terminal: Terminal = { lexicon: lexicon.id, lang };
        for (const phrase of phrases) {
          if (maskable) {
            for (const variant of expandAlternatives(phrase)) this.add(variant, terminal, true);
            continue;
          }
          // Most phrases start with a plain word: file them under it without parsing the rest yet.
          const space = phrase.indexOf(' ');
          const head = space < 0 ? phrase : phrase.slice(0, space);
          const firsts = /[()*]/.test(head) ? this.firstFormsOf(phrase) : this.tokenizeWord(head).slice(0, 1).map((t) => t.forms[0]!);
          if (!firsts) {
            this.compile(phrase, terminal); // starts with a prefix or a wildcard: compile now
            continue;
          }
          for (const form of firsts) {
            const list = this.pending.get(form);
            if (list) list.push({ phrase, terminal });
            else this.pending.set(form, [{ phrase, terminal }]);
          }
        }
      }
    }
  }

  private compile(phrase: string, terminal: Terminal): void {
    // Alternatives are woven straight into the trie; a group glued to a word ("apolog(y|ies)") is expanded as text.
    const segments = parseSegments(phrase);
    if (segments) this.insert(this.root, segments, 0, terminal, false);
    else for (const variant of expandAlternatives(phrase)) this.add(variant, terminal, false);
  }

  private firstFormsOf(phrase: string): string[] | null {
    const segments = parseSegments(phrase);
    return segments ? this.firstForms(segments, 0) : null;
  }

  /** Comparison forms a phrase can start with, or null when one is a prefix, a wildcard or masked. */
  private firstForms(segments: string[][][], index: number, out: string[] = []): string[] | null {
    if (index === segments.length) return out;
    for (const alternative of segments[index]!) {
      let token: Token | undefined;
      for (let w = 0; w < alternative.length && !token; w++) token = this.tokenizeWord(alternative[w]!)[0];
      if (!token) {
        if (!this.firstForms(segments, index + 1, out)) return null;
        continue;
      }
      if (token.masked || token.raw === '*') return null;
      if (!out.includes(token.forms[0]!)) out.push(token.forms[0]!);
    }
    return out;
  }

  /** Builds the trie for phrases starting with `form`, if any are waiting. */
  private compilePending(form: string): void {
    const list = this.pending.get(form);
    if (!list) return;
    this.pending.delete(form);
    for (const { phrase, terminal } of list) this.compile(phrase, terminal);
  }

  private insert(node: TrieNode, segments: string[][][], index: number, terminal: Terminal, consumed: boolean): void {
    if (index === segments.length) {
      if (consumed) addTerminal(node, terminal);
      return;
    }
    for (const alternative of segments[index]!) {
      let next = node;
      for (const word of alternative) for (const token of this.tokenizeWord(word)) next = this.edge(next, token);
      this.insert(next, segments, index + 1, terminal, consumed || next !== node);
    }
  }

  /** Phrases share most of their words: tokenize each word once. */
  private readonly wordTokens = new Map<string, Token[]>();

  private tokenizeWord(word: string): Token[] {
    let tokens = this.wordTokens.get(word);
    if (!tokens) {
      // Most lexicon words are plain lower-case ASCII, which the tokenizer would return as they are.
      tokens = PLAIN_WORD.test(word) ? [{ kind: 'word', start: 0, end: word.length, raw: word, forms: [fold(word)] }] : tokenize(word);
      this.wordTokens.set(word, tokens);
    }
    return tokens;
  }

  private add(phrase: string, terminal: Terminal, maskable: boolean): void {
    const tokens = phrase.split(' ').flatMap((word) => (word ? this.tokenizeWord(word) : []));
    if (tokens.length === 0) return;
    let node = this.root;
    tokens.forEach((token, index) => {
      node = this.edge(node, token);
      if (maskable && index === 0 && tokens.length === 1 && token.kind === 'word' && !token.masked) {
        this.maskableWords.push([token.forms[0]!, node]);
      }
    });
    addTerminal(node, terminal);
  }

  private edge(node: TrieNode, token: Token): TrieNode {
    const form = token.forms[0]!;
    if (token.raw === '*') return (node.any ??= new TrieNode());
    if (token.masked && form.endsWith('*') && form.indexOf('*') === form.length - 1) {
      const prefix = form.slice(0, -1);
      if (prefix.length < 3) throw new Error(`Lexicon prefix too short (3 letters at least): ${token.raw}`);
      const bucket = this.prefixes(node, bucketKey(prefix));
      let found = bucket.find(([p]) => p === prefix);
      if (!found) {
        found = [prefix, new TrieNode()];
        bucket.push(found);
      }
      return found[1];
    }
    const next = (node.next ??= new Map());
    let child = next.get(form);
    if (!child) {
      child = new TrieNode();
      next.set(form, child);
    }
    return child;
  }

  private prefixes(node: TrieNode, key: number): Array<[string, TrieNode]> {
    const prefixes = (node.prefixes ??= new Map());
    let bucket = prefixes.get(key);
    if (!bucket) {
      bucket = [];
      prefixes.set(key, bucket);
    }
    return bucket;
  }

  /** Every phrase occurrence in `tokens` (overlaps included). `text` offsets are the tokens' own. */
  match(tokens: readonly Token[]): Hit[] {
    const hits: Hit[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      // Phrases rarely start with punctuation or an emoji ("/month", "+1"); look those up only when one does.
      if ((t.kind === 'punct' || t.kind === 'emoji') && !this.root.next?.has(t.forms[0]!) && !this.pending.has(t.forms[0]!)) continue;
      this.walk(tokens, i, i, this.root, hits, 0);
    }
    return hits;
  }

  private walk(tokens: readonly Token[], from: number, k: number, node: TrieNode, hits: Hit[], depth: number): void {
    const token = tokens[k];
    if (!token || depth > 12) return;
    // Children already followed for this token (a token's forms may lead to the same child). Allocated
    // only when a second child shows up: this runs for every token of every draft.
    let first: TrieNode | null = null;
    let more: TrieNode[] | null = null;
    const fresh = (child: TrieNode): boolean => {
      if (first === null) {
        first = child;
        return true;
      }
      if (first === child || more?.includes(child)) return false;
      (more ??= []).push(child);
      return true;
    };
    const forms = token.forms;
    for (let f = 0; f < forms.length; f++) {
      const form = forms[f]!;
      if (node === this.root && this.pending.size) this.compilePending(form);
      const child = node.next?.get(form);
      if (child && fresh(child)) this.visit(tokens, from, k, child, hits, depth);
      if (form.length >= 3 && node.prefixes) {
        const bucket = node.prefixes.get(bucketKey(form));
        if (bucket) {
          for (const [prefix, prefixChild] of bucket) {
            if (form.startsWith(prefix) && fresh(prefixChild)) this.visit(tokens, from, k, prefixChild, hits, depth);
          }
        }
      }
    }
    if (token.masked && node === this.root) {
      const masked = forms[0]!;
      for (const [word, child] of this.maskableWords) {
        if (maskedEquals(masked, word) && fresh(child)) this.visit(tokens, from, k, child, hits, depth);
      }
    }
    if (node.any && token.kind === 'word') this.visit(tokens, from, k, node.any, hits, depth);
    // Commas, quotes and emoji inside a phrase ("sorry, if you feel…") do not break it.
    if (node !== this.root && skippable(token)) this.walk(tokens, from, k + 1, node, hits, depth + 1);
  }

  private visit(tokens: readonly Token[], from: number, k: number, child: TrieNode, hits: Hit[], depth: number): void {
    if (child.ends) for (const end of child.ends) {
      hits.push({ lexicon: end.lexicon, lang: end.lang, start: tokens[from]!.start, end: tokens[k]!.end, from, to: k + 1 });
    }
    if (child.next || child.prefixes || child.any) this.walk(tokens, from, k + 1, child, hits, depth + 1);
  }
}
