// Analysis of a text (the draft or its parent) as the practices see it: tokens, sentences, lexicon hits,
// the profile's terms and a few counts. The costly part, tokenizing and phrase matching, is done per
// sentence and cached by the engine, so re-checking a long draft after a small edit only redoes the
// sentence that changed.
import type { Lang, Profile } from './types';
import { tokenize, type Token } from './text/tokenize';
import { defineLexicon, PhraseMatcher, type Hit, type Lexicon } from './text/phrases';
import { decideLanguage, languageEvidence, type LanguageEvidence } from './text/language';
import { findPeople, nlpLoaded, type NameSpan } from './nlp';

/** One sentence (or line) of text, analysed on its own with offsets relative to its start. */
export interface ChunkAnalysis {
  text: string;
  tokens: Token[];
  hits: Hit[];
  evidence: LanguageEvidence;
  /** Profile-term hits, per profile key. */
  profileHits: Map<string, Hit[]>;
  /** Named people, found on demand; `nlp` tells whether compromise confirmed them. */
  people?: { nlp: boolean; spans: NameSpan[] };
}

export interface Sentence {
  start: number;
  end: number;
  /** Token indexes, first and one past the last. */
  from: number;
  to: number;
  lang: Lang;
}

export type ProfileTermKind = 'brand' | 'competitors' | 'codenames' | 'restrictedTopics' | 'topics' | 'bannedTerms';

/** Sentence boundaries: after . ! ? … (and runs of them) followed by a space, and at every line break. */
export function splitChunks(text: string): Array<{ start: number; end: number }> {
  const chunks: Array<{ start: number; end: number }> = [];
  let start = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text[i]!;
    let cut = -1;
    if (c === '\n') cut = i + 1;
    else if ((c === '.' || c === '!' || c === '?' || c === '…') && (i + 1 >= n || text[i + 1] === ' ' || text[i + 1] === '\n')) {
      let j = i + 1;
      while (j < n && (text[j] === ' ' || text[j] === '\n')) j++;
      cut = j;
      i = j - 1;
    } else if (i - start >= 1000 && c === ' ') {
      cut = i + 1; // a very long run-on sentence is cut at a space so one edit never redoes much
    }
    if (cut > start) {
      chunks.push({ start, end: cut });
      start = cut;
    }
  }
  if (start < n) chunks.push({ start, end: n });
  return chunks;
}

export function analyseChunk(text: string, matcher: PhraseMatcher): ChunkAnalysis {
  const tokens = tokenize(text);
  return { text, tokens, hits: matcher.match(tokens), evidence: languageEvidence(tokens), profileHits: new Map() };
}

/** The profile's terms as lexicons: exact for names, by word family for topics, prefix for banned terms ("cheap" → "cheapest"). */
export function profileLexicons(profile: Profile): Lexicon[] {
  const variants = (term: string, match: 'exact' | 'family' | 'prefix'): string[] => {
    const clean = term.replace(/[()|*]/g, ' ').trim();
    if (!clean) return [];
    const words = clean.split(/\s+/);
    const head = words.slice(0, -1);
    const last = words[words.length - 1]!;
    const out = [clean];
    if (match === 'prefix' && last.length >= 4) out.push([...head, `${last}*`].join(' '));
    else if (match === 'family' && stem(last)) out.push([...head, `${stem(last)}*`].join(' '));
    else if (last.length >= 4 && /[a-zà-ÿ]$/.test(last)) {
      if (/[sx]$/.test(last)) out.push([...head, last.slice(0, -1)].join(' '));
      else out.push([...head, `${last}s`].join(' '));
    }
    return out;
  };
  const lex = (kind: ProfileTermKind, terms: string[], match: 'exact' | 'family' | 'prefix' = 'exact') =>
    defineLexicon(`profile.${kind}`, { any: terms.flatMap((t) => variants(t, match)) });
  return [
    lex('brand', [profile.brand, ...profile.aliases]),
    lex('competitors', profile.competitors),
    lex('codenames', profile.codenames),
    lex('restrictedTopics', profile.restrictedTopics, 'family'),
    lex('topics', profile.topics, 'family'),
    lex('bannedTerms', profile.bannedTerms, 'prefix'),
  ];
}

