// Small helpers the practices share: proximity of hits, negation, reporting a hit.
import type { Hit } from './text/phrases';
import type { TextView } from './analysis';
import type { ReportDescriptor, RuleContext } from './practice';
import type { Severity } from './types';

export type Span = Pick<Hit, 'start' | 'end' | 'from' | 'to'>;

/** Whether two hits are in the same sentence and at most `window` words apart. */
export function near(view: TextView, a: Span, b: Span, window = 8): boolean {
  if (view.sentenceAt(a.start) !== view.sentenceAt(b.start)) return false;
  const gap = a.from < b.from ? b.from - a.to : a.from - b.to;
  return gap <= window;
}

/** Whether two hits are in the same sentence. */
export function sameSentence(view: TextView, a: Span, b: Span): boolean {
  return view.sentenceAt(a.start) === view.sentenceAt(b.start);
}

const NEGATIONS = new Set(['not', "don't", "doesn't", "didn't", 'never', 'no', "isn't", "aren't", "wasn't", "won't", "can't", 'without', 'pas', 'jamais', 'sans', 'ni', 'aucun', 'aucune', "n'", 'ne', 'nothing', 'rien']);

/** Whether one of the `window` words before the hit negates it ("not cheap", « pas nul »). */
export function negated(view: TextView, hit: Span, window = 3): boolean {
  for (let k = hit.from - 1; k >= 0 && k >= hit.from - window; k--) {
    const t = view.tokens[k]!;
    if (t.kind === 'punct' && /[.!?;]/.test(t.raw)) return false;
    if (t.kind === 'word' && NEGATIONS.has(t.forms[0]!)) return true;
  }
  return false;
}

/** Reports a finding pointing at a hit's words, with the words as `{term}`. */
export function reportAt(ctx: RuleContext, hit: Span, messageId: string, severity: Severity, data: ReportDescriptor['data'] = {}): void {
  ctx.report({ messageId, severity, start: hit.start, end: hit.end, data: { term: ctx.draft.text.slice(hit.start, hit.end), ...data } });
}

/** A mark per token covered by some hit: lets a practice ask "is any of these near that?" in linear time. */
export function markTokens(view: TextView, hits: readonly Span[]): Uint8Array {
  const marks = new Uint8Array(view.tokens.length);
  for (const h of hits) marks.fill(1, h.from, h.to);
  return marks;
}

/** Whether any token of the span is marked. */
export function marked(marks: Uint8Array, span: Span): boolean {
  for (let i = span.from; i < span.to; i++) if (marks[i]) return true;
  return false;
}

/** Whether a marked token lies within `window` words of the span, in its sentence (the span's own tokens excluded). */
export function markedNear(view: TextView, marks: Uint8Array, span: Span, window: number): boolean {
  const sentence = view.sentenceAt(span.start);
  const lo = Math.max(sentence?.from ?? 0, span.from - window - 1);
  const hi = Math.min(sentence?.to ?? view.tokens.length, span.to + window + 1);
  for (let i = lo; i < hi; i++) if ((i < span.from || i >= span.to) && marks[i]) return true;
  return false;
}
