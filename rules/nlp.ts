// Named people, for the practices that care who is named (20 self-censor, 22 testimonials).
// compromise and fr-compromise know first names and tell "Martin Keller" from "Cloud Expo Europe", but each
// takes about 350 ms to import: they are loaded lazily, once, by whoever can afford to wait (the CLI before
// a batch, the worker after start-up). Until then a capitalisation heuristic answers, so `check` stays
// synchronous and a cold start stays fast.
import type { Lang } from './types';
import type { Token } from './text/tokenize';

export interface NameSpan {
  start: number;
  end: number;
}

type PeopleFinder = (text: string, lang: Lang) => NameSpan[];

let finder: PeopleFinder | null = null;
let loading: Promise<void> | null = null;

/** Loads compromise and fr-compromise (once). Later checks use them to confirm names. */
export function loadNlp(): Promise<void> {
  loading ??= (async () => {
    const [{ default: en }, { default: fr }] = await Promise.all([import('compromise'), import('fr-compromise')]);
    finder = (text, lang) => {
      const view = lang === 'fr' ? fr(text).match('#Person+') : en(text).people();
      const matches = view.json({ offset: true }) as Array<{ offset: { start: number; length: number } }>;
      return matches.map(({ offset }) => {
        let end = offset.start + offset.length;
        while (end > offset.start && /[\s.,;:!?»"')]/.test(text[end - 1]!)) end--;
        return { start: offset.start, end };
      });
    };
  })();
  return loading;
}

export function nlpLoaded(): boolean {
  return finder !== null;
}

const NOT_NAMES = new Set(
  `i monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december lundi mardi mercredi jeudi vendredi samedi dimanche janvier fevrier mars avril
  mai juin juillet aout septembre octobre novembre decembre god dieu ok pro plus premium black friday noel christmas
  europe france paris london lyon linkedin facebook twitter x instagram tiktok youtube google apple android ios
  windows mac iphone chromebook gdpr rgpd ceo cto dsi rh hr api`.split(/\s+/),
);

const isCapitalised = (t: Token) => t.kind === 'word' && t.raw.length >= 2 && /^\p{Lu}\p{Ll}/u.test(t.raw);

/**
 * Name candidates: capitalised words that do not start a sentence and are not known common capitalised
 * words ("Monday", "Paris"). With compromise loaded, only those it confirms as people are kept.
 */
export function findPeople(text: string, tokens: readonly Token[], lang: Lang): NameSpan[] {
  const candidates: NameSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!isCapitalised(t) || NOT_NAMES.has(t.forms[0]!)) continue;
    const prev = tokens[i - 1];
    const startsSentence = !prev || (prev.kind === 'punct' && /[.!?:«"“]/.test(prev.raw)) || prev.kind === 'emoji' || text.slice(prev.end, t.start).includes('\n');
    let end = i + 1;
    while (end < tokens.length && isCapitalised(tokens[end]!) && tokens[end]!.start - tokens[end - 1]!.end === 1) end++;
    // A sentence-initial word counts only as the first of a full name ("Martin Keller emailed us").
    if (startsSentence && end - i < 2) continue;
    candidates.push({ start: t.start, end: tokens[end - 1]!.end });
    i = end - 1;
  }
  if (!finder || candidates.length === 0) return candidates;
  const confirmed = finder(text, lang);
  return candidates.filter((c) => confirmed.some((p) => p.start < c.end && c.start < p.end));
}