const SUFFIXES = ['isations', 'isation', 'ations', 'ation', 'ements', 'ement', 'ings', 'ing', 'ers', 'er', 'ed', 'es', 'e', 's'];

/**
 * A light stem for topic words, so "sauvegarde" also finds « sauvegarder », "layoffs" finds "layoff":
 * one common ending removed, for words of 7 letters or more, keeping at least 5. Short words stay exact
 * (« procès » must not find « processus »).
 */
export function stem(word: string): string | null {
  if (word.length < 7 || !/^[\p{Ll}\p{Lu}]+$/u.test(word)) return null;
  const lower = word.toLowerCase();
  for (const suffix of SUFFIXES) {
    if (lower.endsWith(suffix) && lower.length - suffix.length >= 5) return lower.slice(0, -suffix.length);
  }
  return lower;
}

/** Names written with a capital in the profile must be capitalised in the draft ("Heron" the codename, not a heron). */
function properNameKinds(profile: Profile): Map<string, boolean> {
  const cap = (t: string) => /^\p{Lu}/u.test(t);
  return new Map<string, boolean>([
    ['brand', [profile.brand, ...profile.aliases].every(cap)],
    ['competitors', profile.competitors.every(cap)],
    ['codenames', profile.codenames.every(cap)],
  ]);
}

export class TextView {
  private readonly chunks: Array<{ start: number; analysis: ChunkAnalysis }>;
  readonly sentences: Sentence[] = [];
  readonly tokens: Token[] = [];
  readonly lang: Lang;
  private readonly hitsByLexicon = new Map<string, Hit[]>();
  private readonly profileHitsByKind = new Map<string, Hit[]>();
  private statsCache: TextStats | null = null;
  private peopleCache: NameSpan[] | null = null;

  constructor(
    readonly text: string,
    chunks: Array<{ start: number; analysis: ChunkAnalysis }>,
    profile: { key: string; profile: Profile; matcher: PhraseMatcher } | null,
    fallbackLang: Lang,
  ) {
    this.chunks = chunks;
    const total: LanguageEvidence = { en: 0, fr: 0 };
    for (const { analysis } of chunks) {
      total.en += analysis.evidence.en;
      total.fr += analysis.evidence.fr;
    }
    this.lang = decideLanguage(total, fallbackLang);
    const languageKnown = total.en !== total.fr;
    const proper = profile ? properNameKinds(profile.profile) : null;
    for (const { start, analysis } of chunks) {
      const offset = this.tokens.length;
      const strong = Math.abs(analysis.evidence.en - analysis.evidence.fr) >= 2;
      const lang = strong ? decideLanguage(analysis.evidence, this.lang) : this.lang;
      for (const t of analysis.tokens) this.tokens.push({ ...t, start: t.start + start, end: t.end + start });
      this.sentences.push({ start, end: start + analysis.text.length, from: offset, to: this.tokens.length, lang });
      for (const h of analysis.hits) {
        // A one-word hit from the other language's lexicon is a false friend ("con", "pub"): skip it, unless
        // nothing in the text tells its language ("Nuvola = arnaque" has no function word to go by).
        if (h.lang !== 'any' && h.lang !== lang && h.to - h.from === 1 && languageKnown) continue;
        push(this.hitsByLexicon, h.lexicon, shift(h, start, offset));
      }
      if (profile) {
        let hits = analysis.profileHits.get(profile.key);
        if (!hits) {
          hits = profile.matcher.match(analysis.tokens);
          analysis.profileHits.set(profile.key, hits);
        }
        for (const h of hits) {
          const kind = h.lexicon.slice('profile.'.length);
          const first = analysis.tokens[h.from]!;
          if (proper?.get(kind) && first.kind === 'word' && !/^\p{Lu}/u.test(first.raw)) continue;
          push(this.profileHitsByKind, kind, shift(h, start, offset));
        }
      }
    }
  }

  /** People named in the text ("Martin Keller", "Kevin"), confirmed by compromise once it is loaded (see nlp.ts). */
  people(): NameSpan[] {
    if (this.peopleCache) return this.peopleCache;
    const loaded = nlpLoaded();
    const out: NameSpan[] = [];
    this.chunks.forEach(({ start, analysis }, index) => {
      if (!analysis.people || analysis.people.nlp !== loaded) {
        analysis.people = { nlp: loaded, spans: findPeople(analysis.text, analysis.tokens, this.sentences[index]!.lang) };
      }
      for (const p of analysis.people.spans) out.push({ start: p.start + start, end: p.end + start });
    });
    return (this.peopleCache = out);
  }

  /** Hits of a lexicon, in text order. */
  find(lexicon: Lexicon): Hit[] {
    return this.hitsByLexicon.get(lexicon.id) ?? [];
  }

  has(lexicon: Lexicon): boolean {
    return this.hitsByLexicon.has(lexicon.id);
  }

  /** Hits of one of the profile's term lists. */
  profileTerms(kind: ProfileTermKind): Hit[] {
    return this.profileHitsByKind.get(kind) ?? [];
  }

  /** The index of the sentence holding offset `at` (the last sentence for an offset past the end). */
  sentenceIndexAt(at: number): number {
    let lo = 0;
    let hi = this.sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = this.sentences[mid]!;
      if (at < s.start) hi = mid - 1;
      else if (at >= s.end) lo = mid + 1;
      else return mid;
    }
    return Math.max(0, this.sentences.length - 1);
  }

  /** The sentence holding offset `at`. */
  sentenceAt(at: number): Sentence | undefined {
    return this.sentences[this.sentenceIndexAt(at)];
  }

  /** Words between two token indexes. */
  slice(from: number, to: number): string {
    const a = this.tokens[from];
    const b = this.tokens[Math.min(to, this.tokens.length) - 1];
    return a && b ? this.text.slice(a.start, b.end) : '';
  }

  get stats(): TextStats {
    return (this.statsCache ??= computeStats(this.text, this.tokens));
  }
}

export interface TextStats {
  words: number;
  letters: number;
  upperLetters: number;
  /** Words of two letters or more written in capitals (not acronyms of up to 4 letters). */
  shoutedWords: number;
  emoji: number;
  exclamations: number;
  questions: number;
  hashtags: number;
  mentions: number;
  urls: number;
}

function computeStats(text: string, tokens: readonly Token[]): TextStats {
  const s: TextStats = { words: 0, letters: 0, upperLetters: 0, shoutedWords: 0, emoji: 0, exclamations: 0, questions: 0, hashtags: 0, mentions: 0, urls: 0 };
  for (const t of tokens) {
    switch (t.kind) {
      case 'word': {
        s.words++;
        let up = 0;
        let letters = 0;
        for (const ch of t.raw) {
          if (ch.toLowerCase() !== ch.toUpperCase()) {
            letters++;
            if (ch === ch.toUpperCase()) up++;
          }
        }
        s.letters += letters;
        s.upperLetters += up;
        if (letters >= 5 && up === letters) s.shoutedWords++;
        else if (letters >= 2 && up === letters && /[!?]/.test(text.slice(t.end, t.end + 1))) s.shoutedWords++;
        break;
      }
      case 'emoji':
        s.emoji++;
        break;
      case 'hashtag':
        s.hashtags++;
        break;
      case 'mention':
        s.mentions++;
        break;
      case 'url':
        s.urls++;
        break;
      case 'punct':
        if (t.raw[0] === '!') s.exclamations += t.raw.length;
        if (t.raw[0] === '?') s.questions += t.raw.length;
        break;
      default:
        break;
    }
  }
  return s;
}

function shift(h: Hit, start: number, offset: number): Hit {
  return { ...h, start: h.start + start, end: h.end + start, from: h.from + offset, to: h.to + offset };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
